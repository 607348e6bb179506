import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from '../../drizzle/schema/index.ts';
import { ConfigError } from '../config.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { shareTheLoop } from './fair-turns.ts';
import { type WriteWatch, watchWrites } from './write-watch.ts';

export type Schema = typeof schema;
/** A drizzle handle on either engine; transactions have the same type, so services take either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  close(): Promise<void>;
  /** Only on PGlite, whose every write passes through this process: see write-watch.ts. */
  writes?: WriteWatch;
}

/**
 * Opens the embedded PGlite database in `dataDir` (or in memory when `dataDir` is null,
 * for tests). The folder is locked so a second server fails fast instead of corrupting it.
 */
export async function openPglite(dataDir: string | null): Promise<Database> {
  const lock = dataDir ? acquireDataDirLock(dataDir) : null;
  let client: PGlite;
  try {
    // pg_trgm indexes the list's "any part" search (migration 0004).
    client = await PGlite.create({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  } catch (error) {
    lock?.release();
    throw new ConfigError(`Cannot open the PGlite data folder ${dataDir}: ${(error as Error).message}`);
  }
  const writes = watchWrites(client);
  shareTheLoop(client);
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    kind: 'pglite',
    writes,
    async close() {
      await client.close();
      lock?.release();
    },
  };
}

/**
 * Connects to PostgreSQL. `searchPath` puts every table in one schema (tests give each file
 * its own). The connection is tried at once so a bad URL stops start-up with one clear line.
 */
export async function openPostgres(url: string, options: { searchPath?: string } = {}): Promise<Database> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(
      'DATABASE_URL is not a valid URL; write it like postgres://user@host:5432/database.',
    );
  }
  if (!['postgres:', 'postgresql:'].includes(parsed.protocol)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  // node-postgres lets the URL's `options` replace the pool's own: taken out and put after ours,
  // so the URL may still set anything (even JIT back on), and JIT is off when it does not.
  const urlOptions = parsed.searchParams.get('options');
  parsed.searchParams.delete('options');
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: 10,
    connectionTimeoutMillis: 5000,
    application_name: 'digisalkku',
    // JIT off: the overview's one statement over 10,000 rows costs enough to be compiled, and
    // compiling took 2.1 of its 2.3 s on PostgreSQL 15 (146 ms without); no query of this app
    // runs long enough to win back LLVM's start-up. PGlite has no JIT.
    options: [
      '-c jit=off',
      ...(urlOptions ? [urlOptions] : []),
      ...(options.searchPath ? [`-c search_path=${options.searchPath}`] : []),
    ].join(' '),
  });
  // A client losing its server (a restart, pg_terminate_backend, a network cut) emits 'error';
  // with no listener that kills the process. The pool listens only while a client is idle, so
  // every client gets its own listener for the time it is checked out (between the statements
  // of a transaction). The statement in flight fails and answers 503; the pool then drops the
  // broken client and connects anew, so service resumes by itself.
  const lost = (error: Error) => console.error(`digisalkku: PostgreSQL connection lost: ${error.message}`);
  pool.on('error', lost);
  // drizzle's transaction() sends BEGIN before its try/finally, so a BEGIN on a connection that
  // has just died never gives its client back: each such request cost the pool a slot for good,
  // until none was left and every request waited for a connection that never came (seen in
  // server/security/outage-under-load.test.ts). So a client whose connection ends while it is
  // checked out is given back here (the pool drops it); its holder's own release is then a no-op.
  const checkedOut = new Set<pg.PoolClient>();
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_error, client) => checkedOut.delete(client));
  pool.on('connect', (client) => {
    client.on('error', lost);
    client.once('end', () => {
      if (!checkedOut.has(client)) return;
      const release = client.release;
      let released = false;
      client.release = (error?: Error | boolean) => {
        if (released) return;
        released = true;
        release(error);
      };
      client.release(new Error('The connection to PostgreSQL ended.'));
    });
  });
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    const where = `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
    throw new ConfigError(
      `Cannot connect to PostgreSQL at ${where}: ${(error as Error).message}. Check DATABASE_URL.`,
    );
  }
  return {
    db: drizzlePg(pool, { schema }) as unknown as Db,
    kind: 'postgres',
    close: () => pool.end(),
  };
}

/** Rows of a raw SQL query; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Whether a handle (not a transaction) runs on PGlite, which has no autovacuum to tidy after it. */
export function isPglite(db: Db): boolean {
  return (db as { $client?: unknown }).$client instanceof PGlite;
}
