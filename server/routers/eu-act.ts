import { z } from 'zod';
import { euActInputSchema } from '../../shared/eu-act.ts';
import { idSchema } from '../../shared/id.ts';
import { createEuAct, euActHistory, getEuAct, updateEuAct } from '../services/eu-act.ts';
import { listEuActCatalogue } from '../services/eu-act-catalogue.ts';
import { coordinatorProcedure, idInput, router, viewerProcedure } from '../trpc.ts';

export const euActRouter = router({
  /** Signed-in users: the whole catalogue, with each act's next key date and linked initiatives by relation. */
  list: viewerProcedure.query(({ ctx }) => listEuActCatalogue(ctx.database.db)),
  /** Signed-in users: one act with its linked initiatives. */
  get: viewerProcedure.input(idInput).query(({ ctx, input }) => getEuAct(ctx.database.db, input.id)),
  /** Signed-in users: the act's history with field-level changes, newest first. */
  history: viewerProcedure.input(idInput).query(({ ctx, input }) => euActHistory(ctx.database.db, input.id)),
  /** Coordinators: adds an act. */
  create: coordinatorProcedure
    .input(euActInputSchema)
    .mutation(({ ctx, input }) => createEuAct(ctx.database.db, ctx.user, input)),
  /** Coordinators: changes an act; CONFLICT on a stale version. */
  update: coordinatorProcedure
    .input(z.object({ id: idSchema(), version: z.number().int().min(1), data: euActInputSchema }))
    .mutation(({ ctx, input }) => updateEuAct(ctx.database.db, ctx.user, input)),
});
