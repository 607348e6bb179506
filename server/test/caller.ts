import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { appRouter } from '../routers/_app.ts';
import { createCallerFactory, createContextInner } from '../trpc.ts';

const createCaller = createCallerFactory(appRouter);

/** The server-side caller as `user` (null: signed out), with a real context on the test database. */
export function callerFor(database: Database, user: SessionUser | null) {
  return createCaller(createContextInner({ database, user }));
}

/** A well-formed id that no row has. */
export const UNKNOWN_ID = '3b1f5d2e-8c4a-4e1b-9f2d-7a6c5b4e3d21';
