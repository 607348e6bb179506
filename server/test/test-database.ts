import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { SessionUser } from '../../shared/user.ts';
import { type Database, openPglite, openPostgres } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { createUser } from '../services/auth.ts';
import { ensureMinistries } from '../services/ministry.ts';
import { ensureScoring } from '../services/scoring-context.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or — when DATABASE_URL is
 * set (CI) — a PostgreSQL schema of its own, dropped again by close().
 */
export async function createTestDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  let database: Database;
  if (url) {
    const schema = `test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const inner = await openPostgres(url, { searchPath: schema });
    database = {
      ...inner,
      async close() {
        await inner.close();
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        // With the schemas of the snapshots taken in it (server/services/snapshot.ts names them after it).
        const { rows } = await dropper.query<{ name: string }>(
          `select nspname as name from pg_namespace where nspname like '${schema}\\_snap\\_%'`,
        );
        for (const { name } of rows) await dropper.query(`drop schema "${name}" cascade`);
        await dropper.query(`drop schema ${schema} cascade`);
        await dropper.end();
      },
    };
  } else {
    database = await openPglite(null);
  }
  await migrate(database.db);
  await ensureMinistries(database.db);
  await ensureScoring(database.db);
  return database;
}

let userCounter = 0;

/** A user with a unique name; the password is always `password`. */
export async function createTestUser(
  database: Database,
  role: SessionUser['role'],
  ministry: SessionUser['ministry'] = null,
): Promise<SessionUser> {
  userCounter += 1;
  return createUser(database.db, {
    username: `${role}.${userCounter}.${randomBytes(3).toString('hex')}`,
    displayName: `Test ${role} ${userCounter}${ministry ? ` (${ministry})` : ''}`,
    role,
    ministry,
    password: 'password',
  });
}

/** One user of each role (the editor of LVM), for a test file's callers. */
export async function createRoleUsers(database: Database) {
  return {
    admin: await createTestUser(database, 'admin'),
    coordinator: await createTestUser(database, 'coordinator'),
    editor: await createTestUser(database, 'editor', 'LVM'),
    viewer: await createTestUser(database, 'viewer'),
  };
}
