import { z } from 'zod';
import { euRelationSchema } from './codes.ts';
import { isoDateSchema } from './dates.ts';
import { idSchema } from './id.ts';
import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

export const euImpactInputSchema = z.object({
  euActId: idSchema(() => vm('chooseEuAct')),
  relation: euRelationSchema,
  deadline: isoDateSchema.nullish().transform((v) => v ?? null),
  note: textSchema()
    .trim()
    .max(1000)
    .nullish()
    .transform((v) => v || null),
});
export type EuImpactInput = z.input<typeof euImpactInputSchema>;

export interface EuImpact extends z.output<typeof euImpactInputSchema> {
  /** Short name of the act, for display without another query. */
  euActShortName: string;
}

/**
 * The nearest EU deadline that is still open (today or later). It is what boards and
 * overviews warn by; the list filter "EU deadline within N days" mirrors it in SQL.
 */
export function nearestOpenEuDeadline(
  impacts: readonly { deadline: string | null }[],
  today: string,
): string | null {
  let nearest: string | null = null;
  for (const { deadline } of impacts) {
    if (deadline !== null && deadline >= today && (nearest === null || deadline < nearest))
      nearest = deadline;
  }
  return nearest;
}
