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
export const CRITERION_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
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
 * The criterion scores of an initiative (1–5 by criterion key). The number of keys is checked
 * before any key is read, so a huge object is refused at once with one issue.
 */
export const scoresSchema = z
  .custom<Record<string, unknown>>(
    (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    {
      error: () => vm('scores'),
    },
  )
  .refine((value) => hasAtMostKeys(value, MAX_CRITERIA), {
    error: () => vm('tooManyScores', { max: MAX_CRITERIA }),
    abort: true,
  })
  .pipe(
    z.record(criterionKeySchema, scoreSchema, {
      error: (issue) => (issue.code === 'invalid_key' ? vm('criterionKey') : undefined),
    }),
  );
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
