import { TRPCError } from '@trpc/server';
import type { TRPCRequestInfo } from '@trpc/server/http';
import { sm } from '../../shared/server-messages.ts';
import { DomainError } from '../errors.ts';

/**
 * Calls one /trpc request may batch. A page asks for a handful at once; without a cap one
 * request could carry hundreds of calls, each running as if it came alone.
 */
export const MAX_BATCH_SIZE = 20;

/**
 * Sign-in must come alone: a batch would be one request carrying many password checks. The
 * tRPC client sends a lone call as a batch of one, which is allowed. Thrown from createContext,
 * so every call of the batch answers BAD_REQUEST and none of them runs.
 */
export function refuseBatchedSignIn(info: TRPCRequestInfo): void {
  if (info.calls.length > 1 && info.calls.some((call) => call.path === 'auth.login')) {
    const cause = new DomainError('INVALID', sm('signInAlone'));
    throw new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
  }
}
