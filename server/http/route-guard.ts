import type { Context, MiddlewareHandler } from 'hono';
import { sm } from '../../shared/server-messages.ts';
import type { Role } from '../../shared/user.ts';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { DOMAIN_ERROR_STATUS, DomainError, roleRefusal } from '../errors.ts';
import { logServerError } from '../log.ts';
import type { AppEnv } from './app.ts';

/**
 * The role check of plain HTTP routes (imports, exports, snapshots, open data, admin): the same
 * ladder and the same localised words as the tRPC procedure builders, answered as `{ error }`.
 */
export function requireRole(minimum: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const refusal = roleRefusal(c.get('user'), minimum);
    if (refusal) return c.json({ error: refusal.message }, DOMAIN_ERROR_STATUS[refusal.kind].http);
    await next();
  };
}

/**
 * The answer of a route to an error: a domain error as its status with its message, a
 * database outage as 503, anything else logged (without values) and answered generically.
 */
export function errorResponse(c: Context, what: string, error: unknown, extra: Record<string, unknown> = {}) {
  if (error instanceof DomainError)
    return c.json({ error: error.message, ...extra }, DOMAIN_ERROR_STATUS[error.kind].http);
  if (isDatabaseUnavailable(error)) {
    logServerError(`${what}: the database is unavailable`, error);
    c.header('Retry-After', '5');
    return c.json({ error: sm('databaseUnavailable') }, 503);
  }
  logServerError(what, error);
  return c.json({ error: sm('serverError') }, 500);
}
