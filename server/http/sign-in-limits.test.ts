import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { createTestApp } from '../test/test-app.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';
import { type AppOptions, createApp } from './app.ts';

let database: Database;
let owner: SessionUser;

beforeAll(async () => {
  database = await createTestDatabase();
  owner = await createTestUser(database, 'viewer');
});
afterAll(() => database.close());

/** The app as it runs behind one reverse proxy (TRUST_PROXY=1), so X-Forwarded-For names the client. */
const behindProxy = () =>
  createApp({
    database,
    version: 'test',
    sessionHours: 1,
    secureCookies: false,
    clientDir: null,
    trustProxy: 1,
  } as AppOptions);

type ErrorEntry = { error: { json: { message: string; data: { code: string; httpStatus: number } } } };

const signIn = (
  app: ReturnType<typeof createApp>,
  username: string,
  password: string,
  forwardedFor: string,
) =>
  app.request('/trpc/auth.login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ json: { username, password } }),
  });

/** A POST batch of `count` sign-ins with the given passwords, as `/trpc/auth.login,auth.login,…?batch=1`. */
function signInBatch(app: ReturnType<typeof createApp>, username: string, passwords: string[]) {
  const paths = passwords.map(() => 'auth.login').join(',');
  const body = Object.fromEntries(
    passwords.map((password, index) => [index, { json: { username, password } }]),
  );
  return app.request(`/trpc/${paths}?batch=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.200' },
    body: JSON.stringify(body),
  });
}

describe('batched calls', () => {
  it('refuses a batch with more than one sign-in, checking none of them', async () => {
    const app = behindProxy();
    const response = await signInBatch(app, owner.username, ['wrong', 'password']);
    expect(response.status).toBe(400);
    const entries = (await response.json()) as ErrorEntry[];
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(entry.error.json.data.code).toBe('BAD_REQUEST');
      expect(entry.error.json.message).toBe('Send the sign-in as a request of its own, not in a batch.');
    }
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('still accepts a batch of one sign-in, which is what the tRPC client sends', async () => {
    const response = await signInBatch(behindProxy(), owner.username, ['password']);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^digisalkku_session=/);
  });

  it('refuses a batch of more than 20 calls, such as 500 sign-ins in one request', async () => {
    const app = behindProxy();
    const huge = await signInBatch(app, owner.username, Array(500).fill('wrong'));
    expect(huge.status).toBe(400);
    const input = encodeURIComponent(JSON.stringify({}));
    const over = await app.request(`/trpc/${Array(21).fill('auth.me').join(',')}?batch=1&input=${input}`);
    expect(over.status).toBe(400);
    const atCap = await app.request(`/trpc/${Array(20).fill('auth.me').join(',')}?batch=1&input=${input}`);
    expect(atCap.status).toBe(200);
  });
});

describe('sign-in lockout', () => {
  it('lets the owner in from an address they signed in from before while an attacker has locked the name', async () => {
    const app = behindProxy();
    const home = '198.51.100.7';
    const attacker = '203.0.113.9';
    expect((await signIn(app, owner.username, 'password', home)).status).toBe(200);
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await signIn(app, owner.username, `guess ${attempt}`, attacker)).status).toBe(401);
    }
    const locked = await signIn(app, owner.username, 'password', attacker);
    expect(locked.status).toBe(429);
    // The proxy appends the real peer, so a forged entry on the left gains the attacker nothing.
    expect((await signIn(app, owner.username, 'password', `${home}, ${attacker}`)).status).toBe(429);
    expect((await signIn(app, owner.username, 'password', '192.0.2.44')).status).toBe(429);

    const fromHome = await signIn(app, owner.username, 'password', home);
    expect(fromHome.status).toBe(200);
    expect(fromHome.headers.get('set-cookie')).toMatch(/^digisalkku_session=/);
  });

  it('without TRUST_PROXY ignores X-Forwarded-For: a forged header is no new address', async () => {
    const user = await createTestUser(database, 'viewer');
    const app = createTestApp(database);
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await signIn(app, user.username, 'wrong', `192.0.2.${attempt}`)).status).toBe(401);
    }
    expect((await signIn(app, user.username, 'password', '192.0.2.99')).status).toBe(429);
  });
});
