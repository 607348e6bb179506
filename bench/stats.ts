/** Latency statistics of load runs, computed the same way for the API and the raw SQL reference. */

export interface LoadOptions {
  /** Measured runs per figure; the figure is the median of the runs. */
  runs: number;
  seconds: number;
  /** An unmeasured run first, so caches and the JIT are warm. */
  warmupSeconds: number;
}

export interface LatencyStats {
  /** Successful requests measured. */
  count: number;
  errors: number;
  p50: number;
  p95: number;
  p97_5: number;
  max: number;
  /** Requests a second. */
  rps: number;
}

export interface RunsSummary {
  /** Each field the median of the runs' values. */
  median: LatencyStats;
  runs: LatencyStats[];
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}

export function latencyStats(latencies: number[], errors: number, seconds: number): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    errors,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p97_5: percentile(sorted, 0.975),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    rps: sorted.length / seconds,
  };
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

export function summarizeRuns(runs: LatencyStats[]): RunsSummary {
  const field = (key: keyof LatencyStats) => median(runs.map((run) => run[key]));
  return {
    runs,
    median: {
      count: field('count'),
      errors: Math.max(...runs.map((run) => run.errors)),
      p50: field('p50'),
      p95: field('p95'),
      p97_5: field('p97_5'),
      max: field('max'),
      rps: field('rps'),
    },
  };
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

/** "p50 4.1 / p95 9.8 / p97.5 12.0 ms, 830 req/s (median of 3 × 10 s)" */
export function describeRuns(summary: RunsSummary, options: LoadOptions): string {
  const { p50, p95, p97_5, rps, errors } = summary.median;
  const errorText = errors > 0 ? `, ${errors} errors` : '';
  return `p50 ${ms(p50)} / p95 ${ms(p95)} / p97.5 ${ms(p97_5)} ms, ${rps.toFixed(0)} req/s (median of ${options.runs} × ${options.seconds} s${errorText})`;
}

export { ms as formatMs };
