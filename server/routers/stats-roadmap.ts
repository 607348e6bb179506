import { roadmapInputSchema } from '../../shared/roadmap.ts';
import { getRoadmap } from '../services/roadmap.ts';
import { atSnapshot } from '../services/snapshot.ts';
import { viewerProcedure } from '../trpc.ts';

/**
 * Signed-in users: the roadmap — the initiatives under the list's filter as bars from start to
 * end date with their milestones (overdue ones marked), grouped by lead ministry, theme or
 * tier, and those without dates counted apart. The same answer for every user (read cache).
 */
export const roadmapProcedure = viewerProcedure
  .input(roadmapInputSchema)
  .query(({ ctx, input }) => atSnapshot(ctx.database.db, input.snapshotId, (db) => getRoadmap(db, input)));
