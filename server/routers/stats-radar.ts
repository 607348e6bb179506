import { radarInputSchema } from '../../shared/radar.ts';
import { getRadar } from '../services/radar.ts';
import { atSnapshot } from '../services/snapshot.ts';
import { viewerProcedure } from '../trpc.ts';

/**
 * Signed-in users: the EU deadline radar — the catalogue's key dates from six months back to 24
 * ahead, each with the initiatives that answer it (narrowed by the list's filter) and a gap
 * where no active initiative does (never caused by the filter).
 */
export const radarProcedure = viewerProcedure
  .input(radarInputSchema)
  .query(({ ctx, input }) => atSnapshot(ctx.database.db, input.snapshotId, (db) => getRadar(db, input)));
