import { z } from 'zod';
import { vm } from './validation-messages.ts';

/**
 * The scoring criteria of the prioritisation, by key. Coordinators will define their own
 * criteria (and weights); until then these are the defined ones, and everything that checks a
 * score against the criteria takes the list as an argument, so the table replaces this default.
 */
export const DEFAULT_CRITERIA = [
  'societal_impact',
  'eu_urgency',
  'cross_ministry_reach',
  'readiness',
  'cost',
] as const;

/** A criterion key: short, lower case, stable in files and URLs. */
// Never `constructor` or `prototype`: keys become object keys in every answer, and superjson
// refuses to write those (its prototype-pollution guard), so one stored score would make the
// board, the initiative and the weightings answer 500 for everyone.
export const CRITERION_KEY_PATTERN = /^(?!(?:constructor|prototype)$)[a-z][a-z0-9_]{0,39}$/;
/** The most criteria an initiative may be scored on; also caps what a file may send. */
export const MAX_CRITERIA = 30;

export const criterionKeySchema = z
  .string()
  .regex(CRITERION_KEY_PATTERN, { error: () => vm('criterionKey') });

export const scoreSchema = z
  .number()
  .int({ error: () => vm('score') })
  .min(1, { error: () => vm('score') })
  .max(5, { error: () => vm('score') });

/** Counts own keys, stopping as soon as there are too many: a 200,000-key object costs nothing. */
function hasAtMostKeys(value: object, max: number): boolean {
  let count = 0;
  for (const key in value) {
    if (Object.hasOwn(value, key) && ++count > max) return false;
  }
  return true;
}

/**
 * A value per criterion key, at most MAX_CRITERIA of them: an initiative's scores, a weighting's
 * weights. The number of keys is checked before any key is read, so a huge object is refused at
 * once with one issue.
 */
export function criterionMapSchema<V extends z.ZodType<number>>(
  value: V,
  tooMany: 'tooManyScores' | 'tooManyWeights',
) {
  return z
    .custom<Record<string, unknown>>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
      {
        error: () => vm('scores'),
      },
    )
    .refine((input) => hasAtMostKeys(input, MAX_CRITERIA), {
      error: () => vm(tooMany, { max: MAX_CRITERIA }),
      abort: true,
    })
    .pipe(
      z.record(criterionKeySchema, value, {
        error: (issue) => (issue.code === 'invalid_key' ? vm('criterionKey') : undefined),
      }),
    );
}

/** The criterion scores of an initiative (1–5 by criterion key). */
export const scoresSchema = criterionMapSchema(scoreSchema, 'tooManyScores');
export type Scores = z.output<typeof scoresSchema>;

/** The keys of `scores` that are not criteria, in the order given. */
export function unknownCriteria(
  scores: Readonly<Record<string, number>>,
  criteria: readonly string[] = DEFAULT_CRITERIA,
): string[] {
  const known = new Set(criteria);
  return Object.keys(scores).filter((key) => !known.has(key));
}

/** Why scores cannot be kept, naming the unknown criteria; null when every key is a criterion. */
export function unknownCriteriaMessage(
  scores: Readonly<Record<string, number>>,
  criteria: readonly string[] = DEFAULT_CRITERIA,
): string | null {
  const unknown = unknownCriteria(scores, criteria);
  if (unknown.length === 0) return null;
  return vm('unknownCriteria', { keys: unknown.join(', '), criteria: criteria.join(', ') });
}
