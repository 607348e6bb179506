import { snapshotCreateInputSchema, snapshotDiffInputSchema } from '../../shared/snapshot.ts';
import { portfolioChanges } from '../services/meeting-pack.ts';
import { createSnapshot, getSnapshot, listSnapshots } from '../services/snapshot.ts';
import { coordinatorProcedure, idInput, router, viewerProcedure } from '../trpc.ts';

export const snapshotRouter = router({
  /** Coordinators and admins: freezes the whole portfolio under a label, in one transaction. */
  create: coordinatorProcedure
    .input(snapshotCreateInputSchema)
    .mutation(({ ctx, input }) => createSnapshot(ctx.database.db, ctx.user, input)),
  /** Signed-in users: every snapshot, the newest first. */
  list: viewerProcedure.query(({ ctx }) => listSnapshots(ctx.database.db)),
  /** Signed-in users: one snapshot with its checksum checked (`valid`). */
  get: viewerProcedure.input(idInput).query(({ ctx, input }) => getSnapshot(ctx.database.db, input.id)),
  /**
   * Signed-in users: what changed from one picture to another (a snapshot's id or `now`): the
   * diff, its summary and one sentence per change in the language.
   */
  diff: viewerProcedure
    .input(snapshotDiffInputSchema)
    .query(({ ctx, input }) =>
      portfolioChanges(ctx.database.db, input.from, input.to, input.language ?? 'fi'),
    ),
});
