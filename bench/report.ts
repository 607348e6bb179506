/** The benchmark's table on stdout and its results file (bench/results/<date>-<engine>.json). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { PROJECT_ROOT } from '../server/project-root.ts';
import type { BenchRow, Engine, Figure, Unit } from './row.ts';

export type Verdict = 'PASS' | 'FAIL' | 'CHECK' | 'ERROR' | '–';

export interface RowResult {
  id: string;
  name: string;
  unit: Unit;
  value: number | null;
  budget: number | null;
  verdict: Verdict;
  detail: string;
  extra?: Record<string, unknown>;
}

export function rowResult(row: BenchRow, engine: Engine, outcome: Figure | Error | undefined): RowResult {
  const budget = row.budget?.[engine] ?? null;
  const base = { id: row.id, name: row.name, unit: row.unit, budget };
  if (outcome === undefined)
    return { ...base, value: null, verdict: '–', detail: 'not measured in this run' };
  if (outcome instanceof Error) return { ...base, value: null, verdict: 'ERROR', detail: outcome.message };
  const verdict: Verdict = outcome.problem
    ? 'CHECK'
    : budget === null
      ? '–'
      : outcome.value <= budget
        ? 'PASS'
        : 'FAIL';
  const detail = [outcome.detail, outcome.problem && `CHECK: ${outcome.problem}`].filter(Boolean).join('; ');
  return {
    ...base,
    value: outcome.value,
    verdict,
    detail,
    ...(outcome.extra ? { extra: outcome.extra } : {}),
  };
}

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null || Number.isNaN(value)) return '–';
  const digits = unit === '×' || unit === 's' ? 2 : unit === 'MB' ? 0 : value >= 100 ? 0 : 1;
  return unit === '×' ? `${value.toFixed(digits)} ×` : `${value.toFixed(digits)} ${unit}`;
}

export function printTable(results: RowResult[]): void {
  console.log('\n| row | figure | budget | result | how |\n|---|---|---|---|---|');
  for (const result of results) {
    const budget = result.budget === null ? 'printed' : `≤ ${formatValue(result.budget, result.unit)}`;
    const cells = [
      result.name,
      formatValue(result.value, result.unit),
      budget,
      result.verdict,
      result.detail,
    ];
    console.log(`| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`);
  }
  const failed = results.filter((result) => result.verdict !== 'PASS' && result.verdict !== '–');
  console.log(
    `\n${results.length} rows: ${results.filter((r) => r.verdict === 'PASS').length} within budget, ${failed.length} not (${failed.map((r) => `${r.id} ${r.verdict}`).join(', ') || 'none'}).`,
  );
}

function gitState(): { commit: string | null; dirty: boolean | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    return { commit, dirty: status.trim() !== '' };
  } catch {
    return { commit: null, dirty: null };
  }
}

export function writeResults(file: string, run: Record<string, unknown>, results: RowResult[]): void {
  const processor = cpus();
  const document = {
    ...run,
    ...gitState(),
    machine: {
      cores: processor.length,
      cpu: processor[0]?.model ?? null,
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    rows: results,
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  // A committed results file is formatted as the repository's other JSON, so `npm run lint` passes.
  if (!relative(PROJECT_ROOT, file).startsWith('..')) {
    const biome = join(PROJECT_ROOT, 'node_modules/@biomejs/biome/bin/biome');
    execFileSync(process.execPath, [biome, 'format', '--write', file], {
      cwd: PROJECT_ROOT,
      stdio: 'ignore',
    });
  }
}
