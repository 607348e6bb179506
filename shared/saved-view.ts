import { z } from 'zod';
import { initiativeFilterSchema, initiativeSortSchema } from './initiative-filter.ts';
import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

/** A named filter and sort. Private to its owner, or shared with everyone by a coordinator. */
export const savedViewInputSchema = z.object({
  name: textSchema()
    .trim()
    .min(1, { error: () => vm('viewName') })
    .max(100, { error: () => vm('maxLength', { max: 100 }) }),
  filter: initiativeFilterSchema,
  sort: initiativeSortSchema.nullish().transform((v) => v ?? null),
  shared: z.boolean().default(false),
});
export type SavedViewInput = z.input<typeof savedViewInputSchema>;

export interface SavedView extends z.output<typeof savedViewInputSchema> {
  id: string;
  ownerId: string;
  ownerName: string;
  createdAt: Date;
}
