import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInitiative, initiativeInput } from '../test/factories.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';
import { type Database, queryRows } from './database.ts';
import { dataVersion, writeTransaction } from './write-transaction.ts';

/**
 * Cached reads are only right if every table a read shows bumps the data version. A new table
 * fails here until it is either given the trigger (migration) or named as one no cached read
 * shows.
 */
const NOT_SHOWN_BY_CACHED_READS = [
  'data_version',
  'schema_migrations',
  'sessions',
  'users',
  'saved_views',
  'login_throttle',
  'login_known_addresses',
];

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('the data version', () => {
  it('is bumped by a trigger on every table a cached read shows', async () => {
    const tables = await queryRows<{ name: string; bumped: boolean }>(
      database.db,
      sql`select c.relname as name, exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
            where t.tgrelid = c.oid and p.proname = 'bump_data_version') as bumped
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where c.relkind = 'r' and n.nspname = current_schema()`,
    );
    const unbumped = tables.filter((t) => !t.bumped).map((t) => t.name);
    expect(unbumped.sort()).toEqual([...NOT_SHOWN_BY_CACHED_READS].sort());
    expect(tables.filter((t) => t.bumped).length).toBeGreaterThanOrEqual(6);
  });

  it('moves once per write transaction, and not for a read', async () => {
    const user = await createTestUser(database, 'coordinator');
    const before = await dataVersion(database.db);
    await createInitiative(database, user, initiativeInput());
    const afterOne = await dataVersion(database.db);
    expect(afterOne).toBe(before + 1);
    await writeTransaction(database.db, async (tx) => {
      await tx.execute(sql`update initiatives set summary_fi = summary_fi`);
      await tx.execute(sql`update initiatives set summary_fi = summary_fi`);
    });
    expect(await dataVersion(database.db)).toBe(afterOne + 1);
    await queryRows(database.db, sql`select count(*) from initiatives`);
    expect(await dataVersion(database.db)).toBe(afterOne + 1);
  });
});
