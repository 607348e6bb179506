import { z } from 'zod';
import { isoDateSchema } from './dates.ts';
import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

export const milestoneInputSchema = z.object({
  title: textSchema()
    .trim()
    .min(1, { error: () => vm('milestoneTitle') })
    .max(300),
  dueDate: isoDateSchema,
  doneAt: isoDateSchema.nullish().transform((v) => v ?? null),
});
export type MilestoneInput = z.input<typeof milestoneInputSchema>;
export type Milestone = z.output<typeof milestoneInputSchema>;

/** Milestones in the order of a timeline. */
export function sortMilestones<T extends Milestone>(milestones: readonly T[]): T[] {
  return [...milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title));
}

export function isMilestoneLate(milestone: Milestone, today: string): boolean {
  return milestone.doneAt === null && milestone.dueDate < today;
}
