import { z } from 'zod';
import {
  benchmarkInputSchema,
  benchmarkLinkInputSchema,
  benchmarkResultInputSchema,
} from '../../shared/benchmark.ts';
import { bodyInputSchema, bodyLinkInputSchema } from '../../shared/cooperation-body.ts';
import { idSchema } from '../../shared/id.ts';
import { snapshotIdField } from '../../shared/snapshot.ts';
import {
  benchmarkHistory,
  createBenchmark,
  deleteBenchmark,
  getBenchmark,
  listBenchmarks,
  removeResult,
  setResult,
  updateBenchmark,
} from '../services/benchmark.ts';
import { importResults } from '../services/benchmark-results-import.ts';
import {
  bodyHistory,
  createBody,
  deleteBody,
  getBody,
  listBodies,
  updateBody,
} from '../services/cooperation-body.ts';
import {
  linkBenchmark,
  linkBody,
  linksOfInitiative,
  unlinkBenchmark,
  unlinkBody,
} from '../services/cooperation-links.ts';
import { atSnapshot } from '../services/snapshot.ts';
import { coordinatorProcedure, editorProcedure, idInput, router, viewerProcedure } from '../trpc.ts';

const versioned = <T extends z.ZodType>(data: T) =>
  z.object({ id: idSchema(), version: z.number().int().min(1), data });
const removal = z.object({ id: idSchema(), version: z.number().int().min(1) });
const atSnapshotInput = z.object(snapshotIdField).optional();
const oneAtSnapshot = idInput.extend(snapshotIdField);

/** The catalogue of cooperation bodies. Reads for signed-in users (also at a snapshot); writes for coordinators. */
const bodyRouter = router({
  list: viewerProcedure
    .input(atSnapshotInput)
    .query(({ ctx, input }) => atSnapshot(ctx.database.db, input?.snapshotId, (db) => listBodies(db))),
  get: viewerProcedure
    .input(oneAtSnapshot)
    .query(({ ctx, input }) => atSnapshot(ctx.database.db, input.snapshotId, (db) => getBody(db, input.id))),
  history: viewerProcedure.input(idInput).query(({ ctx, input }) => bodyHistory(ctx.database.db, input.id)),
  create: coordinatorProcedure
    .input(bodyInputSchema)
    .mutation(({ ctx, input }) => createBody(ctx.database.db, ctx.user, input)),
  update: coordinatorProcedure
    .input(versioned(bodyInputSchema))
    .mutation(({ ctx, input }) => updateBody(ctx.database.db, ctx.user, input)),
  remove: coordinatorProcedure
    .input(removal)
    .mutation(({ ctx, input }) => deleteBody(ctx.database.db, ctx.user, input)),
});

/** The catalogue of benchmarks and Finland's results. Reads for signed-in users; writes for coordinators. */
const benchmarkRouter = router({
  list: viewerProcedure
    .input(atSnapshotInput)
    .query(({ ctx, input }) => atSnapshot(ctx.database.db, input?.snapshotId, (db) => listBenchmarks(db))),
  get: viewerProcedure
    .input(oneAtSnapshot)
    .query(({ ctx, input }) =>
      atSnapshot(ctx.database.db, input.snapshotId, (db) => getBenchmark(db, input.id)),
    ),
  history: viewerProcedure
    .input(idInput)
    .query(({ ctx, input }) => benchmarkHistory(ctx.database.db, input.id)),
  create: coordinatorProcedure
    .input(benchmarkInputSchema)
    .mutation(({ ctx, input }) => createBenchmark(ctx.database.db, ctx.user, input)),
  update: coordinatorProcedure
    .input(versioned(benchmarkInputSchema))
    .mutation(({ ctx, input }) => updateBenchmark(ctx.database.db, ctx.user, input)),
  remove: coordinatorProcedure
    .input(removal)
    .mutation(({ ctx, input }) => deleteBenchmark(ctx.database.db, ctx.user, input)),
  /** Adds or corrects Finland's result for one edition. */
  setResult: coordinatorProcedure
    .input(z.object({ benchmarkId: idSchema(), result: benchmarkResultInputSchema }))
    .mutation(({ ctx, input }) => setResult(ctx.database.db, ctx.user, input)),
  removeResult: coordinatorProcedure
    .input(z.object({ benchmarkId: idSchema(), resultId: idSchema() }))
    .mutation(({ ctx, input }) => removeResult(ctx.database.db, ctx.user, input)),
  /** Results from a CSV or XLSX sheet (base64), checked whole before any is written. */
  importResults: coordinatorProcedure
    .input(
      z.object({
        benchmarkId: idSchema(),
        fileName: z.string().max(200),
        contentBase64: z.string().max(14_000_000),
      }),
    )
    .mutation(({ ctx, input }) => importResults(ctx.database.db, ctx.user, input)),
});

/** An initiative's links to bodies and benchmarks. Reads for signed-in users; writes for its editors. */
const linkRouter = router({
  ofInitiative: viewerProcedure
    .input(oneAtSnapshot)
    .query(({ ctx, input }) =>
      atSnapshot(ctx.database.db, input.snapshotId, (db) => linksOfInitiative(db, input.id)),
    ),
  addBody: editorProcedure
    .input(bodyLinkInputSchema)
    .mutation(({ ctx, input }) => linkBody(ctx.database.db, ctx.user, input)),
  removeBody: editorProcedure
    .input(idInput)
    .mutation(({ ctx, input }) => unlinkBody(ctx.database.db, ctx.user, input.id)),
  addBenchmark: editorProcedure
    .input(benchmarkLinkInputSchema)
    .mutation(({ ctx, input }) => linkBenchmark(ctx.database.db, ctx.user, input)),
  removeBenchmark: editorProcedure
    .input(idInput)
    .mutation(({ ctx, input }) => unlinkBenchmark(ctx.database.db, ctx.user, input.id)),
});

export const cooperationRouter = router({ body: bodyRouter, benchmark: benchmarkRouter, link: linkRouter });
