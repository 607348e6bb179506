import { z } from 'zod';
import { idSchema } from './id.ts';
import { initiativeFilterSchema } from './initiative-filter.ts';
import { ministryCodeSchema } from './ministry.ts';
import { MAX_WEIGHT } from './scoring.ts';
import { CRITERION_KEY_PATTERN, criterionMapSchema, MAX_CRITERIA, scoresSchema } from './scoring-criteria.ts';
import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

/** The inputs of the scoring procedures (scoring.*). */

const name = (max: number) =>
  z.object({
    fi: textSchema()
      .trim()
      .min(1, { error: () => vm('finnishRequired') })
      .max(max),
    sv: textSchema().trim().max(max).nullish(),
    en: textSchema().trim().max(max).nullish(),
  });

export const criterionInputSchema = z.object({
  key: z.string().regex(CRITERION_KEY_PATTERN, { error: () => vm('criterionKey') }),
  name: name(120),
  levels: z.array(name(300)).length(5, { error: () => vm('criterionLevels') }),
  direction: z.enum(['benefit', 'cost']),
});

export const saveCriteriaInputSchema = z.object({
  criteria: z
    .array(criterionInputSchema)
    .min(1)
    .max(MAX_CRITERIA)
    .refine((list) => new Set(list.map((c) => c.key)).size === list.length, {
      error: () => vm('duplicateCriterion'),
    }),
});

const weightSchema = z
  .number()
  .int({ error: () => vm('weightRange', { max: MAX_WEIGHT }) })
  .min(0, { error: () => vm('weightRange', { max: MAX_WEIGHT }) })
  .max(MAX_WEIGHT, { error: () => vm('weightRange', { max: MAX_WEIGHT }) });

export const saveWeightingInputSchema = z.object({
  /** Left out for a new weighting. */
  id: idSchema().optional(),
  /** The version read, for an existing weighting (CONFLICT when stale). */
  version: z.number().int().min(1).optional(),
  name: name(120),
  ministry: ministryCodeSchema.nullish().transform((v) => v ?? null),
  weights: criterionMapSchema(weightSchema, 'tooManyWeights'),
  isDefault: z.boolean().optional(),
});

export const setScoresInputSchema = z.object({
  id: idSchema(),
  priorityVersion: z.number().int().min(1),
  scores: scoresSchema,
});

export const compareInputSchema = z.object({
  weightingIds: z.array(idSchema()).min(1).max(6),
  filter: initiativeFilterSchema.optional(),
  top: z.number().int().min(1).max(200).default(20),
});

/** One weighting's column of the comparison. */
export interface ComparedWeighting {
  weighting: { id: string; name: { fi: string; sv: string | null; en: string | null } };
  top: { id: string; position: number; score: number | null }[];
}

export interface Comparison {
  columns: ComparedWeighting[];
  /** Every initiative in any top list: its title and its position under each weighting (by id). */
  initiatives: {
    id: string;
    title: { fi: string; sv: string | null; en: string | null };
    positions: Record<string, number | null>;
  }[];
  /** How many initiatives were ranked (the filter's active ones). */
  ranked: number;
}
