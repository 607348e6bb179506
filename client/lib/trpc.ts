import { hashKey, type Mutation, MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import superjson from 'superjson';
import type { AppRouter } from '../../server/routers/_app.ts';
import { validationLanguage } from '../../shared/validation-messages.ts';
import { type SessionEnd, setSessionEnd } from './session-end.ts';

/** The tRPC error code of an error, if it is one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : undefined;
}

/** The `data.details` of a domain error (e.g. the sign-in throttle's reason and wait), if any. */
export function errorDetails(error: unknown): unknown {
  return error instanceof TRPCClientError
    ? (error.data as { details?: unknown } | undefined)?.details
    : undefined;
}

/** A request that never got an answer from the server (offline, server down): no tRPC error shape. */
export function isNetworkError(error: unknown): boolean {
  return error instanceof TRPCClientError && !error.data && !error.shape;
}

/** Field path → messages from a BAD_REQUEST, for showing beside the fields. */
export function fieldErrors(error: unknown): Record<string, string[]> {
  if (!(error instanceof TRPCClientError)) return {};
  return ((error.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ??
    {}) as Record<string, string[]>;
}

const isClientError = (error: unknown) => {
  const code = errorCode(error);
  return code !== undefined && code !== 'INTERNAL_SERVER_ERROR' && code !== 'TIMEOUT';
};

/**
 * Ends the session on screen: the app shows the sign-in page (it watches auth.me, set to
 * nobody) and every other cached answer and mutation is dropped, so nothing of the previous
 * user stays in memory for the next one. The sign-in page says why.
 */
export function endSession(reason: SessionEnd): void {
  const me = trpc.auth.me.queryKey();
  setSessionEnd(reason);
  void queryClient.cancelQueries({ predicate: (query) => query.queryHash !== hashKey(me) });
  // Set, not cleared: App's observer of auth.me must see the change.
  queryClient.setQueryData(me, null);
  queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(me) });
  queryClient.getMutationCache().clear();
}

/**
 * A request answered UNAUTHORIZED means the server no longer knows this session (signed out
 * in another tab, expired): end it here too. A refused sign-in is the sign-in page's own news.
 */
function onAuthError(error: unknown, mutation?: Mutation<unknown, unknown, unknown>) {
  if (errorCode(error) !== 'UNAUTHORIZED') return;
  const key = mutation?.options.mutationKey;
  if (key && hashKey(key) === hashKey(trpc.auth.login.mutationKey())) return;
  if (queryClient.getQueryData(trpc.auth.me.queryKey()) === null) return;
  endSession('ended');
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error) => onAuthError(error) }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => onAuthError(error, mutation),
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not get better by asking again.
      retry: (count, error) => !isClientError(error) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

export const trpcClient = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: '/trpc',
      transformer: superjson,
      // The server refuses batches of more than 20 calls.
      maxItems: 20,
      // The server words its messages (validation, duplicates) in the UI language.
      headers: () => ({ 'X-Digisalkku-Language': validationLanguage() }),
    }),
  ],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
