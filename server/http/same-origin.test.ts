import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { createTestApp } from '../test/test-app.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';
import type { createApp } from './app.ts';

/**
 * The session cookie is SameSite=Lax, which a sibling subdomain's form still carries. A
 * multipart form posted to auth.logout from a foreign origin once ended the session.
 */
let database: Database;
let app: ReturnType<typeof createApp>;
let user: SessionUser;
let cookie: string;

beforeAll(async () => {
  database = await createTestDatabase();
  user = await createTestUser(database, 'viewer');
  app = createTestApp(database);
  const login = await app.request('/trpc/auth.login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { username: user.username, password: 'password' } }),
  });
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
});
afterAll(() => database.close());

const me = async () => {
  const response = await app.request('/trpc/auth.me', { headers: { cookie } });
  return ((await response.json()) as { result: { data: { json: { username: string } | null } } }).result.data
    .json;
};

describe('state-changing /trpc calls from another site', () => {
  it('refuses a multipart form posted to auth.logout from a foreign origin, and the session lives', async () => {
    const form = new FormData();
    form.set('x', '1');
    const foreign: Record<string, string>[] = [
      { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { cookie, origin: 'https://sub.digisalkku.example' },
      { cookie, 'sec-fetch-site': 'same-site' },
      { cookie, origin: 'null' },
    ];
    for (const headers of foreign) {
      const response = await app.request('/trpc/auth.logout', { method: 'POST', headers, body: form });
      expect(response.status).toBe(403);
      const body = (await response.json()) as { error: { json: { data: { code: string } } } };
      expect(body.error.json.data.code).toBe('FORBIDDEN');
    }
    expect((await me())?.username).toBe(user.username);
  });

  it('still accepts the app itself and scripts without browser headers', async () => {
    const sameOrigin = await app.request('/trpc/savedView.list', {
      headers: { cookie, 'sec-fetch-site': 'same-origin' },
    });
    expect(sameOrigin.status).toBe(200);
    const script = await app.request('/trpc/auth.logout', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(script.status).toBe(200);
    expect(await me()).toBeNull();
  });
});
