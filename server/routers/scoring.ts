import { z } from 'zod';
import {
  compareInputSchema,
  saveCriteriaInputSchema,
  saveWeightingInputSchema,
  setScoresInputSchema,
} from '../../shared/scoring-input.ts';
import { snapshotIdField } from '../../shared/snapshot.ts';
import {
  compareWeightings,
  listCriteria,
  listWeightings,
  saveCriteria,
  saveWeighting,
  setScores,
} from '../services/scoring.ts';
import { atSnapshot } from '../services/snapshot.ts';
import { coordinatorProcedure, router, viewerProcedure } from '../trpc.ts';

/** The reads that can show a snapshot's criteria and weightings (the matrix as it was). */
const snapshotInput = z.object(snapshotIdField).optional();

export const scoringRouter = router({
  /** Signed-in users: the criteria, in order, with what each level means. */
  criteria: viewerProcedure
    .input(snapshotInput)
    .query(({ ctx, input }) => atSnapshot(ctx.database.db, input?.snapshotId, (db) => listCriteria(db))),
  /** Coordinators and admins: replaces the criteria. */
  saveCriteria: coordinatorProcedure
    .input(saveCriteriaInputSchema)
    .mutation(({ ctx, input }) => saveCriteria(ctx.database.db, ctx.user, input)),
  /** Signed-in users: the named weightings, the default first. */
  weightings: viewerProcedure
    .input(snapshotInput)
    .query(({ ctx, input }) => atSnapshot(ctx.database.db, input?.snapshotId, (db) => listWeightings(db))),
  /** Coordinators and admins: creates (no id) or changes a weighting. */
  saveWeighting: coordinatorProcedure
    .input(saveWeightingInputSchema)
    .mutation(({ ctx, input }) => saveWeighting(ctx.database.db, ctx.user, input)),
  /** Coordinators and admins: an initiative's scores; CONFLICT when `priorityVersion` is stale. */
  setScores: coordinatorProcedure
    .input(setScoresInputSchema)
    .mutation(({ ctx, input }) => setScores(ctx.database.db, ctx.user, input)),
  /** Signed-in users: the top N under each weighting, side by side. */
  compare: viewerProcedure
    .input(compareInputSchema)
    .query(({ ctx, input }) => compareWeightings(ctx.database.db, input)),
});
