import { internationalInputSchema } from '../../shared/international.ts';
import { international } from '../services/international.ts';
import { atSnapshot } from '../services/snapshot.ts';
import { viewerProcedure } from '../trpc.ts';

/**
 * Signed-in users: the overview's international panel — meetings of cooperation bodies in the
 * next 60 days and benchmark publications in the next 90, in date order (at a snapshot: as of
 * its day, none when it froze no cooperation).
 */
export const internationalProcedure = viewerProcedure
  .input(internationalInputSchema)
  .query(({ ctx, input }) => atSnapshot(ctx.database.db, input.snapshotId, (db) => international(db)));
