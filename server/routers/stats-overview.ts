import { overviewInputSchema } from '../../shared/overview.ts';
import { overview } from '../services/overview.ts';
import { atSnapshot } from '../services/snapshot.ts';
import { viewerProcedure } from '../trpc.ts';

/** Signed-in users: every figure of the overview under the list's filter, in one round trip. */
export const overviewProcedure = viewerProcedure
  .input(overviewInputSchema)
  .query(({ ctx, input }) =>
    atSnapshot(ctx.database.db, input.snapshotId, (db) => overview(db, input.filter)),
  );
