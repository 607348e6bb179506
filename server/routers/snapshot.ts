import { snapshotCreateInputSchema } from '../../shared/snapshot.ts';
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
});
