import { boardDecisionsInputSchema, boardGetInputSchema, boardMoveInputSchema } from '../../shared/board.ts';
import { boardDecisions, getBoard, moveCard } from '../services/board.ts';
import { atSnapshot } from '../services/snapshot.ts';
import { coordinatorProcedure, router, viewerProcedure } from '../trpc.ts';

export const boardRouter = router({
  /** Signed-in users: the tiers with their cards in rank order, under the list's filter. */
  get: viewerProcedure
    .input(boardGetInputSchema)
    .query(({ ctx, input }) => atSnapshot(ctx.database.db, input.snapshotId, (db) => getBoard(db, input))),
  /** Coordinators and admins: a card to a place in a tier; CONFLICT when `priorityVersion` is stale. */
  move: coordinatorProcedure
    .input(boardMoveInputSchema)
    .mutation(({ ctx, input }) => moveCard(ctx.database.db, ctx.user, input)),
  /** Signed-in users: the tier changes of a period, with who, when, from, to and why. */
  decisions: viewerProcedure
    .input(boardDecisionsInputSchema)
    .query(({ ctx, input }) => boardDecisions(ctx.database.db, input)),
});
