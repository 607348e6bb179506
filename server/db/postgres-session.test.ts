import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/test-database.ts';
import { type Database, queryRows } from './database.ts';

const url = process.env.DATABASE_URL;
let database: Database;

describe.skipIf(!url)('the PostgreSQL sessions of the pool', () => {
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('run without JIT: compiling the overview statement cost 2.1 of its 2.3 s at 10,000 initiatives', async () => {
    // Every pooled connection, not only the first: ask from several at once.
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => queryRows<{ jit: string }>(database.db, sql`show jit`)),
    );
    expect(answers.map((rows) => rows[0]?.jit)).toEqual(['off', 'off', 'off', 'off']);
  });
});
