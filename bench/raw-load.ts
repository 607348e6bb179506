/**
 * The raw SQL reference under load: runs bench/raw-load.mjs in a Node process of its own, the
 * way the server runs, and summarises its latencies exactly as the API's (bench/stats.ts).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../server/project-root.ts';
import type { RawQuery } from './raw-queries.ts';
import { type LoadOptions, latencyStats, type RunsSummary, summarizeRuns } from './stats.ts';

/** The server's pool size (server/db/database.ts, openPostgres). */
export const SERVER_POOL_SIZE = 10;

/** Where the raw reference finds the database: the PGlite folder, or the PostgreSQL URL with its schema. */
export type RawTarget = { dataDir: string } | { url: string };

export interface RawLoadResult {
  /** The query's answer, for checking it found what the API found. */
  rows: Record<string, unknown>[];
  summary: RunsSummary;
}

export async function rawLoad(
  target: RawTarget,
  query: RawQuery,
  concurrency: number,
  options: LoadOptions,
): Promise<RawLoadResult> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bench/raw-load.mjs')], {
    cwd: PROJECT_ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  child.stdin.end(JSON.stringify({ ...target, poolSize: SERVER_POOL_SIZE, query, concurrency, ...options }));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`The raw SQL load failed (exit ${code}): ${errors.slice(0, 500)}`);
  const result = JSON.parse(output) as {
    rows: Record<string, unknown>[];
    runs: { latencies: number[]; errors: number; seconds: number }[];
  };
  const runs = result.runs.map((run) => latencyStats(run.latencies, run.errors, run.seconds));
  return { rows: result.rows, summary: summarizeRuns(runs) };
}
