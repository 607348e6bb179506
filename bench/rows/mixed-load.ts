/**
 * Readers and writers at once (issue: nothing is lost): 200 connections reading what a page
 * reads — the list, the overview, an initiative — while 10 writers save initiatives with their
 * versions, each write making every cached answer stale. Printed, not judged: the figure is the
 * readers' p99; any error (a reader's non-2xx, a writer's answer other than success or
 * CONFLICT) makes it CHECK. A CONFLICT is the versioned write doing its job, counted apart and
 * retried on a fresh read. Its duration is BENCH_MIXED_SECONDS (default 60, 10 with --quick).
 */
import autocannon from 'autocannon';
import superjson from 'superjson';
import { type Initiative, toInitiativeData } from '../../shared/initiative.ts';
import type { BenchRow, Figure } from '../row.ts';
import type { BenchServer } from '../server.ts';
import { formatMs, percentile } from '../stats.ts';

const READERS = 200;
const WRITERS = 10;
/** Writers share these initiatives two by two, so some saves meet another's and get CONFLICT. */
const WRITTEN = 5;

const seconds = (quick: boolean) => Number(process.env.BENCH_MIXED_SECONDS ?? (quick ? 10 : 60));

interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rps: number;
}

function summarize(latencies: number[], seconds: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? Number.NaN,
    rps: sorted.length / seconds,
  };
}

/** A query's path as the client sends it (a batch of one), relative to the origin. */
const queryPath = (server: BenchServer, path: string, input: unknown) =>
  server.trpcUrl(path, input).slice(server.origin.length);

/** The readers: autocannon's connections, each cycling through the mix. */
async function readers(server: BenchServer, ids: string[], duration: number) {
  const mix = [
    queryPath(server, 'initiative.list', { limit: 50, offset: 0, language: 'fi' }),
    queryPath(server, 'stats.overview', {}),
    ...ids.slice(0, 8).map((id) => queryPath(server, 'initiative.get', { id })),
    queryPath(server, 'initiative.list', { filter: { text: 'data' }, limit: 50, offset: 0, language: 'fi' }),
    queryPath(server, 'stats.overview', { filter: { leadMinistries: ['LVM'] } }),
  ];
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: server.origin,
        headers: server.headers(),
        connections: READERS,
        duration,
        timeout: 30,
        requests: mix.map((path) => ({ method: 'GET' as const, path })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      statuses.set(statusCode, (statuses.get(statusCode) ?? 0) + 1);
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  const failed = [...statuses]
    .filter(([status]) => status < 200 || status >= 300)
    .reduce((n, [, c]) => n + c, 0);
  return {
    stats: summarize(latencies, duration),
    errors: failed + result.errors + result.timeouts,
    statuses: Object.fromEntries(statuses),
  };
}

type BatchAnswer = [
  {
    result?: { data: Parameters<typeof superjson.deserialize>[0] };
    error?: { json: { data: { code: string } } };
  },
];

/** The writers: read, change the summary, save with the version read; on CONFLICT read again. */
async function writers(server: BenchServer, ids: string[], duration: number) {
  const until = performance.now() + duration * 1000;
  const latencies: number[] = [];
  let saved = 0;
  let conflicts = 0;
  const errors: string[] = [];
  const writer = async (n: number) => {
    const id = ids[n % WRITTEN] as string;
    for (let write = 0; performance.now() < until; write++) {
      const read = await fetch(server.trpcUrl('initiative.get', { id }), { headers: server.headers() });
      const readBody = (await read.json()) as BatchAnswer;
      if (!read.ok || !readBody[0].result) {
        errors.push(`initiative.get ${read.status}`);
        continue;
      }
      const current = superjson.deserialize<Initiative>(readBody[0].result.data);
      const started = performance.now();
      const response = await fetch(`${server.origin}/trpc/initiative.update?batch=1`, {
        method: 'POST',
        headers: { ...server.headers(), 'content-type': 'application/json' },
        body: JSON.stringify({
          0: superjson.serialize({
            id,
            version: current.version,
            data: {
              ...toInitiativeData(current),
              summary: { ...current.summary, fi: `Kuormitus ${n}.${write}` },
            },
          }),
        }),
      });
      const body = (await response.json()) as BatchAnswer;
      if (response.ok) {
        latencies.push(performance.now() - started);
        saved += 1;
      } else if (body[0].error?.json.data.code === 'CONFLICT') conflicts += 1;
      else errors.push(`initiative.update ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, n) => writer(n)));
  return { stats: summarize(latencies, duration), saved, conflicts, errors };
}

export const mixedLoadRow: BenchRow = {
  id: 'mixed-load-200r-10w',
  name: '200 readers (list, overview, get) and 10 writers (versioned saves) at once, readers p99',
  unit: 'ms',
  phase: 'online',
  async measure(context): Promise<Figure> {
    const { server } = context;
    const duration = seconds(context.quick);
    const list = await server.trpcQuery<{ items: { id: string }[] }>('initiative.list', { limit: 20 });
    const ids = list.data.items.map((item) => item.id);
    if (ids.length < WRITTEN) throw new Error('The portfolio has too few initiatives to write.');
    // The writers start with the readers; both run for the same time.
    const [read, written] = await Promise.all([
      readers(server, ids, duration),
      writers(server, ids.slice(0, WRITTEN), duration),
    ]);
    const errors = read.errors + written.errors.length;
    const r = read.stats;
    const w = written.stats;
    return {
      value: r.p99,
      detail: `${duration} s: reads p50 ${formatMs(r.p50)} / p95 ${formatMs(r.p95)} / p99 ${formatMs(r.p99)} ms, ${r.rps.toFixed(0)} req/s; saves ${written.saved} (p50 ${formatMs(w.p50)} / p99 ${formatMs(w.p99)} ms), ${written.conflicts} CONFLICT retried; ${errors} errors`,
      extra: { seconds: duration, readers: read, writers: written },
      ...(errors > 0
        ? {
            problem: `${errors} errors: ${JSON.stringify(read.statuses)} ${written.errors.slice(0, 3).join('; ')}`,
          }
        : {}),
    };
  },
};
