import { savedViewInputSchema } from '../../shared/saved-view.ts';
import { createSavedView, deleteSavedView, listSavedViews } from '../services/saved-view.ts';
import { idInput, router, viewerProcedure } from '../trpc.ts';

export const savedViewRouter = router({
  /** Signed-in users: own views and shared ones. */
  list: viewerProcedure.query(({ ctx }) => listSavedViews(ctx.database.db, ctx.user)),
  /** Signed-in users save private views; coordinators may share. */
  create: viewerProcedure
    .input(savedViewInputSchema)
    .mutation(({ ctx, input }) => createSavedView(ctx.database.db, ctx.user, input)),
  /** The owner, or a coordinator for shared views. */
  remove: viewerProcedure.input(idInput).mutation(async ({ ctx, input }) => {
    await deleteSavedView(ctx.database.db, ctx.user, input.id);
    return { ok: true };
  }),
});
