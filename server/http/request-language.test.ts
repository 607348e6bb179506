import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { createTestApp } from '../test/test-app.ts';
import { createTestDatabase } from '../test/test-database.ts';
import type { createApp } from './app.ts';
import { requestLanguage } from './request-language.ts';

let database: Database;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createTestApp(database);
});
afterAll(() => database.close());

/** A sign-in without a password: a validation error whose message we read. */
async function loginMessage(headers: Record<string, string>): Promise<string> {
  const response = await app.request('/trpc/auth.login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ json: { username: 'someone', password: '' } }),
  });
  expect(response.status).toBe(400);
  return ((await response.json()) as { error: { json: { message: string } } }).error.json.message;
}

describe('the language of answers', () => {
  it('words validation messages in the language the request asks for, English by default', async () => {
    expect(await loginMessage({})).toBe('Password: Write your password.');
    expect(await loginMessage({ 'X-Digisalkku-Language': 'fi' })).toBe('Salasana: Kirjoita salasanasi.');
    expect(await loginMessage({ 'Accept-Language': 'sv-FI,sv;q=0.9,en;q=0.5' })).toBe(
      'Lösenord: Skriv ditt lösenord.',
    );
  });

  it('prefers the client header over Accept-Language, and ignores languages it does not speak', () => {
    const request = (headers: Record<string, string>) => new Request('http://localhost/', { headers });
    expect(requestLanguage(request({ 'X-Digisalkku-Language': 'sv', 'Accept-Language': 'fi' }))).toBe('sv');
    expect(
      requestLanguage(request({ 'X-Digisalkku-Language': 'de', 'Accept-Language': 'de-DE, fi;q=0.8' })),
    ).toBe('fi');
    expect(requestLanguage(request({ 'Accept-Language': 'de-DE' }))).toBe('en');
  });
});
