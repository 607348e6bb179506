import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError, z } from 'zod';
import { idSchema } from '../shared/id.ts';
import { sm } from '../shared/server-messages.ts';
import type { Role, SessionUser } from '../shared/user.ts';
import type { Database } from './db/database.ts';
import { isDatabaseUnavailable } from './db/unavailable.ts';
import { DOMAIN_ERROR_STATUS, DomainError, roleRefusal } from './errors.ts';
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

/** Field path → messages, for the client to show beside each field. */
export function zodFieldErrors(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '(input)';
    fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return fields;
}

/** "title.fi: The Finnish text is required." — the message names the field. */
export function describeZodError(error: ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
    .join('; ');
}

const t = initTRPC.context<ContextInner>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const domain = error.cause instanceof DomainError ? error.cause : null;
    return {
      ...shape,
      message: zodError ? describeZodError(zodError) : shape.message,
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
