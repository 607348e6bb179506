import { z } from 'zod';
import { idSchema } from './id.ts';
import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

/** A frozen picture of the portfolio, as listed (server/services/snapshot.ts keeps its rows). */
export interface Snapshot {
  id: string;
  label: string;
  note: string | null;
  takenAt: Date;
  /** Helsinki's day it was taken: "today" of every read of it. */
  day: string;
  takenByName: string;
  /** SHA-256 of its content and metadata, checked before it is shown. */
  checksum: string;
  initiativeCount: number;
  /** Whether the checksum matched when read; null in lists (not checked there). */
  valid: boolean | null;
}

export const snapshotCreateInputSchema = z.object({
  label: textSchema()
    .trim()
    .min(1, { error: () => vm('snapshotLabel') })
    .max(120, { error: () => vm('snapshotLabel') }),
  note: textSchema()
    .trim()
    .max(1000)
    .nullish()
    .transform((v) => v || null),
});
export type SnapshotCreateInput = z.input<typeof snapshotCreateInputSchema>;

/** A snapshot's id, or `now` for the live portfolio. */
export const snapshotRefSchema = z.union([z.literal('now'), idSchema()]);
export type SnapshotRef = z.infer<typeof snapshotRefSchema>;

export const snapshotDiffInputSchema = z.object({
  from: snapshotRefSchema,
  to: snapshotRefSchema.default('now'),
  language: z.enum(['fi', 'sv', 'en']).optional(),
});

/** What the reads that can show a snapshot add to their input. */
export const snapshotIdField = { snapshotId: idSchema().optional() };
