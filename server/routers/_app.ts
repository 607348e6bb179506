import { router } from '../trpc.ts';
import { authRouter } from './auth.ts';
import { boardRouter } from './board.ts';
import { cooperationRouter } from './cooperation.ts';
import { euActRouter } from './eu-act.ts';
import { initiativeRouter } from './initiative.ts';
import { ministryRouter } from './ministry.ts';
import { savedViewRouter } from './saved-view.ts';
import { scoringRouter } from './scoring.ts';
import { snapshotRouter } from './snapshot.ts';
import { statsRouter } from './stats.ts';
import { userAdminRouter } from './user-admin.ts';

export const appRouter = router({
  auth: authRouter,
  ministry: ministryRouter,
  euAct: euActRouter,
  initiative: initiativeRouter,
  savedView: savedViewRouter,
  board: boardRouter,
  scoring: scoringRouter,
  stats: statsRouter,
  snapshot: snapshotRouter,
  cooperation: cooperationRouter,
  userAdmin: userAdminRouter,
});

export type AppRouter = typeof appRouter;
