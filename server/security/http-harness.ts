import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import superjson from 'superjson';
import type { Language } from '../../shared/codes.ts';
import type { Database } from '../db/database.ts';
import { type AppOptions, createApp } from '../http/app.ts';
import { LANGUAGE_HEADER } from '../http/request-language.ts';

/**
 * The real HTTP app on a loopback port for the security suites: every call goes through the
 * socket, the cookie parser, the same-origin check, the body limits, superjson and the route
 * guards, exactly as a browser's would. Nothing here stands in for the server.
 */
export interface Served {
  baseUrl: string;
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

/**
 * Serves the app with a built client of one page, so the static routes exist too. The options
 * may depend on the address (single sign-on's redirect URL names it), so the port is bound first.
 */
export async function serveApp(
  database: Database,
  options: Partial<AppOptions> | ((baseUrl: string) => Partial<AppOptions>) = {},
): Promise<Served> {
  const clientDir = mkdtempSync(join(tmpdir(), 'digisalkku-security-'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>digisalkku</title>');
  let app: ReturnType<typeof createApp> | null = null;
  const server = serve({
    fetch: (request) => (app ? app.fetch(request) : new Response('starting', { status: 503 })),
    port: 0,
    hostname: '127.0.0.1',
  });
  await new Promise<void>((resolve) =>
    server.listening ? resolve() : server.once('listening', () => resolve()),
  );
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const built = createApp({
    database,
    version: 'test',
    sessionHours: 1,
    secureCookies: false,
    clientDir,
    ...(typeof options === 'function' ? options(baseUrl) : options),
  });
  app = built;
  return {
    baseUrl,
    app: built,
    close: () =>
      new Promise<void>((resolve) => {
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        server.close(() => {
          rmSync(clientDir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

/** Where a request says it comes from: this page, another site, or a script (no header at all). */
export type Origin = 'same' | 'cross' | 'none';

export interface CallOptions {
  cookie?: string | null;
  language?: Language;
  origin?: Origin;
  headers?: Record<string, string>;
}

/** What the server answered, decoded as far as it could be. */
export interface Answer {
  status: number;
  /** The tRPC error code (`FORBIDDEN`…), or null for a success or a plain route. */
  code: string | null;
  /** The error message: tRPC's `message`, or a plain route's `{ error }`. */
  message: string | null;
  /** A tRPC result, superjson-decoded. */
  data?: unknown;
  contentType: string;
  /** Where a redirect points (redirects are never followed). */
  location: string | null;
  text: string;
  setCookies: string[];
}

function headersFor(baseUrl: string, options: CallOptions): Record<string, string> {
  const headers: Record<string, string> = { [LANGUAGE_HEADER]: options.language ?? 'en' };
  if (options.cookie) headers.cookie = options.cookie;
  // What a browser sends with a fetch from the app's own page, or from a foreign site's.
  if (options.origin === 'same' || options.origin === undefined) {
    headers['sec-fetch-site'] = 'same-origin';
    headers.origin = baseUrl;
  } else if (options.origin === 'cross') {
    headers['sec-fetch-site'] = 'cross-site';
    headers.origin = 'https://evil.example';
  }
  return { ...headers, ...options.headers };
}

async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  const answer: Answer = {
    status: response.status,
    code: null,
    message: null,
    contentType: response.headers.get('content-type') ?? '',
    location: response.headers.get('location'),
    text,
    setCookies: response.headers.getSetCookie(),
  };
  if (!answer.contentType.includes('json')) return answer;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return answer;
  }
  const shaped = body as {
    result?: { data: Parameters<typeof superjson.deserialize>[0] };
    error?: { json?: { message?: string; data?: { code?: string } } } | string;
  };
  if (shaped.result) answer.data = superjson.deserialize(shaped.result.data);
  else if (typeof shaped.error === 'string') answer.message = shaped.error;
  else if (shaped.error?.json) {
    answer.message = shaped.error.json.message ?? null;
    answer.code = shaped.error.json.data?.code ?? null;
  }
  return answer;
}

/**
 * One tRPC call, unbatched: a query as GET with `?input=`, a mutation as POST. `input` goes
 * through superjson (dates, NaN, -0 and undefined survive); `rawInput` is sent as it is.
 */
export async function callProcedure(
  baseUrl: string,
  type: 'query' | 'mutation',
  path: string,
  input: unknown,
  options: CallOptions & { rawInput?: string } = {},
): Promise<Answer> {
  // As tRPC's own client: a query without input leaves `input` out, a mutation sends `{}`.
  const envelope = options.rawInput ?? JSON.stringify(superjson.serialize(input));
  const headers = headersFor(baseUrl, options);
  if (type === 'query') {
    const query =
      input === undefined && options.rawInput === undefined ? '' : `?input=${encodeURIComponent(envelope)}`;
    return answerOf(await fetch(`${baseUrl}/trpc/${path}${query}`, { headers }));
  }
  const post = { ...headers, 'content-type': 'application/json' };
  // A body past the 2 MB limit is answered (413) before it is all sent: fetch reports only the reset.
  if (Buffer.byteLength(envelope) > 1_000_000) {
    const early = await postEarlyAnswered(`${baseUrl}/trpc/${path}`, post, envelope);
    return early === 'reset' ? RESET : answerOf(early);
  }
  return answerOf(await fetch(`${baseUrl}/trpc/${path}`, { method: 'POST', headers: post, body: envelope }));
}

/**
 * The connection was closed before any answer came. @hono/node-server drains the rest of a
 * refused body for at most 500 ms and then closes the socket; with data still unread the
 * kernel resets it, and a 413 already sent may be lost with it. Here client and server share
 * one busy event loop, so an upload of a few megabytes can take longer than that.
 */
export const RESET: Answer = {
  status: 0,
  code: null,
  message: null,
  contentType: '',
  location: null,
  text: 'the connection was reset before an answer came',
  setCookies: [],
};

/**
 * A POST whose answer may come before the body is all sent: the server refuses a body over its
 * limit as soon as it sees its length, and stops reading. fetch then reports the reset and
 * drops the answer; node:http hands the answer over first, as a browser shows it.
 */
function postEarlyAnswered(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<Response | 'reset'> {
  return new Promise((resolve, reject) => {
    let answered = false;
    // A socket of its own (never pooled), whose own errors are heard: once the answer is in,
    // the request no longer forwards the socket's errors, and the rest of the body being
    // refused (EPIPE) would otherwise be an uncaught exception.
    const outgoing = request(url, { method: 'POST', headers, agent: false }, (incoming) => {
      answered = true;
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () => {
        const answerHeaders = new Headers();
        for (const [name, value] of Object.entries(incoming.headers))
          for (const item of [value ?? []].flat()) answerHeaders.append(name, item);
        resolve(
          new Response(Buffer.concat(chunks), { status: incoming.statusCode ?? 0, headers: answerHeaders }),
        );
      });
    });
    outgoing.on('socket', (socket) => socket.on('error', () => {}));
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) return;
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') resolve('reset');
      else reject(error);
    });
    outgoing.end(body);
  });
}

/** A plain HTTP route (`/api/…`, `/healthz`, the client's pages). */
export async function callRoute(
  baseUrl: string,
  method: string,
  path: string,
  options: CallOptions & { body?: BodyInit | Uint8Array } = {},
): Promise<Answer> {
  const { body } = options;
  return answerOf(
    await fetch(`${baseUrl}${path}`, {
      method,
      redirect: 'manual',
      headers: headersFor(baseUrl, options),
      ...(body === undefined ? {} : { body: body as BodyInit }),
    }),
  );
}

/** The `name=value` pair of a Set-Cookie header that sets a value (not one that clears it). */
export function cookieOf(setCookies: readonly string[]): string | null {
  for (const header of setCookies) {
    const [pair = ''] = header.split(';');
    if (pair.slice(pair.indexOf('=') + 1)) return pair;
  }
  return null;
}

/** Signs in through auth.login over HTTP, as the sign-in page does, and returns the session cookie. */
export async function signIn(baseUrl: string, username: string, password = 'password'): Promise<string> {
  const answer = await callProcedure(baseUrl, 'mutation', 'auth.login', { username, password });
  const cookie = cookieOf(answer.setCookies);
  if (answer.status !== 200 || !cookie)
    throw new Error(`Signing in as ${username} answered ${answer.status}: ${answer.text}`);
  return cookie;
}
