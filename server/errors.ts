import { codeLabel } from '../shared/code-labels.ts';
import { type ServerMessage, sm } from '../shared/server-messages.ts';
import { hasRole, type Role, type SessionUser } from '../shared/user.ts';
import { validationLanguage } from '../shared/validation-messages.ts';

/**
 * Domain errors thrown by services. They carry what the user needs to fix the problem; the
 * tRPC layer (trpc.ts) and the HTTP routes (http/) map them to status codes in one place.
 */
export type DomainErrorKind =
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'INVALID'
  | 'UNAUTHORIZED'
  | 'TOO_MANY_REQUESTS';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** Field path the error is about, e.g. `projectNumber`, so the client can show it beside the field. */
    readonly field?: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** What may be missing; each has its message in shared/server-messages.ts. */
export type MissingThing =
  | 'initiative'
  | 'euAct'
  | 'savedView'
  | 'weighting'
  | 'snapshot'
  | 'body'
  | 'benchmark'
  | 'cooperationLink'
  | 'benchmarkResult';
const NOT_FOUND_MESSAGES = {
  initiative: 'initiativeNotFound',
  euAct: 'euActNotFound',
  savedView: 'savedViewNotFound',
  weighting: 'weightingNotFound',
  snapshot: 'snapshotNotFound',
  body: 'bodyNotFound',
  benchmark: 'benchmarkNotFound',
  cooperationLink: 'cooperationLinkNotFound',
  benchmarkResult: 'benchmarkResultNotFound',
} as const satisfies Record<MissingThing, ServerMessage>;

export const notFound = (thing: MissingThing) => new DomainError('NOT_FOUND', sm(NOT_FOUND_MESSAGES[thing]));
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const invalid = (message: string, field?: string) => new DomainError('INVALID', message, field);
export const conflict = (message: string, details?: unknown) =>
  new DomainError('CONFLICT', message, undefined, details);

/** Each domain error kind as a tRPC code and as an HTTP status: one map for /trpc and /api. */
export const DOMAIN_ERROR_STATUS = {
  NOT_FOUND: { trpc: 'NOT_FOUND', http: 404 },
  CONFLICT: { trpc: 'CONFLICT', http: 409 },
  FORBIDDEN: { trpc: 'FORBIDDEN', http: 403 },
  INVALID: { trpc: 'BAD_REQUEST', http: 400 },
  UNAUTHORIZED: { trpc: 'UNAUTHORIZED', http: 401 },
  TOO_MANY_REQUESTS: { trpc: 'TOO_MANY_REQUESTS', http: 429 },
} as const satisfies Record<DomainErrorKind, { trpc: string; http: number }>;

/**
 * Why a user may not call something that needs `minimum`, or null when they may: the one
 * role check of every tRPC procedure and plain HTTP route, worded in the request's language.
 */
export function roleRefusal(
  user: SessionUser | null,
  minimum: Role,
): { kind: 'UNAUTHORIZED' | 'FORBIDDEN'; message: string } | null {
  if (!user) return { kind: 'UNAUTHORIZED', message: sm('signInFirst') };
  if (hasRole(user, minimum)) return null;
  const role = codeLabel(validationLanguage(), 'role', minimum).toLowerCase();
  return { kind: 'FORBIDDEN', message: sm(minimum === 'admin' ? 'needsAdmin' : 'needsRole', { role }) };
}
