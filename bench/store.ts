/**
 * Where the benchmark's data lives: a PGlite folder in the run's scratch folder, or a schema of
 * its own on the PostgreSQL of DATABASE_URL (dropped at the end). The server under test gets it
 * through its ordinary environment: DATA_DIR, or DATABASE_URL with the schema as search_path.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { readConfig } from '../server/config.ts';
import { openConfiguredDatabase } from '../server/open-database.ts';
import { createUser } from '../server/services/auth.ts';
import type { RawTarget } from './raw-load.ts';
import type { Engine } from './row.ts';

export const BENCH_USER = { username: 'bench', password: 'bench-password-not-secret' };

export interface BenchStore {
  engine: Engine;
  /** The server's environment for the benchmark's database. */
  env: NodeJS.ProcessEnv;
  /** Where the raw SQL reference finds the same database (the PGlite folder only once the server has stopped). */
  raw: RawTarget;
  /** Another empty database (for the CLI import), not yet created, in the server's environment. */
  fresh(name: string): Promise<NodeJS.ProcessEnv>;
  /** Drops the schemas (PostgreSQL); the scratch folder with the PGlite folders is the caller's. */
  cleanup(): Promise<void>;
}

/** A PostgreSQL URL whose connections use `schema` (the server reads `options` from the URL). */
export function schemaUrl(url: string, schema: string): string {
  const options = encodeURIComponent(`-c search_path=${schema}`);
  return `${url}${url.includes('?') ? '&' : '?'}options=${options}`;
}

export async function createStore(workDir: string, databaseUrl: string | undefined): Promise<BenchStore> {
  if (!databaseUrl) {
    const dataDir = join(workDir, 'data');
    return {
      engine: 'pglite',
      env: { DATA_DIR: dataDir },
      raw: { dataDir },
      fresh: async (name) => ({ DATA_DIR: join(workDir, `data-${name}`) }),
      cleanup: async () => {},
    };
  }
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  const prefix = `bench_${randomBytes(4).toString('hex')}`;
  const schemas: string[] = [];
  const create = async (schema: string) => {
    await admin.query(`create schema ${schema}`);
    schemas.push(schema);
    return schemaUrl(databaseUrl, schema);
  };
  const url = await create(prefix);
  return {
    engine: 'postgres',
    env: { DATABASE_URL: url },
    raw: { url },
    fresh: async (name) => ({ DATABASE_URL: await create(`${prefix}_${name}`) }),
    cleanup: async () => {
      // The snapshots taken in a schema are schemas of their own beside it (`<schema>_snap_…`).
      const snapshots = await admin.query<{ name: string }>(
        `select nspname as name from pg_namespace where nspname like $1`,
        [`${prefix}%\\_snap\\_%`],
      );
      for (const schema of [...schemas, ...snapshots.rows.map((row) => row.name)])
        await admin.query(`drop schema if exists "${schema}" cascade`);
      await admin.end();
    },
  };
}

/** Creates and migrates the database of `env` (as the server does at start), and closes it. */
export async function prepareDatabase(env: NodeJS.ProcessEnv, withBenchUser = false): Promise<void> {
  const database = await openConfiguredDatabase(readConfig(env));
  try {
    if (withBenchUser) {
      await createUser(database.db, {
        username: BENCH_USER.username,
        displayName: 'Benchmark',
        role: 'coordinator',
        ministry: null,
        password: BENCH_USER.password,
      });
    }
  } finally {
    await database.close();
  }
}
