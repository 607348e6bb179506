/**
 * Load generators with one way of counting: autocannon for HTTP (keep-alive connections, each
 * with one request in flight), and the same closed loop in process for the raw SQL reference.
 * Latencies are taken per response (autocannon's 'response' event, in fractional ms) and
 * summarised by bench/stats.ts for both, so API and raw figures compare like with like.
 */
import autocannon from 'autocannon';
import {
  type LatencyStats,
  type LoadOptions,
  latencyStats,
  type RunsSummary,
  summarizeRuns,
} from './stats.ts';

export interface HttpTarget {
  url: string;
  headers: Record<string, string>;
}

async function httpRun(target: HttpTarget, connections: number, seconds: number): Promise<LatencyStats> {
  const latencies: number[] = [];
  let failed = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: target.url, headers: target.headers, connections, duration: seconds, timeout: 30 },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else failed += 1;
    });
  });
  return latencyStats(latencies, failed + result.errors + result.timeouts, seconds);
}

/** An unmeasured warm-up, then `options.runs` measured runs of HTTP load at `connections`. */
export async function httpLoad(
  target: HttpTarget,
  connections: number,
  options: LoadOptions,
): Promise<RunsSummary> {
  if (options.warmupSeconds > 0) await httpRun(target, connections, options.warmupSeconds);
  const runs: LatencyStats[] = [];
  for (let run = 0; run < options.runs; run++) runs.push(await httpRun(target, connections, options.seconds));
  return summarizeRuns(runs);
}

async function closedLoopRun(
  call: () => Promise<unknown>,
  concurrency: number,
  seconds: number,
): Promise<LatencyStats> {
  const latencies: number[] = [];
  let failed = 0;
  const until = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      try {
        await call();
        latencies.push(performance.now() - started);
      } catch {
        failed += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencyStats(latencies, failed, seconds);
}

/** The same shape of load in process: `concurrency` calls in flight, each started when one ends. */
export async function closedLoopLoad(
  call: () => Promise<unknown>,
  concurrency: number,
  options: LoadOptions,
): Promise<RunsSummary> {
  if (options.warmupSeconds > 0) await closedLoopRun(call, concurrency, options.warmupSeconds);
  const runs: LatencyStats[] = [];
  for (let run = 0; run < options.runs; run++)
    runs.push(await closedLoopRun(call, concurrency, options.seconds));
  return summarizeRuns(runs);
}

/** Calls one at a time until `done` settles: what a user sees while something else runs. */
export async function readsUntil(
  done: Promise<unknown>,
  call: () => Promise<unknown>,
): Promise<LatencyStats> {
  let finished = false;
  const started = performance.now();
  const finish = () => {
    finished = true;
  };
  done.then(finish, finish);
  const latencies: number[] = [];
  let failed = 0;
  while (!finished) {
    const at = performance.now();
    try {
      await call();
      latencies.push(performance.now() - at);
    } catch {
      failed += 1;
    }
  }
  return latencyStats(latencies, failed, (performance.now() - started) / 1000);
}
