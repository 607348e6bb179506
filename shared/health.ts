import { z } from 'zod';
import { type HealthRating, healthRatingSchema } from './codes.ts';
import { isoDateSchema } from './dates.ts';
import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

/**
 * A health assessment. Every initiative has two: the lead ministry's own and Digitoimisto's.
 * The date and author are stamped by the server when the rating or reason changes, unless
 * an import brings them.
 */
export const healthAssessmentInputSchema = z
  .object({
    rating: healthRatingSchema.default('not_assessed'),
    reason: textSchema()
      .trim()
      .max(500, { error: () => vm('reasonLength') })
      .nullish()
      .transform((v) => v || null),
    assessedOn: isoDateSchema.nullish().transform((v) => v ?? null),
    assessedBy: textSchema()
      .trim()
      .max(200)
      .nullish()
      .transform((v) => v || null),
  })
  .default({ rating: 'not_assessed', reason: null, assessedOn: null, assessedBy: null });

export type HealthAssessment = z.output<typeof healthAssessmentInputSchema>;

export const HEALTH_SEVERITY: Record<HealthRating, number> = { red: 3, amber: 2, green: 1, not_assessed: 0 };

/** The two assessments disagree when both are made and differ: a signal for the coordinators. */
export function assessmentsDisagree(ministry: HealthRating, digitoimisto: HealthRating): boolean {
  return ministry !== 'not_assessed' && digitoimisto !== 'not_assessed' && ministry !== digitoimisto;
}

/** The worse of the two ratings: what a secretariat reading a list needs first. */
export function worstHealth(a: HealthRating, b: HealthRating): HealthRating {
  return HEALTH_SEVERITY[a] >= HEALTH_SEVERITY[b] ? a : b;
}
