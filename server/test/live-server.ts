import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import superjson from 'superjson';
import type { Database } from '../db/database.ts';
import { createTestApp } from './test-app.ts';

/**
 * The real HTTP app on a loopback port, for tests that need real concurrency: many requests in
 * flight at once over their own connections, interleaving in the server as a browser's would.
 */
export interface LiveServer {
  baseUrl: string;
  close(): Promise<void>;
}

export async function serveApp(database: Database): Promise<LiveServer> {
  const app = createTestApp(database);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) =>
    server.listening ? resolve() : server.once('listening', () => resolve()),
  );
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Keep-alive sockets of the load would hold close() open until they time out.
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

/** What one tRPC call over HTTP answered: the status, and the decoded data or the error shape. */
export interface TrpcAnswer<T> {
  status: number;
  data?: T;
  error?: { message: string; code: string; httpStatus: number };
  /** The body as sent, for checks of its shape. */
  body: unknown;
}

/**
 * One tRPC call, unbatched, as plain JSON over fetch (superjson's envelope): a query as GET,
 * a mutation as POST. Never throws for an HTTP status; a body that is not JSON is kept as text.
 */
export async function trpcCall<T>(
  baseUrl: string,
  cookie: string,
  kind: 'query' | 'mutation',
  path: string,
  input: unknown,
): Promise<TrpcAnswer<T>> {
  const envelope = JSON.stringify(superjson.serialize(input));
  const headers: Record<string, string> = { 'accept-language': 'fi', ...(cookie ? { cookie } : {}) };
  const response =
    kind === 'query'
      ? await fetch(`${baseUrl}/trpc/${path}?input=${encodeURIComponent(envelope)}`, { headers })
      : await fetch(`${baseUrl}/trpc/${path}`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: envelope,
        });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    return { status: response.status, body };
  }
  const parsed = body as {
    result?: { data: Parameters<typeof superjson.deserialize>[0] };
    error?: { json: { message: string; data: { code: string; httpStatus: number } } };
  };
  if (parsed.result)
    return { status: response.status, data: superjson.deserialize<T>(parsed.result.data), body };
  const error = parsed.error?.json;
  return {
    status: response.status,
    body,
    ...(error
      ? { error: { message: error.message, code: error.data?.code, httpStatus: error.data?.httpStatus } }
      : {}),
  };
}

/** Signs in over HTTP and returns the session cookie (`name=value`). */
export async function signIn(baseUrl: string, username: string, password = 'password'): Promise<string> {
  const response = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(superjson.serialize({ username, password })),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 200 || !cookie)
    throw new Error(`Signing in answered ${response.status}: ${await response.text()}`);
  return cookie;
}

/** Nearest-rank percentile of values (sorted here), in their unit. */
export function percentileOf(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}
