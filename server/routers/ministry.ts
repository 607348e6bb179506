import { listMinistries } from '../services/ministry.ts';
import { router, viewerProcedure } from '../trpc.ts';

export const ministryRouter = router({
  /** Signed-in users: every ministry, LVM, VM and TEM first. */
  list: viewerProcedure.query(({ ctx }) => listMinistries(ctx.database.db)),
});
