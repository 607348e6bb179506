import { attentionInputSchema } from '../../shared/attention.ts';
import { attentionList } from '../services/attention.ts';
import { atSnapshot } from '../services/snapshot.ts';
import { viewerProcedure } from '../trpc.ts';

/**
 * Signed-in users: the needs-attention list under the list's filter, the worst first, each
 * initiative with its reasons (shared/attention.ts), and how many there are in all.
 */
export const attentionProcedure = viewerProcedure
  .input(attentionInputSchema)
  .query(({ ctx, input }) => atSnapshot(ctx.database.db, input.snapshotId, (db) => attentionList(db, input)));
