import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/test-database.ts';
import { type Database, openPostgres, queryRows } from './database.ts';

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

  it('run without JIT also when DATABASE_URL carries options of its own, which it keeps', async () => {
    // node-postgres lets a URL's `options` replace the pool's: the bench's URL (a search path)
    // had turned JIT back on, and each large statement waited a second for LLVM.
    const withOptions = `${url}${url?.includes('?') ? '&' : '?'}options=${encodeURIComponent('-c statement_timeout=12345 -c application_name=from-url')}`;
    const opened = await openPostgres(withOptions, { searchPath: 'pg_catalog' });
    try {
      const [row] = await queryRows<{ jit: string; timeout: string; path: string }>(
        opened.db,
        sql`select current_setting('jit') as jit, current_setting('statement_timeout') as timeout, current_setting('search_path') as path`,
      );
      expect(row).toEqual({ jit: 'off', timeout: '12345ms', path: 'pg_catalog' });
    } finally {
      await opened.close();
    }
  });
});
