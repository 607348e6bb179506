import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../drizzle/schema/index.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { MAX_LOGIN_FAILURES, userForSession } from '../services/auth.ts';
import { errorShapeOf, rejectionOf } from '../test/factories.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';
import { createCallerFactory, createContextInner } from '../trpc.ts';
import { appRouter } from './_app.ts';

const createCaller = createCallerFactory(appRouter);
let database: Database;
let editor: SessionUser;

/** A caller that records the cookie writes the HTTP layer would turn into Set-Cookie headers. */
function withCookieJar(
  options: { user?: SessionUser | null; sessionToken?: string; sessionHours?: number } = {},
) {
  const cookies: { token: string | null; expiresAt: Date | undefined }[] = [];
  const caller = createCaller(
    createContextInner({
      database,
      ...options,
      setSessionCookie: (token, expiresAt) => cookies.push({ token, expiresAt }),
    }),
  );
  return { caller, cookies };
}

beforeAll(async () => {
  database = await createTestDatabase();
  editor = await createTestUser(database, 'editor', 'TEM');
});
afterAll(() => database.close());

describe('auth.login', () => {
  it('signs in, sets the session cookie and returns the user', async () => {
    const { caller, cookies } = withCookieJar({ sessionHours: 2 });
    const before = Date.now();
    const result = await caller.auth.login({ username: editor.username, password: 'password' });
    expect(result.user).toEqual(editor);
    expect(cookies).toHaveLength(1);
    const [cookie] = cookies;
    expect(cookie?.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const expires = cookie?.expiresAt?.getTime() ?? 0;
    expect(expires).toBeGreaterThanOrEqual(before + 2 * 3_600_000 - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 2 * 3_600_000 + 1000);
    expect(await userForSession(database.db, cookie?.token ?? undefined)).toEqual(editor);
  });

  it('accepts the user name in any case and with spaces around it', async () => {
    const { caller } = withCookieJar();
    const result = await caller.auth.login({
      username: `  ${editor.username.toUpperCase()} `,
      password: 'password',
    });
    expect(result.user.id).toBe(editor.id);
  });

  it('gives every sign-in its own session', async () => {
    const first = withCookieJar();
    const second = withCookieJar();
    await first.caller.auth.login({ username: editor.username, password: 'password' });
    await second.caller.auth.login({ username: editor.username, password: 'password' });
    expect(first.cookies[0]?.token).not.toBe(second.cookies[0]?.token);
  });

  it('answers a wrong password and an unknown user alike, with UNAUTHORIZED and no cookie', async () => {
    const { caller, cookies } = withCookieJar();
    const wrongPassword = await rejectionOf(
      caller.auth.login({ username: editor.username, password: 'Password' }),
    );
    const unknownUser = await rejectionOf(
      caller.auth.login({ username: 'nobody.here', password: 'password' }),
    );
    expect(wrongPassword.code).toBe('UNAUTHORIZED');
    expect(unknownUser.code).toBe('UNAUTHORIZED');
    expect(wrongPassword.message).toBe('Wrong user name or password.');
    expect(unknownUser.message).toBe(wrongPassword.message);
    expect(cookies).toEqual([]);
  });

  it('names the missing field when the user name is empty', async () => {
    const { caller } = withCookieJar();
    const error = await rejectionOf(caller.auth.login({ username: '   ', password: 'password' }));
    expect(error.code).toBe('BAD_REQUEST');
    const shape = errorShapeOf(error);
    expect(shape.message).toBe('User name: Write your user name.');
    expect(shape.data.fieldErrors).toEqual({ username: ['Write your user name.'] });
  });

  it('refuses a NUL byte or a broken character in the user name with BAD_REQUEST naming username, signed out', async () => {
    const { caller, cookies } = withCookieJar();
    for (const username of ['a\u0000', 'a\ud800', '\udc00b', `${editor.username}\u0000`]) {
      const error = await rejectionOf(caller.auth.login({ username, password: 'password' }));
      expect(error.code).toBe('BAD_REQUEST');
      const shape = errorShapeOf(error);
      expect(shape.message).toMatch(/^User name: The text contains a character that cannot be stored/);
      expect(Object.keys(shape.data.fieldErrors ?? {})).toEqual(['username']);
    }
    const password = await rejectionOf(
      caller.auth.login({ username: editor.username, password: 'pass\u0000' }),
    );
    expect(password.code).toBe('BAD_REQUEST');
    expect(Object.keys(errorShapeOf(password).data.fieldErrors ?? {})).toEqual(['password']);
    expect(cookies).toEqual([]);
  });

  it('refuses a NUL byte in a key of the input before anything else runs, naming its path', async () => {
    const { caller } = withCookieJar();
    const input = { username: editor.username, password: 'password', 'x\u0000': { 'y\ud800': 1 } };
    const error = await rejectionOf(caller.auth.login(input));
    expect(error.code).toBe('BAD_REQUEST');
    expect(Object.keys(errorShapeOf(error).data.fieldErrors ?? {})).toEqual(['x\ufffd', 'x\ufffd.y\ufffd']);
  });

  it('refuses a disabled user, and their open sessions stop working', async () => {
    const user = await createTestUser(database, 'viewer');
    const { caller, cookies } = withCookieJar();
    await caller.auth.login({ username: user.username, password: 'password' });
    await database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await userForSession(database.db, cookies[0]?.token ?? undefined)).toBeNull();
    await expect(caller.auth.login({ username: user.username, password: 'password' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      message: 'Wrong user name or password.',
    });
  });

  it('does not accept an expired session', async () => {
    const { caller, cookies } = withCookieJar();
    await caller.auth.login({ username: editor.username, password: 'password' });
    const token = cookies[0]?.token ?? undefined;
    expect(await userForSession(database.db, token)).not.toBeNull();
    await database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, editor.id));
    expect(await userForSession(database.db, token)).toBeNull();
  });
});

describe('auth.me', () => {
  it('is the signed-in user, or null', async () => {
    expect(await createCaller(createContextInner({ database, user: editor })).auth.me()).toEqual(editor);
    expect(await createCaller(createContextInner({ database })).auth.me()).toBeNull();
  });
});

describe('auth.logout', () => {
  it('ends the session and clears the cookie', async () => {
    const signIn = withCookieJar();
    await signIn.caller.auth.login({ username: editor.username, password: 'password' });
    const token = signIn.cookies[0]?.token ?? undefined;
    expect(token).toBeTruthy();

    const user = await userForSession(database.db, token);
    const signOut = withCookieJar({ user, ...(token ? { sessionToken: token } : {}) });
    expect(await signOut.caller.auth.logout()).toEqual({ ok: true });
    expect(signOut.cookies).toEqual([{ token: null, expiresAt: undefined }]);
    expect(await userForSession(database.db, token)).toBeNull();
  });

  it('is harmless without a session', async () => {
    const { caller, cookies } = withCookieJar();
    expect(await caller.auth.logout()).toEqual({ ok: true });
    expect(cookies).toEqual([{ token: null, expiresAt: undefined }]);
  });
});

describe('sign-in throttle', () => {
  it('locks a user name after repeated failures, even for the right password, and counts nothing for others', async () => {
    const victim = await createTestUser(database, 'viewer');
    const { caller } = withCookieJar();
    for (let attempt = 0; attempt < MAX_LOGIN_FAILURES; attempt++) {
      await expect(caller.auth.login({ username: victim.username, password: 'wrong' })).rejects.toMatchObject(
        {
          code: 'UNAUTHORIZED',
        },
      );
    }
    await expect(
      caller.auth.login({ username: victim.username, password: 'password' }),
    ).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
    const other = await createTestUser(database, 'viewer');
    await expect(
      caller.auth.login({ username: other.username, password: 'password' }),
    ).resolves.toMatchObject({
      user: { id: other.id },
    });
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    const user = await createTestUser(database, 'viewer');
    const { caller } = withCookieJar();
    for (let attempt = 0; attempt < MAX_LOGIN_FAILURES - 1; attempt++) {
      await expect(caller.auth.login({ username: user.username, password: 'wrong' })).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      });
    }
    await caller.auth.login({ username: user.username, password: 'password' });
    await expect(caller.auth.login({ username: user.username, password: 'wrong' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(caller.auth.login({ username: user.username, password: 'password' })).resolves.toBeTruthy();
  });
});
