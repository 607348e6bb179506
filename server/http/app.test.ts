import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import type { AppRouter } from '../routers/_app.ts';
import { SESSION_COOKIE } from '../services/auth.ts';
import { initiativeInput } from '../test/factories.ts';
import { createTestApp } from '../test/test-app.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';

let database: Database;
let server: ReturnType<typeof serve>;
let baseUrl: string;
let coordinator: SessionUser;

beforeAll(async () => {
  database = await createTestDatabase();
  coordinator = await createTestUser(database, 'coordinator');
  const app = createTestApp(database);
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) =>
    server.listening ? resolve() : server.once('listening', () => resolve()),
  );
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.close();
});

/** A tRPC client over real HTTP that keeps the session cookie as a browser would. */
function browser() {
  const jar: { cookie: string | null; setCookies: string[] } = { cookie: null, setCookies: [] };
  const client = createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${baseUrl}/trpc`,
        transformer: superjson,
        fetch: async (url, init) => {
          const headers = new Headers(init?.headers);
          if (jar.cookie) headers.set('cookie', jar.cookie);
          const response = await fetch(url, { ...init, headers } as RequestInit);
          for (const setCookie of response.headers.getSetCookie()) {
            jar.setCookies.push(setCookie);
            const [pair = ''] = setCookie.split(';');
            const value = pair.slice(pair.indexOf('=') + 1);
            jar.cookie = value ? pair : null;
          }
          return response;
        },
      }),
    ],
  });
  return { client, jar };
}

async function signedIn() {
  const session = browser();
  await session.client.auth.login.mutate({ username: coordinator.username, password: 'password' });
  return session;
}

const trpcGet = (path: string, input: unknown, cookie?: string) =>
  fetch(`${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, {
    headers: cookie ? { cookie } : {},
  });

describe('GET /healthz', () => {
  it('reports the database, the migrations and the version', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      database: string;
      migration: { applied: number; latest: string | null };
      version: string;
    };
    expect(body.status).toBe('ok');
    expect(body.database).toBe(process.env.DATABASE_URL ? 'postgres' : 'pglite');
    expect(body.database).toBe(database.kind);
    expect(body.migration.applied).toBeGreaterThanOrEqual(1);
    expect(body.migration.latest).toMatch(/^\d{4}_/);
    expect(body.version).toBe('test');
  });

  it('sends the security headers on every answer', async () => {
    const response = await fetch(`${baseUrl}/healthz`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});

describe('sign-in over HTTP', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie that expires with the session', async () => {
    const { client, jar } = browser();
    const before = Date.now();
    const { user } = await client.auth.login.mutate({ username: coordinator.username, password: 'password' });
    expect(user).toEqual(coordinator);
    expect(jar.setCookies).toHaveLength(1);
    const cookie = jar.setCookies[0] ?? '';
    expect(cookie.startsWith(`${SESSION_COOKIE}=`)).toBe(true);
    const attributes = cookie.split(';').map((part) => part.trim());
    expect(attributes).toContain('HttpOnly');
    expect(attributes).toContain('SameSite=Lax');
    expect(attributes).toContain('Path=/');
    expect(attributes).not.toContain('Secure');
    const expires = Date.parse(
      attributes.find((a) => a.startsWith('Expires='))?.slice('Expires='.length) ?? '',
    );
    expect(expires).toBeGreaterThan(before + 3_600_000 - 5_000);
    expect(expires).toBeLessThan(Date.now() + 3_600_000 + 5_000);
    expect(await client.auth.me.query()).toEqual(coordinator);
  });

  it('answers a wrong password with UNAUTHORIZED and sets no cookie', async () => {
    const { client, jar } = browser();
    const error = await client.auth.login
      .mutate({ username: coordinator.username, password: 'wrong' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<AppRouter>).data?.code).toBe('UNAUTHORIZED');
    expect((error as TRPCClientError<AppRouter>).data?.httpStatus).toBe(401);
    expect(jar.setCookies).toEqual([]);
  });

  it('signs out: the cookie is cleared and the old token no longer works', async () => {
    const { client, jar } = await signedIn();
    const token = jar.cookie;
    expect(token).toBeTruthy();
    await client.auth.logout.mutate();
    expect(jar.setCookies.at(-1)).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`));
    const response = await trpcGet('initiative.list', {}, token ?? undefined);
    expect(response.status).toBe(401);
  });
});

describe('tRPC over HTTP', () => {
  it('carries dates and data through superjson both ways', async () => {
    const { client } = await signedIn();
    const created = await client.initiative.create.mutate(
      initiativeInput({ title: { fi: 'HTTP-hanke' }, startDate: '2026-01-01', budgetCents: 500_000 }),
    );
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(created.startDate).toBe('2026-01-01');
    const [read, list] = await Promise.all([
      client.initiative.get.query({ id: created.id }),
      client.initiative.list.query({ filter: { text: 'HTTP-hanke' } }),
    ]);
    expect(read).toEqual(created);
    expect(list.items.map((i) => i.id)).toContain(created.id);
    expect(list.items[0]?.updatedAt).toBeInstanceOf(Date);
  });

  it('answers a request without a session with 401 UNAUTHORIZED', async () => {
    const response = await trpcGet('initiative.list', {});
    expect(response.status).toBe(401);
    const body = (await response.json()) as { error: { json: { message: string; data: { code: string } } } };
    expect(body.error.json.data.code).toBe('UNAUTHORIZED');
    expect(body.error.json.message).toBe('Your session has ended or you are not signed in; sign in first.');
    const { client } = browser();
    const error = await client.initiative.list.query({}).catch((e: unknown) => e);
    expect((error as TRPCClientError<AppRouter>).data?.code).toBe('UNAUTHORIZED');
  });

  it('answers a malformed id with 400, naming id', async () => {
    const { jar } = await signedIn();
    const response = await trpcGet('initiative.get', { id: 'not-a-uuid' }, jar.cookie ?? undefined);
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: {
        json: {
          message: string;
          data: { code: string; fieldErrors: Record<string, string[]>; stack?: string };
        };
      };
    };
    expect(body.error.json.message).toBe(
      'Identifier: This is not a valid identifier (a UUID); check the link.',
    );
    expect(body.error.json.data.code).toBe('BAD_REQUEST');
    expect(body.error.json.data.fieldErrors).toEqual({
      id: ['This is not a valid identifier (a UUID); check the link.'],
    });
    // No stack trace leaves the server.
    expect(body.error.json.data.stack ?? null).toBeNull();
    expect(JSON.stringify(body)).not.toContain('.ts:');
  });

  it('gives the client the field errors of a bad input', async () => {
    const { client } = await signedIn();
    const error = await client.initiative.create
      .mutate(initiativeInput({ title: { fi: ' ' } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    const clientError = error as TRPCClientError<AppRouter>;
    expect(clientError.message).toBe('Title in Finnish: The Finnish text is required.');
    expect(clientError.data?.httpStatus).toBe(400);
    expect(clientError.data?.fieldErrors).toEqual({ 'title.fi': ['The Finnish text is required.'] });
  });

  it('answers an unknown initiative with 404', async () => {
    const { jar } = await signedIn();
    const response = await trpcGet(
      'initiative.get',
      { id: '3b1f5d2e-8c4a-4e1b-9f2d-7a6c5b4e3d21' },
      jar.cookie ?? undefined,
    );
    expect(response.status).toBe(404);
  });

  it('refuses a body over 2 MB with 413', async () => {
    const { jar } = await signedIn();
    const response = await fetch(`${baseUrl}/trpc/initiative.create`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: jar.cookie ?? '' },
      body: JSON.stringify({ json: { title: { fi: 'x'.repeat(3 * 1024 * 1024) } } }),
    });
    expect(response.status).toBe(413);
  });
});
