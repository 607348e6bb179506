import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError, z } from 'zod';
import { describeIssue, joinMessages, type PathSubject } from '../shared/field-paths.ts';
import { idSchema } from '../shared/id.ts';
import { sm } from '../shared/server-messages.ts';
import type { Role, SessionUser } from '../shared/user.ts';
import { validationLanguage } from '../shared/validation-messages.ts';
import type { Database } from './db/database.ts';
import { isDatabaseUnavailable } from './db/unavailable.ts';
import { DOMAIN_ERROR_STATUS, DomainError, roleRefusal } from './errors.ts';
import { MAX_BATCH_SIZE } from './http/trpc-batch.ts';
import { logServerError } from './log.ts';
import { rejectUnsafeInput } from './unsafe-input.ts';

// ---------------------------------------------------------------- context

export interface ContextInner {
  database: Database;
  user: SessionUser | null;
  sessionHours: number;
  /** Cookie writes of the HTTP layer (sign-in and sign-out); a no-op for server-side callers. */
  setSessionCookie: (token: string | null, expiresAt?: Date) => void;
  sessionToken: string | undefined;
  /** The client's IP address as the HTTP layer sees it (TRUST_PROXY); null for server-side callers. */
  clientAddress: string | null;
}

/** The context without HTTP: what tests and the server-side caller build directly. */
export function createContextInner(options: {
  database: Database;
  user?: SessionUser | null;
  sessionHours?: number;
  sessionToken?: string;
  setSessionCookie?: ContextInner['setSessionCookie'];
  clientAddress?: string | null;
}): ContextInner {
  return {
    database: options.database,
    user: options.user ?? null,
    sessionHours: options.sessionHours ?? 12,
    sessionToken: options.sessionToken,
    setSessionCookie: options.setSessionCookie ?? (() => {}),
    clientAddress: options.clientAddress ?? null,
  };
}

// ---------------------------------------------------------------- init

/** Keys superjson refuses to write (its prototype-pollution guard): the whole answer would fail as a 500. */
const POLLUTING_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Field path → messages, for the client to show beside each field. */
export function zodFieldErrors(error: ZodError): Record<string, string[]> {
  // A Map, not an object: a path is the client's own key (`toString`, `__proto__`…), never a lookup into a prototype.
  const fields = new Map<string, string[]>();
  for (const issue of error.issues) {
    const path = issue.path.join('.') || '(input)';
    const key = POLLUTING_KEYS.has(path) ? `(${path})` : path;
    fields.set(key, [...(fields.get(key) ?? []), issue.message]);
  }
  return Object.fromEntries(fields);
}

/** Whose fields a procedure's input names: an EU act's, a body's, a benchmark's, or an initiative's (and any request's). */
function subjectOf(path: string | undefined): PathSubject {
  if (path?.startsWith('euAct.')) return 'euAct';
  if (path?.startsWith('cooperation.body.')) return 'body';
  if (path?.startsWith('cooperation.benchmark.')) return 'benchmark';
  return 'initiative';
}

/**
 * "Nimi suomeksi: Suomenkielinen teksti on pakollinen." — the message names each field by its
 * label in the request's language; `data.fieldErrors` keeps the paths for the client.
 */
export function describeZodError(error: ZodError, procedure?: string): string {
  const language = validationLanguage();
  return joinMessages(
    error.issues
      .slice(0, 5)
      .map((issue) => describeIssue(issue, language, { subject: subjectOf(procedure) })),
  );
}

/**
 * tRPC's own refusals (a batch over the cap, no such procedure, a body it cannot read) come
 * in English; they are answered in the request's language like everything else. Every error
 * of ours carries its cause (a domain error or a zod error), or is worded already.
 */
function ownMessage(error: TRPCError): string | null {
  if (error.cause instanceof DomainError || error.cause instanceof ZodError) return null;
  switch (error.code) {
    case 'BAD_REQUEST':
      return error.message === 'Batch call exceeds maximum size'
        ? sm('batchTooLarge', { max: MAX_BATCH_SIZE })
        : sm('badRequest');
    case 'NOT_FOUND':
      return sm('noSuchProcedure');
    case 'METHOD_NOT_SUPPORTED':
      return sm('wrongMethod');
    case 'PARSE_ERROR':
    case 'UNSUPPORTED_MEDIA_TYPE':
      return sm('unreadableRequest');
    default:
      return null;
  }
}

const t = initTRPC.context<ContextInner>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const domain = error.cause instanceof DomainError ? error.cause : null;
    return {
      ...shape,
      // A bad input was worded in errorMapping, where the procedure (whose fields) is known.
      message: ownMessage(error) ?? shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        fieldErrors: zodError
          ? zodFieldErrors(zodError)
          : domain?.field
            ? { [domain.field]: [domain.message] }
            : null,
        details: domain?.details ?? null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

// ---------------------------------------------------------------- procedure builders

/** 503: the database is down or restarting; the client may simply try again. */
export function databaseUnavailable(cause: unknown): TRPCError {
  logServerError('the database is unavailable', cause);
  return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: sm('databaseUnavailable'), cause });
}

/** Maps domain errors to tRPC codes in one place; unknown errors are logged and made generic. */
const errorMapping = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof DomainError) {
      throw new TRPCError({ code: DOMAIN_ERROR_STATUS[cause.kind].trpc, message: cause.message, cause });
    }
    if (cause instanceof ZodError && result.error.code === 'BAD_REQUEST') {
      throw new TRPCError({ code: 'BAD_REQUEST', message: describeZodError(cause, path), cause });
    }
    if (isDatabaseUnavailable(cause)) throw databaseUnavailable(cause);
    if (result.error.code === 'INTERNAL_SERVER_ERROR') {
      logServerError(path, cause ?? result.error);
      throw new TRPCError({
        code: 'INTERNAL_SERVER_ERROR',
        message: sm('serverError'),
        cause: result.error,
      });
    }
  }
  return result;
});

/** Anyone, signed in or not: only sign-in and "who am I". */
export const publicProcedure = t.procedure.use(errorMapping).use(rejectUnsafeInput);

function requireRole(minimum: Role) {
  return publicProcedure.use(({ ctx, next }) => {
    const refusal = roleRefusal(ctx.user, minimum);
    if (refusal) throw new DomainError(refusal.kind, refusal.message);
    return next({ ctx: { ...ctx, user: ctx.user as SessionUser } });
  });
}

/** Any signed-in user: every read. */
export const viewerProcedure = requireRole('viewer');
/** Editors (their own ministry's initiatives; the service checks which), coordinators, admins. */
export const editorProcedure = requireRole('editor');
/** Coordinators and admins: portfolio-wide changes. */
export const coordinatorProcedure = requireRole('coordinator');
/** Admins only. */
export const adminProcedure = requireRole('admin');

export const idInput = z.object({ id: idSchema() });
