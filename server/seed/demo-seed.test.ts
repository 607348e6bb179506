import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../drizzle/schema/index.ts';
import type { Database } from '../db/database.ts';
import { createUser } from '../services/auth.ts';
import { verifyPassword } from '../services/password.ts';
import { createTestDatabase } from '../test/test-database.ts';
import { DEMO_USERS, ensureDemoUsers } from './demo-seed.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
// Every test starts from a database without users, as demo mode's first start does.
afterEach(() => database.db.delete(users));
afterAll(() => database.close());

async function passwordWorks(username: string, password: string): Promise<boolean> {
  const [row] = await database.db.select().from(users).where(eq(users.username, username));
  if (!row) throw new Error(`No user ${username}.`);
  return verifyPassword(password, row.passwordHash);
}

describe('ensureDemoUsers', () => {
  it('creates the demo users in an empty database, and DEMO_PASSWORD later gives them a new password', async () => {
    const first = await ensureDemoUsers(database.db, null);
    expect(first.created).toBe(true);
    expect(first.password).toMatch(/^[A-Za-z0-9]{16}$/);
    for (const user of DEMO_USERS)
      expect(await passwordWorks(user.username, first.password ?? '')).toBe(true);

    const again = await ensureDemoUsers(database.db, 'new-demo-password');
    expect(again).toEqual({
      created: false,
      password: 'new-demo-password',
      reset: DEMO_USERS.map((user) => user.username).sort(),
    });
    for (const user of DEMO_USERS) expect(await passwordWorks(user.username, 'new-demo-password')).toBe(true);
  });

  it('never changes the password of a real user who happens to be called admin', async () => {
    await createUser(database.db, {
      username: 'admin',
      displayName: 'Real Administrator',
      role: 'admin',
      ministry: null,
      password: 'the-real-password',
    });
    expect(await ensureDemoUsers(database.db, 'x')).toEqual({ created: false, password: 'x', reset: [] });
    expect(await passwordWorks('admin', 'the-real-password')).toBe(true);
    expect(await passwordWorks('admin', 'x')).toBe(false);
  });

  it('gives DEMO_PASSWORD to the demo users only, not to a real user added beside them', async () => {
    await ensureDemoUsers(database.db, 'first');
    // An administrator replaced the demo viewer by a real person of the same name.
    await database.db.delete(users).where(eq(users.username, 'viewer'));
    await createUser(database.db, {
      username: 'viewer',
      displayName: 'Real Viewer',
      role: 'viewer',
      ministry: null,
      password: 'viewer-own-password',
    });
    const second = await ensureDemoUsers(database.db, 'second');
    expect(second.reset).toEqual(['admin', 'coordinator', 'editor.lvm']);
    expect(await passwordWorks('viewer', 'viewer-own-password')).toBe(true);
    expect(await passwordWorks('coordinator', 'second')).toBe(true);
  });
});
