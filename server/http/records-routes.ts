import { Hono } from 'hono';
import type { AppEnv } from './app.ts';

/** Records in and out: the JSON export and the import route (see README.md). */
export function recordsRoutes(): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  return routes;
}
