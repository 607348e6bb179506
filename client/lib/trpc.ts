import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import superjson from 'superjson';
import type { AppRouter } from '../../server/routers/_app.ts';
import { validationLanguage } from '../../shared/validation-messages.ts';

/** The tRPC error code of an error, if it is one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : undefined;
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

/** A lost session anywhere sends the app back to the sign-in page (it watches auth.me). */
function onAuthError(error: unknown) {
  if (errorCode(error) === 'UNAUTHORIZED')
    void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAuthError }),
  mutationCache: new MutationCache({ onError: onAuthError }),
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
