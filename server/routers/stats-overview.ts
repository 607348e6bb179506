import { overviewInputSchema } from '../../shared/overview.ts';
import { overview } from '../services/overview.ts';
import { viewerProcedure } from '../trpc.ts';

/** Signed-in users: every figure of the overview under the list's filter, in one round trip. */
export const overviewProcedure = viewerProcedure
  .input(overviewInputSchema)
  .query(({ ctx, input }) => overview(ctx.database.db, input.filter));
