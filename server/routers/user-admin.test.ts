import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../drizzle/schema/index.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { UserCreateInput } from '../../shared/user-admin.ts';
import { CLI_ACTOR } from '../cli.ts';
import type { Database } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import { auditHistory } from '../services/audit.ts';
import { login, userForSession } from '../services/auth.ts';
import { deactivateUser, updateUser } from '../services/user-admin.ts';
import { callerFor, UNKNOWN_ID } from '../test/caller.ts';
import { errorShapeOf, rejectionOf, uniqueWord } from '../test/factories.ts';
import { type LiveServer, serveApp } from '../test/live-server.ts';
import { createRoleUsers, createTestDatabase, createTestUser } from '../test/test-database.ts';
import { createCallerFactory, createContextInner } from '../trpc.ts';
import { type AppRouter, appRouter } from './_app.ts';

let database: Database;
let roles: Awaited<ReturnType<typeof createRoleUsers>>;
let live: LiveServer;
let baseUrl: string;
const as = (user: SessionUser | null) => callerFor(database, user);
const admin = () => as(roles.admin);
const GOOD_PASSWORD = 'kolme karhua ja seitsemän omenapuuta';

const newUser = (overrides: Partial<UserCreateInput> = {}): UserCreateInput => ({
  username: `${uniqueWord('u')}.testi`,
  displayName: 'Testi Käyttäjä',
  role: 'viewer',
  ministry: null,
  password: GOOD_PASSWORD,
  ...overrides,
});

/** A session of `username` as the sign-in opens one; its token as the cookie carries it. */
const signIn = async (username: string, password = GOOD_PASSWORD) =>
  (await login(database.db, username, password, 1)).token;

beforeAll(async () => {
  database = await createTestDatabase();
  roles = await createRoleUsers(database);
  live = await serveApp(database);
  baseUrl = live.baseUrl;
});
afterAll(async () => {
  await live.close();
  await database.close();
});

/** A browser over real HTTP: signs in through auth.login and keeps the session cookie. */
async function browser(username: string, password = GOOD_PASSWORD, language = 'en') {
  let cookie: string | null = null;
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${baseUrl}/trpc`,
        transformer: superjson,
        headers: () => ({ 'x-digisalkku-language': language, origin: baseUrl }),
        fetch: async (url, init) => {
          const headers = new Headers(init?.headers);
          if (cookie) headers.set('cookie', cookie);
          const response = await fetch(url, { ...init, headers } as RequestInit);
          for (const setCookie of response.headers.getSetCookie()) {
            const [pair = ''] = setCookie.split(';');
            cookie = pair.slice(pair.indexOf('=') + 1) ? pair : null;
          }
          return response;
        },
      }),
    ],
  });
  await client.auth.login.mutate({ username, password });
  return client;
}

/** 'OK', or the code of the refusal: over HTTP, from the server-side caller, or from a service. */
const codeOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof TRPCClientError) return (error.data as { code: string }).code;
    if (error instanceof TRPCError) return error.code;
    if (error instanceof DomainError) return error.kind;
    throw error;
  }
};

/** The message of a refusal over HTTP. */
const messageOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCClientError) return error.message;
    throw error;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
};

describe('who may administer users', () => {
  it('refuses every procedure to coordinators, editors and viewers (FORBIDDEN) and to no one signed in', async () => {
    const target = roles.viewer.id;
    for (const user of [roles.coordinator, roles.editor, roles.viewer, null]) {
      const caller = as(user);
      const calls = [
        caller.userAdmin.list(),
        caller.userAdmin.create(newUser()),
        caller.userAdmin.update({ id: target, displayName: 'X', role: 'admin', ministry: null }),
        caller.userAdmin.deactivate({ id: target }),
        caller.userAdmin.reactivate({ id: target }),
        caller.userAdmin.resetPassword({ id: target, password: GOOD_PASSWORD }),
      ];
      for (const call of calls)
        expect((await rejectionOf(call)).code).toBe(user ? 'FORBIDDEN' : 'UNAUTHORIZED');
    }
    const [row] = await database.db.select().from(users).where(eq(users.id, target));
    expect(row).toMatchObject({ role: 'viewer', disabledAt: null });
  });
});

describe('userAdmin.list', () => {
  it('lists every user with role, ministry, state and session activity, and no password hash', async () => {
    const token = await signIn(roles.editor.username, 'password');
    const list = await admin().userAdmin.list();
    const editor = list.find((user) => user.id === roles.editor.id);
    expect(editor).toMatchObject({
      username: roles.editor.username,
      displayName: roles.editor.displayName,
      role: 'editor',
      ministry: 'LVM',
      disabledAt: null,
      demo: false,
    });
    expect(editor?.activeSessions).toBeGreaterThanOrEqual(1);
    expect(editor?.lastSignInAt).toBeInstanceOf(Date);
    expect(editor?.lastSeenAt).toBeInstanceOf(Date);
    expect(editor?.passwordChangedAt).toBeInstanceOf(Date);
    expect(list.find((user) => user.id === roles.viewer.id)).toMatchObject({
      activeSessions: 0,
      lastSeenAt: null,
    });
    expect(JSON.stringify(list)).not.toMatch(/scrypt|passwordHash/);
    const names = list.map((user) => user.username);
    expect(names).toEqual([...names].sort());
    expect(await userForSession(database.db, token)).not.toBeNull();

    // A session idle past the timeout (60 minutes by default) is no longer counted as live.
    const idle = await createTestUser(database, 'viewer');
    await signIn(idle.username, 'password');
    await database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 2 * 3_600_000) })
      .where(eq(sessions.userId, idle.id));
    const idleRow = (await admin().userAdmin.list()).find((user) => user.id === idle.id);
    expect(idleRow?.activeSessions).toBe(0);
    expect(idleRow?.lastSeenAt).toBeInstanceOf(Date);
  });
});

describe('userAdmin.create', () => {
  it('creates a user who can sign in, lower-cases the name, and records it without the password', async () => {
    const input = newUser({ role: 'editor', ministry: 'VM', displayName: ' Eeva Editori ' });
    const { user, endedSessions } = await admin().userAdmin.create({
      ...input,
      username: ` ${input.username.toUpperCase()} `,
    });
    expect(endedSessions).toBe(0);
    expect(user).toMatchObject({
      username: input.username,
      displayName: 'Eeva Editori',
      role: 'editor',
      ministry: 'VM',
      activeSessions: 0,
      disabledAt: null,
    });
    const session = await login(database.db, input.username, GOOD_PASSWORD, 1);
    expect(session.user).toMatchObject({ id: user.id, role: 'editor', ministry: 'VM' });
    const [event] = await auditHistory(database.db, 'user', user.id);
    expect(event).toMatchObject({ action: 'create', version: 1, actorId: roles.admin.id });
    expect(event?.changes.map((change) => change.field)).toEqual([
      'username',
      'displayName',
      'role',
      'ministry',
    ]);
    expect(JSON.stringify(event)).not.toContain(GOOD_PASSWORD);
  });

  it('answers CONFLICT for a taken user name, in any letter case, beside the field', async () => {
    const error = await rejectionOf(
      admin().userAdmin.create(newUser({ username: roles.viewer.username.toUpperCase() })),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe(`The user name ${roles.viewer.username} is already in use; choose another.`);
    expect(errorShapeOf(error).data.fieldErrors).toEqual({ username: [error.message] });
  });

  it('requires a ministry of an editor and none of the other roles', async () => {
    const editor = await rejectionOf(admin().userAdmin.create(newUser({ role: 'editor', ministry: null })));
    expect(editor.code).toBe('BAD_REQUEST');
    expect(errorShapeOf(editor).data.fieldErrors).toEqual({
      ministry: ['An editor edits the initiatives of one ministry: choose the ministry.'],
    });
    for (const role of ['viewer', 'coordinator', 'admin'] as const) {
      const error = await rejectionOf(admin().userAdmin.create(newUser({ role, ministry: 'LVM' })));
      expect(errorShapeOf(error).data.fieldErrors).toEqual({
        ministry: ['Only an editor has a ministry; leave it empty for other roles.'],
      });
    }
    const bad = await rejectionOf(admin().userAdmin.create(newUser({ username: 'a b', displayName: '' })));
    expect(Object.keys(errorShapeOf(bad).data.fieldErrors ?? {}).sort()).toEqual(['displayName', 'username']);
  });

  it('applies the password policy: too short, on the common list, or containing the user name', async () => {
    const cases = [
      { password: 'lyhyt salasana', message: /^A password needs at least 15 characters\./ },
      { password: 'PasswordPassword', message: /list of common or leaked passwords/ },
      { password: 'Baseball12345678', message: /list of common or leaked passwords/ },
      { password: 'aaaaaaaaaaaaaaaaaaaa', message: /only repeats characters/ },
    ];
    for (const { password, message } of cases) {
      const error = await rejectionOf(admin().userAdmin.create(newUser({ password })));
      expect(error.code, password).toBe('BAD_REQUEST');
      expect(errorShapeOf(error).data.fieldErrors?.password?.[0], password).toMatch(message);
    }
    const input = newUser();
    const named = await rejectionOf(
      admin().userAdmin.create({ ...input, password: `${input.username} kesällä` }),
    );
    expect(errorShapeOf(named).data.fieldErrors?.password).toEqual([
      'The password must not contain the user name or the word digisalkku.',
    ]);
    expect(await database.db.$count(users, eq(users.username, input.username))).toBe(0);
  });

  it('words the refusal in the language of the request (Finnish)', async () => {
    const client = await browser(roles.admin.username, 'password', 'fi');
    const message = await messageOf(
      client.userAdmin.create.mutate(newUser({ password: 'monkey123456789!' })),
    );
    expect(message).toMatch(/Salasana on yleisten tai vuotaneiden salasanojen luettelossa/);
  });
});

describe('userAdmin.update', () => {
  it('ends the sessions of a user whose role or ministry changes, but not for a new name', async () => {
    const { user } = await admin().userAdmin.create(newUser({ role: 'editor', ministry: 'LVM' }));
    const first = await signIn(user.username);
    const renamed = await admin().userAdmin.update({
      id: user.id,
      displayName: 'Uusi Nimi',
      role: 'editor',
      ministry: 'LVM',
    });
    expect(renamed).toMatchObject({
      endedSessions: 0,
      user: { displayName: 'Uusi Nimi', activeSessions: 1 },
    });
    expect(await userForSession(database.db, first)).toMatchObject({ displayName: 'Uusi Nimi' });

    const moved = await admin().userAdmin.update({
      id: user.id,
      displayName: 'Uusi Nimi',
      role: 'editor',
      ministry: 'TEM',
    });
    expect(moved).toMatchObject({ endedSessions: 1, user: { ministry: 'TEM', activeSessions: 0 } });
    expect(await userForSession(database.db, first)).toBeNull();

    const second = await signIn(user.username);
    const promoted = await admin().userAdmin.update({
      id: user.id,
      displayName: 'Uusi Nimi',
      role: 'coordinator',
      ministry: null,
    });
    expect(promoted).toMatchObject({ endedSessions: 1, user: { role: 'coordinator', ministry: null } });
    expect(await userForSession(database.db, second)).toBeNull();
    expect((await auditHistory(database.db, 'user', user.id)).map((e) => [e.version, e.action])).toEqual([
      [4, 'update'],
      [3, 'update'],
      [2, 'update'],
      [1, 'create'],
    ]);
  });

  it('answers NOT_FOUND for an unknown user', async () => {
    const error = await rejectionOf(
      admin().userAdmin.update({ id: UNKNOWN_ID, displayName: 'X', role: 'viewer', ministry: null }),
    );
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'The user was not found; reload the list of users.',
    });
  });
});

describe('userAdmin.deactivate and reactivate', () => {
  it("ends a deactivated user's session at once: their next request over HTTP is signed out", async () => {
    const { user } = await admin().userAdmin.create(newUser({ role: 'coordinator' }));
    const person = await browser(user.username);
    const adminBrowser = await browser(roles.admin.username, 'password');
    expect(await person.auth.me.query()).toMatchObject({ id: user.id });
    expect(await codeOf(person.initiative.list.query({}))).toBe('OK');

    const done = await adminBrowser.userAdmin.deactivate.mutate({ id: user.id });
    expect(done).toMatchObject({ endedSessions: 1, user: { activeSessions: 0 } });
    expect(done.user.disabledAt).toBeInstanceOf(Date);
    expect(await person.auth.me.query()).toBeNull();
    expect(await codeOf(person.initiative.list.query({}))).toBe('UNAUTHORIZED');
    expect(await codeOf(browser(user.username))).toBe('UNAUTHORIZED');

    const again = await rejectionOf(admin().userAdmin.deactivate({ id: user.id }));
    expect(again).toMatchObject({ code: 'BAD_REQUEST', message: 'The user is already deactivated.' });

    const back = await adminBrowser.userAdmin.reactivate.mutate({ id: user.id });
    expect(back.user.disabledAt).toBeNull();
    expect(await (await browser(user.username)).auth.me.query()).toMatchObject({ id: user.id });
    expect(await codeOf(adminBrowser.userAdmin.reactivate.mutate({ id: user.id }))).toBe('BAD_REQUEST');
    expect((await auditHistory(database.db, 'user', user.id)).map((e) => e.action)).toEqual([
      'reactivate',
      'deactivate',
      'create',
    ]);
  });

  it('lets no admin deactivate or demote themselves', async () => {
    const self = await rejectionOf(admin().userAdmin.deactivate({ id: roles.admin.id }));
    expect(self).toMatchObject({
      code: 'FORBIDDEN',
      message: 'You cannot deactivate your own account; ask another administrator to do it.',
    });
    const demote = await rejectionOf(
      admin().userAdmin.update({
        id: roles.admin.id,
        displayName: 'Me',
        role: 'coordinator',
        ministry: null,
      }),
    );
    expect(demote).toMatchObject({ code: 'FORBIDDEN', message: /take the administrator role from yourself/ });
    // Renaming oneself is fine.
    const renamed = await admin().userAdmin.update({
      id: roles.admin.id,
      displayName: roles.admin.displayName,
      role: 'admin',
      ministry: null,
    });
    expect(renamed.user.role).toBe('admin');
  });

  it('lets another admin demote or deactivate an admin, as long as one active admin is left', async () => {
    const other = await createTestUser(database, 'admin');
    const token = await signIn(other.username, 'password');
    const done = await admin().userAdmin.update({
      id: other.id,
      displayName: other.displayName,
      role: 'viewer',
      ministry: null,
    });
    expect(done).toMatchObject({ endedSessions: 1, user: { role: 'viewer' } });
    expect(await userForSession(database.db, token)).toBeNull();
  });
});

describe('the last active administrator', () => {
  it('is never deactivated or demoted, even from the command line', async () => {
    const alone = await createTestDatabase();
    try {
      const only = await createTestUser(alone, 'admin');
      const disabled = await createTestUser(alone, 'admin');
      await deactivateUser(alone.db, CLI_ACTOR, disabled.id);
      const deactivate = await deactivateUser(alone.db, CLI_ACTOR, only.id).catch((error: Error) => error);
      expect(deactivate).toMatchObject({
        kind: 'CONFLICT',
        message: `${only.displayName} is the only active administrator. Make another user an administrator first, so that someone can still manage the users.`,
      });
      const demote = await updateUser(alone.db, CLI_ACTOR, {
        id: only.id,
        displayName: only.displayName,
        role: 'editor',
        ministry: 'LVM',
      }).catch((error: Error) => error);
      expect(demote).toMatchObject({ kind: 'CONFLICT' });
      // A deactivated admin is no safeguard, so demoting one is allowed.
      const demoted = await updateUser(alone.db, CLI_ACTOR, {
        id: disabled.id,
        displayName: disabled.displayName,
        role: 'viewer',
        ministry: null,
      });
      expect(demoted.user.role).toBe('viewer');
      const [row] = await alone.db.select().from(users).where(eq(users.id, only.id));
      expect(row).toMatchObject({ role: 'admin', disabledAt: null });
      expect((await auditHistory(alone.db, 'user', disabled.id))[0]?.actorName).toBe('Command line');
    } finally {
      await alone.close();
    }
  });
});

describe('userAdmin.resetPassword', () => {
  it('sets a new password that passes the policy and ends the sessions of whoever knew the old one', async () => {
    const { user } = await admin().userAdmin.create(newUser());
    const token = await signIn(user.username);
    const before = (await admin().userAdmin.list()).find((u) => u.id === user.id)?.passwordChangedAt;
    const weak = await rejectionOf(
      admin().userAdmin.resetPassword({ id: user.id, password: 'qwertyuiop123456' }),
    );
    expect(weak.message).toMatch(/list of common or leaked passwords/);
    expect(await userForSession(database.db, token)).not.toBeNull();

    const fresh = 'sininen polkupyörä ja vihreä kahvipannu';
    const done = await admin().userAdmin.resetPassword({ id: user.id, password: fresh });
    expect(done.endedSessions).toBe(1);
    expect(done.user.passwordChangedAt.getTime()).toBeGreaterThan(before?.getTime() ?? 0);
    expect(await userForSession(database.db, token)).toBeNull();
    expect(await codeOf(login(database.db, user.username, GOOD_PASSWORD, 1))).not.toBe('OK');
    expect((await login(database.db, user.username, fresh, 1)).user.id).toBe(user.id);
    const [event] = await auditHistory(database.db, 'user', user.id);
    expect(event).toMatchObject({ action: 'reset_password', changes: [{ field: 'passwordChangedAt' }] });
    expect(JSON.stringify(event)).not.toContain(fresh);
  });

  it("keeps the admin's own session when they reset their own password, and ends their others", async () => {
    const me = await createTestUser(database, 'admin');
    const here = await signIn(me.username, 'password');
    const elsewhere = await signIn(me.username, 'password');
    const caller = callerFor(database, me);
    // The context carries the token of the session the request came in (the cookie's).
    const withSession = createCallerFactory(appRouter)(
      createContextInner({ database, user: me, sessionToken: here }),
    );
    const done = await withSession.userAdmin.resetPassword({ id: me.id, password: GOOD_PASSWORD });
    expect(done.endedSessions).toBe(1);
    expect(await userForSession(database.db, here)).not.toBeNull();
    expect(await userForSession(database.db, elsewhere)).toBeNull();
    expect(await codeOf(caller.userAdmin.resetPassword({ id: UNKNOWN_ID, password: GOOD_PASSWORD }))).toBe(
      'NOT_FOUND',
    );
  });
});
