import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database.ts';
import { createTestApp } from '../test/test-app.ts';
import { createTestDatabase } from '../test/test-database.ts';
import type { createApp } from './app.ts';

let database: Database;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createTestApp(database);
});
afterAll(() => database.close());
afterEach(() => vi.restoreAllMocks());

/** A sign-in as the wire carries it: the JSON text itself, with `\u0000` and `\ud800` escapes. */
async function login(jsonText: string, headers: Record<string, string> = {}) {
  const response = await app.request('/trpc/auth.login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: `{"json":${jsonText}}`,
  });
  const body = (await response.json()) as {
    error: {
      json: { message: string; data: { code: string; fieldErrors: Record<string, string[]> | null } };
    };
  };
  return { status: response.status, error: body.error.json };
}

describe('text that cannot be stored, over HTTP', () => {
  it('is 400 naming the field for a NUL byte or a lone surrogate, signed out, and nothing is logged', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const username of ['"a\\u0000"', '"a\\ud800"', '"\\udfffb"']) {
      const { status, error } = await login(`{"username":${username},"password":"secret-password"}`);
      expect(status, username).toBe(400);
      expect(error.data.code).toBe('BAD_REQUEST');
      expect(Object.keys(error.data.fieldErrors ?? {})).toEqual(['username']);
      expect(error.message).toMatch(/^User name: The text contains a character that cannot be stored/);
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('names a key of the input, and answers in the language asked for', async () => {
    const { status, error } = await login('{"username":"a","password":"b","x\\u0000":1}', {
      'X-Digisalkku-Language': 'fi',
    });
    expect(status).toBe(400);
    expect(error.data.fieldErrors).toEqual({
      'x\ufffd': [
        'Tekstissä on kohdassa 2 merkki, jota ei voi tallentaa (ohjausmerkki, kuten NUL-tavu, tai rikkinäinen merkki); poista se.',
      ],
    });
  });
});
