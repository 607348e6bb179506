/**
 * `npm run bench`: the end-to-end benchmark (issue 8). It builds the server (and the client when
 * stale), generates a seeded synthetic portfolio (bench/portfolio.ts), starts the compiled
 * server as `npm run serve` does on an empty database of its own, imports the portfolio over
 * HTTP while reading, restarts it, and measures the rows of bench/rows/ over HTTP with autocannon,
 * each list row also as raw SQL through the same driver. It prints a table (figure, budget,
 * PASS/FAIL) and writes bench/results/<date>-<engine>.json. PGlite by default; PostgreSQL when
 * DATABASE_URL is set (in schemas of its own, dropped at the end). Not part of `npm test`.
 *
 *   npm run bench [-- --quick] [-- --rows=id,id] [-- --count=N --runs=N --seconds=N] [-- --keep]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer, clientIsStale } from '../scripts/build-server.mjs';
import { PROJECT_ROOT } from '../server/project-root.ts';
import { todayInFinland } from '../shared/dates.ts';
import type { InitiativeListResult } from '../shared/initiative-list.ts';
import { readsUntil } from './load.ts';
import { DEFAULT_COUNT, DEFAULT_SEED, generatePortfolio } from './portfolio.ts';
import { rawLoad } from './raw-load.ts';
import { printTable, type RowResult, rowResult, writeResults } from './report.ts';
import type { BenchContext, Figure, Lifecycle } from './row.ts';
import { ROWS } from './rows/index.ts';
import { DEFAULT_LIST_INPUT } from './rows/list.ts';
import { BenchServer } from './server.ts';
import type { LoadOptions } from './stats.ts';
import { BENCH_USER, createStore, prepareDatabase } from './store.ts';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    count: { type: 'string' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    seconds: { type: 'string' },
    rows: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const quick = args.quick ?? false;
const count = Number(args.count ?? (quick ? 2000 : DEFAULT_COUNT));
const seed = Number(args.seed ?? DEFAULT_SEED);
const load: LoadOptions = {
  runs: Number(args.runs ?? (quick ? 1 : 3)),
  seconds: Number(args.seconds ?? (quick ? 3 : 10)),
  warmupSeconds: quick ? 1 : 3,
};
const only = args.rows ? new Set(args.rows.split(',')) : null;
const engine = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const began = performance.now();
const loadAtStart = loadavg();
const elapsed = () => `${((performance.now() - began) / 1000).toFixed(0)} s`;
const say = (line: string) => console.log(`[${elapsed().padStart(5)}] ${line}`);

say(
  `digisalkku bench on ${engine}: ${count.toLocaleString('en')} initiatives, ${load.runs} × ${load.seconds} s a figure${quick ? ' (quick)' : ''}; load average ${loadAtStart.map((n) => n.toFixed(1)).join(' ')}`,
);
await buildServer({ quiet: true });
if (clientIsStale()) {
  say('building the client…');
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) throw new Error('Building the client failed.');
}

const workDir = mkdtempSync(join(tmpdir(), 'digisalkku-bench-'));
const portfolio = generatePortfolio({ count, seed });
const portfolioFile = join(workDir, 'portfolio.json');
const body = JSON.stringify(portfolio);
writeFileSync(portfolioFile, body);
say(`generated the portfolio (seed ${seed}, ${(body.length / 1024 / 1024).toFixed(1)} MB)`);

const store = await createStore(workDir, process.env.DATABASE_URL);
let server: BenchServer | null = null;
const figures = new Map<string, Figure | Error>();
const stopEverything = async () => {
  await server?.stop();
  await store.cleanup();
  if (!args.keep) rmSync(workDir, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  void stopEverything().finally(() => process.exit(130));
});

try {
  await prepareDatabase(store.env, true);
  server = await BenchServer.start(store.env, workDir);
  say(`server up on an empty database in ${server.startSeconds.toFixed(2)} s at ${server.origin}`);
  await server.signIn(BENCH_USER.username, BENCH_USER.password);

  // The data setup is the import row: the portfolio over HTTP, one read after another meanwhile.
  const importing = server;
  await importing.loopLag();
  const listUrl = importing.trpcUrl('initiative.list', DEFAULT_LIST_INPUT);
  const started = performance.now();
  const imported = fetch(`${importing.origin}/api/import?format=digisalkku`, {
    method: 'POST',
    headers: { cookie: importing.cookie, 'content-type': 'application/json' },
    body,
  }).then(async (response) => ({
    seconds: (performance.now() - started) / 1000,
    status: response.status,
    report: (await response.json()) as { summary?: Record<string, number>; error?: string },
  }));
  const readsDuringImport = await readsUntil(imported, async () => {
    const response = await fetch(listUrl, { headers: importing.headers() });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${response.status}`);
  });
  const { seconds, status, report } = await imported;
  if (status !== 200 || report.summary?.created !== count) {
    throw new Error(`The import answered ${status}: ${JSON.stringify(report).slice(0, 500)}`);
  }
  const loopLagDuringImport = await importing.loopLag();
  const rssAfterImportMb = importing.memory().rssMb;
  say(`imported ${count} initiatives over HTTP in ${seconds.toFixed(2)} s`);

  await importing.stop();
  server = await BenchServer.start(store.env, workDir);
  server.cookie = importing.cookie; // sessions live in the database
  const lifecycle: Lifecycle = {
    httpImport: { seconds, summary: report.summary ?? {}, bytes: body.length },
    readsDuringImport,
    loopLagDuringImport,
    rssAfterImportMb,
    restartSeconds: server.startSeconds,
    rssAfterStartMb: server.memory().rssMb,
  };
  say(`restarted on the imported data in ${server.startSeconds.toFixed(2)} s`);
  const search = await server.trpcQuery<InitiativeListResult>('initiative.list', {
    filter: { text: 'data' },
  });
  const active = await server.trpcQuery<InitiativeListResult>('initiative.list', {});
  say(
    `"data" finds ${search.data.total} of ${active.data.total} active initiatives (${((100 * search.data.total) / active.data.total).toFixed(1)} %)`,
  );

  const context: BenchContext = {
    engine,
    quick,
    portfolio,
    portfolioFile,
    workDir,
    load,
    lifecycle,
    server,
    rawLoad: (query, concurrency) => rawLoad(store.raw, query, concurrency, load),
    figures: new Map(),
    freshDatabaseEnv: (name) => store.fresh(name),
  };
  for (const phase of ['online', 'offline'] as const) {
    if (phase === 'offline') {
      await server.stop();
      say('server stopped');
    }
    for (const row of ROWS.filter((r) => r.phase === phase && (!only || only.has(r.id)))) {
      try {
        const figure = await row.measure(context);
        figures.set(row.id, figure);
        context.figures.set(row.id, figure);
        say(
          `${row.id}: ${figure.value.toFixed(2)} ${row.unit}${figure.problem ? ` (CHECK: ${figure.problem})` : ''}`,
        );
      } catch (error) {
        figures.set(row.id, error as Error);
        say(`${row.id}: ERROR ${(error as Error).message}`);
      }
    }
  }
} finally {
  await stopEverything();
}

const results: RowResult[] = ROWS.map((row) => rowResult(row, engine, figures.get(row.id)));
printTable(results);
const date = todayInFinland();
const file =
  quick || only
    ? join(tmpdir(), `digisalkku-bench-${date}-${engine}${quick ? '-quick' : '-partial'}.json`)
    : join(PROJECT_ROOT, 'bench/results', `${date}-${engine}.json`);
writeResults(
  file,
  {
    date,
    engine,
    quick,
    seconds: Math.round((performance.now() - began) / 1000),
    portfolio: { count, seed, bytes: body.length },
    load,
    // Other work on the machine skews every figure: kept beside them.
    loadAverage: { start: loadAtStart, end: loadavg() },
  },
  results,
);
say(
  `results written to ${file}; load average now ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
