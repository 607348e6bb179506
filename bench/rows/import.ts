/** Importing the portfolio over HTTP (the run's data setup) and by the CLI, and reading meanwhile. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../server/project-root.ts';
import type { BenchRow } from '../row.ts';
import { formatMs } from '../stats.ts';
import { prepareDatabase } from '../store.ts';

const IMPORT_BUDGET = { pglite: 10, postgres: 10 };

/** Runs the compiled CLI as a scheduled job would, and answers its wall time and output. */
function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ seconds: number; code: number; output: string }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--enable-source-maps', join(PROJECT_ROOT, 'dist/server/cli.js'), ...args],
    { cwd: PROJECT_ROOT, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve) =>
    child.on('exit', (code) =>
      resolve({ seconds: (performance.now() - started) / 1000, code: code ?? 1, output: output.trim() }),
    ),
  );
}

export const importRows: BenchRow[] = [
  {
    id: 'import-http',
    name: 'import of 10,000 records over HTTP (`POST /api/import`)',
    unit: 's',
    budget: IMPORT_BUDGET,
    phase: 'online',
    async measure({ lifecycle }) {
      const { seconds, summary, bytes } = lifecycle.httpImport;
      return {
        value: seconds,
        detail: `${summary.created} created of a ${(bytes / 1024 / 1024).toFixed(1)} MB digisalkku file, into an empty database`,
      };
    },
  },
  {
    id: 'read-during-import',
    name: 'a read while the import runs: worst latency',
    unit: 'ms',
    phase: 'online',
    async measure({ lifecycle }) {
      const reads = lifecycle.readsDuringImport;
      const lag = lifecycle.loopLagDuringImport;
      const lagText = lag
        ? `; server event-loop delay max ${formatMs(lag.maxMs)} / p99 ${formatMs(lag.p99Ms)} ms`
        : '';
      return {
        value: reads.max,
        detail: `${reads.count} default-page reads one after another: p50 ${formatMs(reads.p50)} / p95 ${formatMs(reads.p95)} ms${lagText}`,
        extra: { reads, loopLag: lag },
      };
    },
  },
  {
    id: 'import-cli',
    name: 'import of 10,000 records by the CLI (`npm run cli -- import`)',
    unit: 's',
    budget: IMPORT_BUDGET,
    phase: 'offline',
    async measure(context) {
      // A scheduled job imports into a database that exists: created and migrated beforehand, untimed.
      const env = await context.freshDatabaseEnv('cli');
      await prepareDatabase(env);
      const run = await runCli(['import', context.portfolioFile, '--format', 'digisalkku'], env);
      const summary = run.output.split('\n')[0] ?? '';
      return {
        value: run.seconds,
        detail: `the whole process (start, open, import, close) into an empty, migrated database: ${summary}`,
        ...(run.code === 0
          ? {}
          : { problem: `the CLI exited with ${run.code}: ${run.output.slice(0, 300)}` }),
      };
    },
  },
];
