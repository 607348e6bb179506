import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Initiative } from '../../shared/initiative.ts';
import type { Snapshot } from '../../shared/snapshot.ts';
import { readConfig } from '../config.ts';
import { queryRows } from '../db/database.ts';
import { openConfiguredDatabase } from '../open-database.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { createUser } from '../services/auth.ts';
import { createInitiative } from '../services/initiative.ts';
import { initiativeInput, inputOf } from '../test/factories.ts';
import { signIn, trpcCall } from '../test/live-server.ts';

/**
 * The real server (the compiled bundle, production mode) is killed with SIGKILL while clients
 * write to it, and started again on the same data: every write it acknowledged is there, every
 * snapshot's seal holds, and it starts without anyone repairing anything (on PGlite the data
 * folder's lock, left by the dead process, is taken over). Several rounds, each killed at
 * another moment of the stream. On PostgreSQL (DATABASE_URL) the same against a schema of its own.
 */

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 3);
// How long the clients go on writing once every kind of write has been acknowledged, at most
// (each round kills at another moment up to this).
const EXTRA_MS = Number(process.env.CRASH_EXTRA_MS ?? 1500);
const MAIN = join(PROJECT_ROOT, 'dist/server/main.js');
const USER = { username: 'crash.coordinator', password: 'crash-password-not-secret' };
const url = process.env.DATABASE_URL;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A PostgreSQL URL whose connections use `schema`, as an operator would give it. */
const schemaUrl = (base: string, schema: string) =>
  `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;

interface Child {
  process: ChildProcess;
  origin: string;
  log: () => string;
}

/** `node dist/server/main.js` on the environment's database; resolves once /healthz says 200. */
async function startServer(env: NodeJS.ProcessEnv): Promise<Child> {
  const child = spawn(process.execPath, ['--enable-source-maps', MAIN], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', READ_CACHE_MB: '16', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start in 60 s:\n${output}`)), 60_000);
    child.stdout?.on('data', () => {
      const match = / at (http:\/\/[^/\s]+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server stopped (${code ?? signal}) before listening:\n${output}`));
    });
  });
  for (let waited = 0; ; waited += 20) {
    const response = await fetch(`${origin}/healthz`).catch(() => null);
    if (response?.ok) break;
    if (waited > 30_000) throw new Error(`/healthz never answered 200:\n${output}`);
    await sleep(20);
  }
  return { process: child, origin, log: () => output };
}

function kill(child: Child, signal: NodeJS.Signals): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.process.once('exit', () => resolve()));
  child.process.kill(signal);
  return exited;
}

/** What the clients were told was written, over all rounds. */
interface Acknowledged {
  created: { id: string; title: string }[];
  /** Saves of the one initiative every round edits: the version each was given and its text. */
  saved: { version: number; text: string }[];
  snapshots: string[];
}

/**
 * Writers against a running server until it dies: creators, one editor of a fixed initiative
 * (each save on the version the last one gave), one snapshot taker. Only a 2xx answer counts
 * as acknowledged; a request the kill cut off may or may not have been written.
 */
async function writeUntilKilled(
  child: Child,
  cookie: string,
  edited: string,
  acked: Acknowledged,
  extraMs: number,
) {
  const base = {
    created: acked.created.length,
    saved: acked.saved.length,
    snapshots: acked.snapshots.length,
  };
  let alive = true;
  let cutOff = 0;
  const call = <T>(kind: 'query' | 'mutation', path: string, input: unknown) =>
    trpcCall<T>(child.origin, cookie, kind, path, input);
  const loop = async (write: () => Promise<void>) => {
    while (alive) {
      try {
        await write();
      } catch (error) {
        // fetch fails when the connection died under the request: not acknowledged. Anything
        // else is a wrong answer from a live server.
        if (!(error instanceof TypeError) || alive) throw error;
        cutOff += 1;
      }
    }
  };
  const creator = () =>
    loop(async () => {
      const input = initiativeInput();
      const answer = await call<Initiative>('mutation', 'initiative.create', input);
      if (answer.status === 200 && answer.data)
        acked.created.push({ id: answer.data.id, title: input.title.fi });
      else if (alive) throw new Error(`initiative.create answered ${answer.status}`);
    });
  const editor = () =>
    loop(async () => {
      const read = await call<Initiative>('query', 'initiative.get', { id: edited });
      if (!read.data) throw new Error(`initiative.get answered ${read.status}`);
      const text = `Tallennus ${randomBytes(4).toString('hex')}.`;
      const answer = await call<Initiative>('mutation', 'initiative.update', {
        id: edited,
        version: read.data.version,
        data: inputOf(read.data, { summary: { fi: text } }),
      });
      if (answer.status === 200 && answer.data) acked.saved.push({ version: answer.data.version, text });
      else if (alive) throw new Error(`initiative.update answered ${answer.status}`);
    });
  const snapshotter = () =>
    loop(async () => {
      const answer = await call<Snapshot>('mutation', 'snapshot.create', {
        label: `Kesken ${acked.snapshots.length}`,
      });
      if (answer.status === 200 && answer.data) acked.snapshots.push(answer.data.id);
      else if (alive) throw new Error(`snapshot.create answered ${answer.status}`);
      await sleep(150);
    });
  const unexpected: string[] = [];
  const writers = [creator(), creator(), creator(), editor(), snapshotter()].map((w) =>
    w.catch((error: Error) => unexpected.push(error.message)),
  );
  // Mid-stream: once this round has acknowledged writes of every kind (a loaded machine makes the
  // first ones slow), then a moment more that differs from round to round.
  const started = performance.now();
  while (
    acked.created.length < base.created + 5 ||
    acked.saved.length <= base.saved ||
    acked.snapshots.length <= base.snapshots
  ) {
    if (performance.now() - started > 90_000 || unexpected.length > 0) break;
    await sleep(10);
  }
  await sleep(extraMs);
  // From here on a failed request is the kill's doing.
  alive = false;
  await kill(child, 'SIGKILL');
  await Promise.all(writers);
  expect(unexpected).toEqual([]);
  return { cutOff };
}

/** Everything acknowledged so far is on the restarted server, and every snapshot's seal holds. */
async function expectAllThere(child: Child, cookie: string, edited: string, acked: Acknowledged) {
  const call = <T>(kind: 'query' | 'mutation', path: string, input: unknown) =>
    trpcCall<T>(child.origin, cookie, kind, path, input);
  let found = 0;
  for (const created of acked.created) {
    const answer = await call<Initiative>('query', 'initiative.get', { id: created.id });
    expect(answer.status, `acknowledged initiative ${created.id}`).toBe(200);
    expect(answer.data?.title.fi).toBe(created.title);
    found += 1;
  }
  const now = (await call<Initiative>('query', 'initiative.get', { id: edited })).data as Initiative;
  const last = acked.saved.at(-1);
  if (last) {
    // The saves were one after another, so the last acknowledged one is the newest or was
    // followed only by one the kill cut off before its answer.
    expect(now.version).toBeGreaterThanOrEqual(last.version);
    const history =
      (
        await call<{ version: number; changes: { field: string; after: unknown }[] }[]>(
          'query',
          'initiative.history',
          { id: edited },
        )
      ).data ?? [];
    const texts = new Map(
      history.map((event) => [
        event.version,
        (event.changes.find((c) => c.field === 'summary')?.after as { fi?: string } | undefined)?.fi,
      ]),
    );
    for (const save of acked.saved)
      expect(texts.get(save.version), `save at version ${save.version}`).toBe(save.text);
    found += acked.saved.length;
  }
  // Every snapshot the server lists (also one taken as it died, if it got in) verifies.
  const listed = (await call<Snapshot[]>('query', 'snapshot.list', {})).data ?? [];
  const listedIds = new Set(listed.map((s) => s.id));
  for (const id of acked.snapshots) expect(listedIds.has(id), `acknowledged snapshot ${id}`).toBe(true);
  for (const snapshot of listed) {
    const checked = await call<Snapshot>('query', 'snapshot.get', { id: snapshot.id });
    expect(checked.data?.valid, `seal of snapshot ${snapshot.id}`).toBe(true);
  }
  found += acked.snapshots.length;
  return { found, snapshotsListed: listed.length };
}

interface Engine {
  name: string;
  env: NodeJS.ProcessEnv;
  /** The schemas of snapshots and the snapshot rows, read straight from the database (server stopped). */
  snapshotCounts(): Promise<{ schemas: number; rows: number }>;
  cleanup(): Promise<void>;
}

async function pgliteEngine(): Promise<Engine> {
  const dir = mkdtempSync(join(tmpdir(), 'digisalkku-crash-'));
  const dataDir = join(dir, 'data');
  return {
    name: 'pglite',
    env: { DATA_DIR: dataDir },
    async snapshotCounts() {
      const database = await openConfiguredDatabase(readConfig({ DATA_DIR: dataDir }));
      try {
        return await countSnapshots(database.db);
      } finally {
        await database.close();
      }
    },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresEngine(base: string): Promise<Engine> {
  const schema = `crash_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const env = { DATABASE_URL: schemaUrl(base, schema) };
  return {
    name: 'postgres',
    env,
    async snapshotCounts() {
      const database = await openConfiguredDatabase(readConfig(env));
      try {
        return await countSnapshots(database.db);
      } finally {
        await database.close();
      }
    },
    async cleanup() {
      const { rows } = await admin.query<{ name: string }>(
        `select nspname as name from pg_namespace where nspname = $1 or nspname like $2`,
        [schema, `${schema}\\_snap\\_%`],
      );
      for (const { name } of rows) await admin.query(`drop schema "${name}" cascade`);
      await admin.end();
    },
  };
}

async function countSnapshots(db: Parameters<typeof queryRows>[0]) {
  const [counts] = await queryRows<{ schemas: number; rows: number }>(
    db,
    sql`select (select count(*)::int from pg_namespace where nspname like current_schema() || '\\_snap\\_%') as schemas,
      (select count(*)::int from snapshots) as rows`,
  );
  return counts ?? { schemas: -1, rows: -1 };
}

beforeAll(() => {
  // The server under test is the bundle `npm start` runs; built here when a source is newer.
  execFileSync(process.execPath, ['scripts/build-server.mjs', '--if-stale'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  expect(existsSync(MAIN)).toBe(true);
}, 120_000);

// The engine the suite runs on (CI runs it once on each): PGlite, or PostgreSQL with DATABASE_URL.
const engines: [string, () => Promise<Engine>][] = url
  ? [['PostgreSQL (DATABASE_URL)', () => postgresEngine(url)]]
  : [['PGlite (DATA_DIR)', pgliteEngine]];

describe.each(engines)('a server killed with SIGKILL mid-stream, on %s', (_name, makeEngine) => {
  let engine: Engine;
  let edited: string;
  let child: Child | null = null;

  beforeAll(async () => {
    engine = await makeEngine();
    // Production mode seeds no one: the operator's first user, made with the server's own code.
    const database = await openConfiguredDatabase(readConfig(engine.env));
    try {
      const user = await createUser(database.db, {
        username: USER.username,
        displayName: 'Crash Coordinator',
        role: 'coordinator',
        ministry: null,
        password: USER.password,
      });
      edited = (await createInitiative(database.db, user, initiativeInput())).id;
    } finally {
      await database.close();
    }
  }, 60_000);
  afterAll(async () => {
    if (child) await kill(child, 'SIGKILL');
    await engine?.cleanup();
  });

  it(
    `keeps every acknowledged write and a valid seal on every snapshot, over ${ROUNDS} kills and restarts`,
    async () => {
      const acked: Acknowledged = { created: [], saved: [], snapshots: [] };
      const lines: string[] = [];
      child = await startServer(engine.env);
      for (let round = 1; round <= ROUNDS; round++) {
        const cookie = await signIn(child.origin, USER.username, USER.password);
        const before = acked.created.length + acked.saved.length + acked.snapshots.length;
        // Each round dies at another moment of the stream.
        const killAfter = Math.round((EXTRA_MS * round) / ROUNDS);
        const { cutOff } = await writeUntilKilled(child, cookie, edited, acked, killAfter);
        const acknowledged = acked.created.length + acked.saved.length + acked.snapshots.length - before;
        expect(acknowledged, 'writes acknowledged before the kill').toBeGreaterThan(0);
        const lockFile = join(engine.env.DATA_DIR ?? '', 'digisalkku.lock');
        if (engine.name === 'pglite')
          expect(existsSync(lockFile), 'the dead server left its lock').toBe(true);

        // Started again as an operator would: the same command, nothing removed or repaired.
        const started = performance.now();
        const dead = child;
        child = await startServer(engine.env).catch((error: Error) => {
          throw new Error(`${error.message}\n--- the killed server's output:\n${dead.log()}`);
        });
        const restartMs = performance.now() - started;
        if (engine.name === 'pglite') expect(Number(readFileSync(lockFile, 'utf8'))).toBe(child.process.pid);
        const { found, snapshotsListed } = await expectAllThere(
          child,
          await signIn(child.origin, USER.username, USER.password),
          edited,
          acked,
        );
        const total = acked.created.length + acked.saved.length + acked.snapshots.length;
        expect(found).toBe(total);
        lines.push(
          `round ${round}: killed ${killAfter} ms after the first writes of each kind, ${acknowledged} acknowledged (${cutOff} cut off), restart ${restartMs.toFixed(0)} ms, ${found}/${total} found, ${snapshotsListed} snapshots valid`,
        );
      }
      await kill(child, 'SIGTERM');
      child = null;
      // No half snapshot: a schema of copies for every snapshot row, and none without one.
      const counts = await engine.snapshotCounts();
      expect(counts.schemas).toBe(counts.rows);
      expect(counts.rows).toBeGreaterThanOrEqual(acked.snapshots.length);
      console.log(
        `crash (${engine.name}): ${ROUNDS} rounds; acknowledged ${acked.created.length} creates, ${acked.saved.length} saves, ${acked.snapshots.length} snapshots, all found; ${counts.rows} snapshot rows = ${counts.schemas} schemas\n  ${lines.join('\n  ')}`,
      );
    },
    ROUNDS * (EXTRA_MS + 150_000),
  );
});
