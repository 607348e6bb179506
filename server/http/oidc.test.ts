/**
 * Single sign-on through the real app over real HTTP, against a small OpenID Connect provider
 * on 127.0.0.1 (server/test/oidc-provider.ts): the browser's three hops (our login route →
 * the provider → our callback) are made by hand, with the cookies a browser would keep.
 */

import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { serve } from '@hono/node-server';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { users } from '../../drizzle/schema/index.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { type OidcConfig, readOidcConfig } from '../oidc-config.ts';
import { sessionCookieName } from '../services/auth.ts';
import { startOidcProvider, type TestOidcProvider } from '../test/oidc-provider.ts';
import { createTestApp } from '../test/test-app.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';
import { createApp } from './app.ts';
import { safeReturnTo } from './oidc-routes.ts';

let database: Database;
let provider: TestOidcProvider;
let server: ReturnType<typeof serve>;
let baseUrl: string;
let oidc: OidcConfig;

const ROLE_MAP = 'Digisalkku.Admin=admin,Digisalkku.Coordinator=coordinator,Digisalkku.Editor=editor';

function configFor(issuer: string, overrides: Record<string, string> = {}): OidcConfig {
  const config = readOidcConfig({
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_REDIRECT_URL: `${baseUrl}/api/auth/oidc/callback`,
    OIDC_ROLE_MAP: ROLE_MAP,
    ...overrides,
  });
  if (!config) throw new Error('No single sign-on configuration.');
  return config;
}

beforeAll(async () => {
  database = await createTestDatabase();
  let app: ReturnType<typeof createApp> | null = null;
  // The app needs its own address (the redirect URL) before it is made: bind first, then build.
  server = serve({
    fetch: (request) => (app ? app.fetch(request) : new Response('starting', { status: 503 })),
    port: 0,
    hostname: '127.0.0.1',
  });
  await new Promise<void>((resolve) =>
    server.listening ? resolve() : server.once('listening', () => resolve()),
  );
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = await startOidcProvider({ redirectUri: () => `${baseUrl}/api/auth/oidc/callback` });
  oidc = configFor(provider.issuer);
  app = createTestApp(database, { oidc });
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await provider.close();
  await database.close();
});

let subjectCounter = 0;
/** A new person at the provider, with these claims. */
function newPerson(claims: Record<string, unknown>) {
  subjectCounter += 1;
  const sub = `subject-${subjectCounter}-${Date.now()}`;
  provider.user = {
    sub,
    claims: {
      name: `Person ${subjectCounter}`,
      preferred_username: `person${subjectCounter}@vn.fi`,
      ...claims,
    },
  };
  return sub;
}

beforeEach(() => {
  provider.misbehave = {};
});

/** Cookies as a browser keeps them for the app's origin. */
class Jar {
  readonly cookies = new Map<string, string>();
  readonly setCookies: string[] = [];
  header(): Record<string, string> {
    const pairs = [...this.cookies].map(([name, value]) => `${name}=${value}`);
    return pairs.length ? { cookie: pairs.join('; ') } : {};
  }
  take(response: Response) {
    for (const setCookie of response.headers.getSetCookie()) {
      this.setCookies.push(setCookie);
      const [pair = ''] = setCookie.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value && !/max-age=0/i.test(setCookie)) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
  }
  get session() {
    return this.cookies.get(sessionCookieName(false));
  }
}

async function get(url: string, jar: Jar | null) {
  const response = await fetch(url, { redirect: 'manual', headers: jar?.header() ?? {} });
  jar?.take(response);
  return response;
}

/** The browser's way through a sign-in; `tamper` may change the provider's answer before it is followed. */
async function signIn(
  options: {
    jar?: Jar;
    returnTo?: string;
    tamper?: (callback: URL) => URL;
    beforeCallback?: (jar: Jar) => void;
  } = {},
) {
  const jar = options.jar ?? new Jar();
  const start = await get(
    `${baseUrl}/api/auth/oidc/login${options.returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(options.returnTo)}`}`,
    jar,
  );
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get('location') ?? '');
  expect(authorize.origin).toBe(provider.issuer);
  const atProvider = await get(authorize.href, null);
  expect(atProvider.status).toBe(302);
  let callback = new URL(atProvider.headers.get('location') ?? '');
  if (options.tamper) callback = options.tamper(callback);
  options.beforeCallback?.(jar);
  const back = await get(callback.href, jar);
  expect(back.status).toBe(302);
  return { jar, location: back.headers.get('location'), callback };
}

async function me(jar: Jar): Promise<SessionUser | null> {
  const response = await fetch(`${baseUrl}/trpc/auth.me`, { headers: jar.header() });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { result: { data: { json: SessionUser | null } } };
  return body.result.data.json;
}

const usersOf = (sub: string) =>
  database.db
    .select()
    .from(users)
    .where(and(eq(users.oidcIssuer, provider.issuer), eq(users.oidcSubject, sub)));

describe('GET /api/auth/oidc/status', () => {
  it('says single sign-on is on when configured, and off (with no routes) when not', async () => {
    const on = await fetch(`${baseUrl}/api/auth/oidc/status`);
    expect(await on.json()).toEqual({ enabled: true });

    const plain = createTestApp(database);
    expect(await (await plain.request('/api/auth/oidc/status')).json()).toEqual({ enabled: false });
    const login = await plain.request('/api/auth/oidc/login');
    expect(login.status).toBe(404);
    expect(((await login.json()) as { error: string }).error).toMatch(/single sign-on/i);
  });
});

describe('signing in', () => {
  it('creates the user with the mapped role and ministry and opens a working session', async () => {
    const sub = newPerson({
      roles: ['Digisalkku.Editor', 'Unrelated.Role'],
      ministry: 'lvm',
      name: 'Eeva Editori',
    });
    const { jar, location } = await signIn();
    expect(location).toBe('/');
    // Authorization code flow with PKCE S256, a state and a nonce.
    const asked = provider.lastAuthorization;
    expect(asked?.get('response_type')).toBe('code');
    expect(asked?.get('code_challenge_method')).toBe('S256');
    expect(asked?.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(asked?.get('state')).toBeTruthy();
    expect(asked?.get('nonce')).toBeTruthy();
    expect(asked?.get('scope')).toBe('openid profile email');

    const [row] = await usersOf(sub);
    expect(row).toMatchObject({ role: 'editor', ministry: 'LVM', displayName: 'Eeva Editori' });
    expect(row?.username).toBe(`person${subjectCounter}@vn.fi`);
    expect(await me(jar)).toEqual({
      id: row?.id,
      username: row?.username,
      displayName: 'Eeva Editori',
      role: 'editor',
      ministry: 'LVM',
    });
    // The session cookie is the app's own; the attempt cookie is gone after the callback.
    const session = jar.setCookies.find((cookie) => cookie.startsWith(`${sessionCookieName(false)}=`));
    expect(session).toContain('HttpOnly');
    expect(session).toContain('SameSite=Lax');
    expect([...jar.cookies.keys()]).toEqual([sessionCookieName(false)]);
  });

  it('gives the highest mapped role when the provider gives several', async () => {
    const sub = newPerson({ roles: ['Digisalkku.Editor', 'Digisalkku.Admin'], ministry: 'VM' });
    const { jar } = await signIn();
    expect((await me(jar))?.role).toBe('admin');
    expect((await usersOf(sub))[0]?.ministry).toBe('VM');
  });

  it('reuses the user on a second sign-in, keeping the first session while the rights stay', async () => {
    const sub = newPerson({ roles: ['Digisalkku.Coordinator'] });
    const first = await signIn();
    const second = await signIn();
    const rows = await usersOf(sub);
    expect(rows).toHaveLength(1);
    expect((await me(second.jar))?.id).toBe(rows[0]?.id);
    expect((await me(first.jar))?.id).toBe(rows[0]?.id);
  });

  it('brings role and name up to the claims and ends the sessions of the old rights', async () => {
    const sub = newPerson({ roles: ['Digisalkku.Admin'], name: 'Old Name' });
    const before = await signIn();
    expect((await me(before.jar))?.role).toBe('admin');
    provider.user.claims = { ...provider.user.claims, roles: ['Digisalkku.Coordinator'], name: 'New Name' };
    const after = await signIn();
    expect(await me(after.jar)).toMatchObject({ role: 'coordinator', displayName: 'New Name' });
    expect(await me(before.jar)).toBeNull();
    expect(await usersOf(sub)).toHaveLength(1);
  });

  it('reads roles and ministry from UserInfo when the ID token lacks them', async () => {
    const sub = newPerson({});
    provider.user.userInfo = { roles: 'Digisalkku.Editor', ministry: 'TEM' };
    const { jar, location } = await signIn();
    expect(location).toBe('/');
    expect(await me(jar)).toMatchObject({ role: 'editor', ministry: 'TEM' });
    expect((await usersOf(sub))[0]?.role).toBe('editor');
  });

  it('never links a provider identity to a local user of the same name', async () => {
    const local = await createTestUser(database, 'admin');
    const sub = newPerson({ roles: ['Digisalkku.Coordinator'], preferred_username: local.username });
    const { jar } = await signIn();
    const signedIn = await me(jar);
    expect(signedIn?.id).not.toBe(local.id);
    expect(signedIn?.username).not.toBe(local.username);
    expect(signedIn?.username.startsWith(`${local.username}.`)).toBe(true);
    expect((await usersOf(sub))[0]?.id).toBe(signedIn?.id);
  });

  it('signs out whoever was signed in in the same browser before', async () => {
    newPerson({ roles: ['Digisalkku.Coordinator'] });
    const { jar } = await signIn();
    const earlier = new Jar();
    const earlierToken = jar.session ?? '';
    earlier.cookies.set(sessionCookieName(false), earlierToken);
    newPerson({ roles: ['Digisalkku.Admin'] });
    await signIn({ jar });
    expect(jar.session).not.toBe(earlierToken);
    expect((await me(jar))?.role).toBe('admin');
    expect(await me(earlier)).toBeNull();
  });

  it('uses a __Host- Secure attempt cookie when the app is served over TLS', async () => {
    const secure = createApp({
      database,
      version: 'test',
      sessionHours: 1,
      secureCookies: true,
      clientDir: null,
      oidc,
    });
    const response = await secure.request('/api/auth/oidc/login');
    expect(response.status).toBe(302);
    const [cookie = ''] = response.headers.getSetCookie();
    expect(cookie.startsWith('__Host-digisalkku_sso=')).toBe(true);
    expect(cookie.split('; ')).toEqual(
      expect.arrayContaining(['Path=/', 'HttpOnly', 'Secure', 'SameSite=Lax']),
    );
  });
});

describe('returnTo', () => {
  it('lands on a same-origin path after signing in', async () => {
    newPerson({ roles: ['Digisalkku.Coordinator'] });
    expect((await signIn({ returnTo: '/initiatives?ministry=LVM#top' })).location).toBe(
      '/initiatives?ministry=LVM#top',
    );
  });

  it('ignores other origins, protocol-relative and backslash tricks', async () => {
    newPerson({ roles: ['Digisalkku.Coordinator'] });
    for (const returnTo of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
    ])
      expect((await signIn({ returnTo })).location).toBe('/');
  });

  it('accepts only same-origin page paths', () => {
    expect(safeReturnTo('/board?view=lanes')).toBe('/board?view=lanes');
    expect(safeReturnTo(undefined)).toBe('/');
    expect(safeReturnTo('')).toBe('/');
    expect(safeReturnTo('board')).toBe('/');
    expect(safeReturnTo('//evil.example')).toBe('/');
    expect(safeReturnTo('/\\evil.example')).toBe('/');
    expect(safeReturnTo('/%0d%0aSet-Cookie:x')).toBe('/%0d%0aSet-Cookie:x');
    expect(safeReturnTo('/\u0000x')).toBe('/');
    expect(safeReturnTo('/api/export?format=xlsx')).toBe('/');
    expect(safeReturnTo('/trpc/auth.me')).toBe('/');
    expect(safeReturnTo('/login')).toBe('/');
    expect(safeReturnTo(`/${'a'.repeat(3000)}`)).toBe('/');
  });
});

describe('refusals', () => {
  async function expectRefused(code: string, run: () => Promise<{ jar: Jar; location: string | null }>) {
    const { jar, location } = await run();
    expect(location).toBe(`/login?sso=${code}`);
    expect(jar.session).toBeUndefined();
    expect(await me(jar)).toBeNull();
  }

  it('refuses a user none of whose roles is mapped, without creating them', async () => {
    const sub = newPerson({ roles: ['Someone.Else'] });
    await expectRefused('noRole', () => signIn());
    newPerson({});
    await expectRefused('noRole', () => signIn());
    expect(await usersOf(sub)).toHaveLength(0);
  });

  it('ends the sessions of a known user whose role the provider has taken away', async () => {
    const sub = newPerson({ roles: ['Digisalkku.Admin'] });
    const { jar } = await signIn();
    expect((await me(jar))?.role).toBe('admin');
    provider.user.claims = { ...provider.user.claims, roles: [] };
    await expectRefused('noRole', () => signIn());
    expect(await me(jar)).toBeNull();
    // The user stays as they were (an administrator may still look them up); only the sessions end.
    expect((await usersOf(sub))[0]?.role).toBe('admin');
  });

  it('refuses an editor without one valid ministry code', async () => {
    newPerson({ roles: ['Digisalkku.Editor'] });
    await expectRefused('noMinistry', () => signIn());
    newPerson({ roles: ['Digisalkku.Editor'], ministry: 'XYZ' });
    await expectRefused('noMinistry', () => signIn());
    newPerson({ roles: ['Digisalkku.Editor'], ministry: ['LVM', 'VM'] });
    await expectRefused('noMinistry', () => signIn());
  });

  it('refuses a disabled user', async () => {
    const sub = newPerson({ roles: ['Digisalkku.Coordinator'] });
    const { jar } = await signIn();
    expect(await me(jar)).not.toBeNull();
    await database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.oidcSubject, sub));
    await expectRefused('disabled', () => signIn());
  });

  it('refuses an answer whose state is not this attempt, and a replayed answer', async () => {
    newPerson({ roles: ['Digisalkku.Coordinator'] });
    await expectRefused('state', () =>
      signIn({
        tamper: (callback) => {
          callback.searchParams.set('state', 'forged');
          return callback;
        },
      }),
    );
    // Without the attempt cookie (another browser, or the cookie expired).
    const { callback } = await signIn();
    const elsewhere = new Jar();
    const replay = await get(callback.href, elsewhere);
    expect(replay.headers.get('location')).toBe('/login?sso=state');
    expect(elsewhere.session).toBeUndefined();
  });

  it('refuses a forged attempt cookie', async () => {
    newPerson({ roles: ['Digisalkku.Coordinator'] });
    const forge = (jar: Jar) => {
      const [name = '', value = ''] = [...jar.cookies][0] ?? [];
      const [payload = ''] = value.split('.');
      jar.cookies.set(name, `${payload}.${Buffer.from('not the signature').toString('base64url')}`);
    };
    await expectRefused('state', () => signIn({ beforeCallback: forge }));
  });

  it.each([
    ['a wrong nonce', { nonce: 'someone-elses-nonce' }],
    ['a wrong audience', { audience: 'another-client' }],
    ['a wrong issuer', { issuer: 'https://impostor.example' }],
    ['a signature by another key', { wrongKey: true }],
    ['an expired ID token', { expired: true }],
  ])('refuses an ID token with %s', async (_what, misbehaviour) => {
    const sub = newPerson({ roles: ['Digisalkku.Admin'] });
    provider.misbehave = misbehaviour;
    const tokenRequests = provider.tokenRequests;
    await expectRefused('failed', () => signIn());
    expect(provider.tokenRequests).toBe(tokenRequests + 1);
    expect(await usersOf(sub)).toHaveLength(0);
  });

  it('says so when the user cancels at the provider', async () => {
    newPerson({ roles: ['Digisalkku.Admin'] });
    provider.misbehave = { deny: true };
    await expectRefused('denied', () => signIn());
  });

  it('says the provider is unavailable when it does not answer', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const app = createApp({
      database,
      version: 'test',
      sessionHours: 1,
      secureCookies: false,
      clientDir: null,
      oidc: configFor(`http://127.0.0.1:${port}`),
    });
    const response = await app.request('/api/auth/oidc/login');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/login?sso=unavailable');
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});
