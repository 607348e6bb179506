import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../drizzle/schema/index.ts';
import type { SessionUser } from '../../shared/user.ts';
import { ConfigError, readConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import {
  DEFAULT_IDLE_MINUTES,
  login,
  SECURE_SESSION_COOKIE,
  SESSION_COOKIE,
  TOUCH_INTERVAL_MS,
  userForSession,
} from '../services/auth.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';
import { createApp } from './app.ts';

let database: Database;
let clientDir: string;
let plain: ReturnType<typeof createApp>;
let secure: ReturnType<typeof createApp>;
let viewer: SessionUser;
let other: SessionUser;

const options = () => ({ database, version: 'test', sessionHours: 12, clientDir });
/** A cached read (the read cache's path) and an uncached one (tRPC's own): both check the session. */
const CACHED = '/trpc/ministry.list';
const UNCACHED = `/trpc/auth.me`;
const read = (app: ReturnType<typeof createApp>, path: string, cookie: string) =>
  app.request(path, { headers: { cookie } });
const mutate = (app: ReturnType<typeof createApp>, path: string, cookie: string, body: unknown = {}) =>
  app.request(path, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify(body),
  });
const signIn = async (user: SessionUser) => (await login(database.db, user.username, 'password', 12)).token;
const setCookieOf = (response: Response) => response.headers.getSetCookie().join('\n');
const meOf = async (response: Response) =>
  ((await response.json()) as { result: { data: { json: SessionUser | null } } }).result.data.json;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
/** Moves a session's last request `minutes` into the past. */
const idleFor = (token: string, minutes: number) =>
  database.db
    .update(sessions)
    .set({ lastSeenAt: sql`now() - make_interval(mins => ${minutes})` })
    .where(eq(sessions.tokenHash, hashOf(token)));

beforeAll(async () => {
  database = await createTestDatabase();
  clientDir = mkdtempSync(join(tmpdir(), 'digisalkku-client-'));
  writeFileSync(
    join(clientDir, 'index.html'),
    '<!doctype html><html><head><title>digisalkku</title></head><body></body></html>',
  );
  plain = createApp({ ...options(), secureCookies: false });
  secure = createApp({ ...options(), secureCookies: true });
  viewer = await createTestUser(database, 'viewer');
  other = await createTestUser(database, 'viewer');
});
afterAll(async () => {
  rmSync(clientDir, { recursive: true, force: true });
  await database.close();
});

describe('the idle timeout', () => {
  it(`ends a session after ${DEFAULT_IDLE_MINUTES} minutes without a request, on the cached and the uncached path`, async () => {
    const token = await signIn(viewer);
    const cookie = `${SESSION_COOKIE}=${token}`;
    await idleFor(token, DEFAULT_IDLE_MINUTES - 1);
    expect((await read(plain, CACHED, cookie)).status).toBe(200);
    expect(await meOf(await read(plain, UNCACHED, cookie))).toMatchObject({ id: viewer.id });
    await idleFor(token, DEFAULT_IDLE_MINUTES + 1);
    expect((await read(plain, CACHED, cookie)).status).toBe(401);
    expect(await meOf(await read(plain, UNCACHED, cookie))).toBeNull();
    expect(await userForSession(database.db, token)).toBeNull();
  });

  it('keeps an active session alive: a request moves its last-seen time, at most once a minute', async () => {
    const token = await signIn(viewer);
    await idleFor(token, 30);
    const lastSeen = async () => {
      const [row] = await database.db
        .select()
        .from(sessions)
        .where(eq(sessions.tokenHash, hashOf(token)));
      return row?.lastSeenAt.getTime() ?? 0;
    };
    const before = await lastSeen();
    expect(await userForSession(database.db, token)).not.toBeNull();
    const touched = await lastSeen();
    expect(Date.now() - touched).toBeLessThan(TOUCH_INTERVAL_MS);
    expect(touched).toBeGreaterThan(before);
    // Within the minute nothing is written again.
    expect(await userForSession(database.db, token)).not.toBeNull();
    expect(await lastSeen()).toBe(touched);
  });

  it('is read from SESSION_IDLE_MINUTES, within 5 minutes to a day', () => {
    expect(readConfig({}).sessionIdleMinutes).toBe(60);
    expect(readConfig({ SESSION_IDLE_MINUTES: '15' }).sessionIdleMinutes).toBe(15);
    for (const value of ['0', '4', '1441', 'soon', '2.5'])
      expect(() => readConfig({ SESSION_IDLE_MINUTES: value })).toThrow(ConfigError);
  });
});

describe('signing in and out', () => {
  it('gives a new token on every sign-in and ends the session the browser brought', async () => {
    const first = await signIn(viewer);
    const response = await plain.request('/trpc/auth.login', {
      method: 'POST',
      headers: {
        cookie: `${SESSION_COOKIE}=${first}`,
        'content-type': 'application/json',
        'sec-fetch-site': 'same-origin',
      },
      body: JSON.stringify({ json: { username: viewer.username, password: 'password' } }),
    });
    expect(response.status).toBe(200);
    const second = /digisalkku_session=([^;]+)/.exec(setCookieOf(response))?.[1];
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(await userForSession(database.db, first)).toBeNull();
    expect(await userForSession(database.db, second)).toMatchObject({ id: viewer.id });
  });

  it('signs out everywhere: every session of the user ends, another user keeps theirs', async () => {
    const tokens = [await signIn(viewer), await signIn(viewer), await signIn(viewer)];
    const others = await signIn(other);
    const response = await mutate(plain, '/trpc/auth.logoutEverywhere', `${SESSION_COOKIE}=${tokens[0]}`);
    expect(response.status).toBe(200);
    expect(setCookieOf(response)).toMatch(/digisalkku_session=;.*Max-Age=0/);
    for (const token of tokens) {
      expect(await userForSession(database.db, token)).toBeNull();
      expect((await read(plain, CACHED, `${SESSION_COOKIE}=${token}`)).status).toBe(401);
    }
    expect(await userForSession(database.db, others)).toMatchObject({ id: other.id });
    expect((await mutate(plain, '/trpc/auth.logoutEverywhere', '')).status).toBe(401);
  });

  it('ends a deactivated user at once, also on the cached path that remembers sessions', async () => {
    const user = await createTestUser(database, 'viewer');
    const cookie = `${SESSION_COOKIE}=${await signIn(user)}`;
    expect((await read(plain, CACHED, cookie)).status).toBe(200);
    expect((await read(plain, CACHED, cookie)).status).toBe(200);
    await database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect((await read(plain, CACHED, cookie)).status).toBe(401);
  });
});

describe('over TLS', () => {
  it('names the cookie __Host-, marks it Secure, Path=/ and no Domain, and reads only that name', async () => {
    const response = await secure.request('/trpc/auth.login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ json: { username: viewer.username, password: 'password' } }),
    });
    const cookie = setCookieOf(response);
    expect(cookie.startsWith(`${SECURE_SESSION_COOKIE}=`)).toBe(true);
    expect(cookie).toMatch(/; Path=\/;/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).not.toMatch(/Domain=/i);
    const token = cookie.slice(SECURE_SESSION_COOKIE.length + 1).split(';')[0] ?? '';
    expect(await meOf(await read(secure, UNCACHED, `${SECURE_SESSION_COOKIE}=${token}`))).toMatchObject({
      id: viewer.id,
    });
    // The unprefixed name, which a plain-HTTP page or a subdomain could set, is not believed.
    expect(await meOf(await read(secure, UNCACHED, `${SESSION_COOKIE}=${token}`))).toBeNull();
  });

  it('sends HSTS only when served over TLS', async () => {
    expect((await secure.request('/healthz')).headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect((await plain.request('/healthz')).headers.get('strict-transport-security')).toBeNull();
  });

  it('is the default in production mode, not in demo mode; COOKIE_SECURE decides when set', () => {
    expect(readConfig({}).secureCookies).toBe(true);
    expect(readConfig({}, { demo: true }).secureCookies).toBe(false);
    expect(readConfig({ COOKIE_SECURE: 'false' }).secureCookies).toBe(false);
    expect(readConfig({ COOKIE_SECURE: 'true' }, { demo: true }).secureCookies).toBe(true);
    expect(() => readConfig({ COOKIE_SECURE: 'yes' })).toThrow(/COOKIE_SECURE must be true or false/);
  });
});

describe('headers', () => {
  it('sends a CSP without unsafe-inline, with base-uri, form-action and object-src, and a nonce of its own per page', async () => {
    const pages = [await plain.request('/'), await plain.request('/initiatives')];
    const nonces = pages.map(
      (page) => /'nonce-([^']+)'/.exec(page.headers.get('content-security-policy') ?? '')?.[1],
    );
    for (const [index, page] of pages.entries()) {
      const policy = page.headers.get('content-security-policy') ?? '';
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      for (const directive of [
        "base-uri 'none'",
        "form-action 'self'",
        "object-src 'none'",
        "script-src 'self'",
        "frame-ancestors 'none'",
      ])
        expect(policy).toContain(directive);
      expect(await page.text()).toContain(`<meta property="csp-nonce" content="${nonces[index]}">`);
    }
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonces[0]).not.toBe(nonces[1]);
    expect((await plain.request('/healthz')).headers.get('content-security-policy')).toContain(
      "style-src 'self';",
    );
  });

  it('forbids storing every /trpc and /api answer, cached or not, signed in or not', async () => {
    const cookie = `${SESSION_COOKIE}=${await signIn(viewer)}`;
    const answers = [
      await read(plain, CACHED, cookie),
      await read(plain, CACHED, ''),
      await read(plain, UNCACHED, cookie),
      await read(plain, '/trpc/initiative.list', cookie),
      await read(plain, '/api/export/current.json', cookie),
      await read(plain, '/api/export/current.json', ''),
      await read(plain, '/api/no-such-thing', cookie),
    ];
    for (const answer of answers) expect(answer.headers.get('cache-control'), answer.url).toBe('no-store');
  });
});
