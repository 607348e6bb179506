import { z } from 'zod';
import { initiativeInputSchema, initiativeUpdateSchema } from '../../shared/initiative.ts';
import { initiativeListInputSchema } from '../../shared/initiative-filter.ts';
import { snapshotIdField } from '../../shared/snapshot.ts';
import {
  archiveInitiative,
  createInitiative,
  getInitiative,
  initiativeHistory,
  restoreInitiative,
  updateInitiative,
} from '../services/initiative.ts';
import { listParsedInitiatives } from '../services/initiative-list.ts';
import { atSnapshot } from '../services/snapshot.ts';
import { coordinatorProcedure, editorProcedure, idInput, router, viewerProcedure } from '../trpc.ts';

export const initiativeRouter = router({
  /** Signed-in users: a filtered, sorted page of initiatives with the total. */
  list: viewerProcedure
    .input(initiativeListInputSchema.default({ limit: 50, offset: 0 }))
    .query(({ ctx, input }) =>
      atSnapshot(ctx.database.db, input.snapshotId, (db) => listParsedInitiatives(db, input)),
    ),
  /** Signed-in users: one initiative with everything about it. */
  get: viewerProcedure
    .input(idInput.extend(snapshotIdField))
    .query(({ ctx, input }) =>
      atSnapshot(ctx.database.db, input.snapshotId, (db) => getInitiative(db, input.id)),
    ),
  /** Editors (own ministry), coordinators, admins. */
  create: editorProcedure
    .input(initiativeInputSchema)
    .mutation(({ ctx, input }) => createInitiative(ctx.database.db, ctx.user, input)),
  /** Editors (own ministry), coordinators, admins; CONFLICT if `version` is stale. */
  update: editorProcedure
    .input(initiativeUpdateSchema)
    .mutation(({ ctx, input }) => updateInitiative(ctx.database.db, ctx.user, input)),
  /** Whoever may edit it: archives (never deletes). */
  remove: editorProcedure
    .input(idInput)
    .mutation(({ ctx, input }) => archiveInitiative(ctx.database.db, ctx.user, input.id)),
  /** Coordinators: brings an archived initiative back. */
  restore: coordinatorProcedure
    .input(idInput)
    .mutation(({ ctx, input }) => restoreInitiative(ctx.database.db, ctx.user, input.id)),
  /** Signed-in users: the audit history, newest first; `afterVersion` gives only later changes. */
  history: viewerProcedure
    // At most the largest version the integer column holds: a larger one failed in SQL as a 500.
    .input(idInput.extend({ afterVersion: z.number().int().min(0).max(2_147_483_647).optional() }))
    .query(({ ctx, input }) => initiativeHistory(ctx.database.db, input.id, input.afterVersion)),
});
