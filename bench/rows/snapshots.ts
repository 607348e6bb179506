/** Snapshots and meeting packs (issue 11): freezing 10,000, diffing two, and the files. */
import type { Snapshot } from '../../shared/snapshot.ts';
import type { BenchContext, BenchRow, Figure } from '../row.ts';
import { formatMs, latencyStats } from '../stats.ts';
import { DEFAULT_LIST_INPUT } from './list.ts';

/** The snapshots the rows take, in order: the diff row compares pairs of them. */
const taken: Snapshot[] = [];

/**
 * Changes between two snapshots, so their diff has something to tell: a few initiatives archived
 * and a few cards moved to the end of their tier (a rank change: the database places them).
 */
/** What changeSome archived: restored once the snapshots are taken, so the rows after see the portfolio they measured. */
const archived: string[] = [];

async function changeSome(context: BenchContext, round: number): Promise<void> {
  const { server } = context;
  const list = await server.trpcQuery<{ items: { id: string }[] }>('initiative.list', {
    limit: 10,
    offset: round * 10,
  });
  const ids = list.data.items.map((item) => item.id);
  if (ids.length < 10) throw new Error('The list has too few initiatives to change.');
  for (const id of ids.slice(0, 5)) {
    await server.trpcMutation('initiative.remove', { id });
    archived.push(id);
  }
  for (const id of ids.slice(5)) {
    const card = await server.trpcQuery<{ tier: string; priorityVersion: number }>('initiative.get', { id });
    await server.trpcMutation('board.move', {
      id,
      priorityVersion: card.data.priorityVersion,
      tier: card.data.tier,
    });
  }
}

async function download(context: BenchContext, path: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(`${context.server.origin}${path}`, { headers: context.server.headers() });
  const body = Buffer.from(await response.arrayBuffer());
  if (!response.ok)
    throw new Error(`${path} answered ${response.status}: ${body.toString('utf8').slice(0, 300)}`);
  return { ms: performance.now() - started, bytes: body.length };
}

function exportRow(format: 'xlsx' | 'pdf' | 'pptx' | 'csv', what: string): BenchRow {
  return {
    id: `export-${format}`,
    name: `${format.toUpperCase()} of ${what}, 1 connection, slowest of 3`,
    unit: 'ms',
    budget: { pglite: 3000, postgres: 3000 },
    phase: 'online',
    async measure(context): Promise<Figure> {
      const before = context.server.memory();
      const runs: { ms: number; bytes: number }[] = [];
      const compareTo = taken[0] ? `&compareTo=${taken[0].id}` : '';
      for (let run = 0; run < 3; run += 1)
        runs.push(await download(context, `/api/export/current.${format}?lang=fi${compareTo}`));
      const after = context.server.memory();
      const slowest = Math.max(...runs.map((r) => r.ms));
      return {
        value: slowest,
        detail: `${runs.map((r) => formatMs(r.ms)).join(' / ')} ms, ${(runs[0]?.bytes ?? 0) / 1024 > 1024 ? `${((runs[0]?.bytes ?? 0) / 1024 / 1024).toFixed(1)} MB` : `${((runs[0]?.bytes ?? 0) / 1024).toFixed(0)} KB`} a file${compareTo ? ', with the changes since the first snapshot' : ''}; server RSS ${before.rssMb.toFixed(0)} → ${after.rssMb.toFixed(0)} MB, peak (VmHWM) ${after.peakMb.toFixed(0)} MB`,
        extra: { runs, before, after },
      };
    },
  };
}

export const snapshotRows: BenchRow[] = [
  {
    id: 'snapshot-create',
    name: '`snapshot.create` of the whole portfolio (10,000), 1 connection, slowest of 3',
    unit: 'ms',
    budget: { pglite: 1500, postgres: 1500 },
    phase: 'online',
    async measure(context): Promise<Figure> {
      const latencies: number[] = [];
      for (let round = 0; round < 3; round += 1) {
        // A change between two snapshots, so their diff has something to tell.
        if (round > 0) await changeSome(context, round);
        const started = performance.now();
        taken.push(
          await context.server.trpcMutation<Snapshot>('snapshot.create', { label: `Bench ${round + 1}` }),
        );
        latencies.push(performance.now() - started);
      }
      // The raw-SQL rows at the end compare with the list rows' answers: the same active initiatives.
      for (const id of archived.splice(0)) await context.server.trpcMutation('initiative.restore', { id });
      return {
        value: Math.max(...latencies),
        detail: `${latencies.map(formatMs).join(' / ')} ms; ${taken[0]?.initiativeCount.toLocaleString('en')} initiatives each (copies of six tables, indexes, the SHA-256 seal)`,
      };
    },
  },
  {
    id: 'snapshot-diff',
    name: '`snapshot.diff` of two 10,000 snapshots (not cached), 1 connection, slowest of 3',
    unit: 'ms',
    budget: { pglite: 200, postgres: 200 },
    phase: 'online',
    async measure(context): Promise<Figure> {
      const [a, b, c] = taken;
      if (!a || !b || !c) throw new Error('The snapshot-create row takes the snapshots this row compares.');
      const latencies: number[] = [];
      let changed = 0;
      let removed = 0;
      // Each pair once: a repeated one would be the read cache's answer.
      for (const [from, to] of [
        [a, b],
        [b, c],
        [a, c],
      ] as const) {
        const started = performance.now();
        const answer = await context.server.trpcQuery<{ diff: { changed: unknown[]; removed: unknown[] } }>(
          'snapshot.diff',
          {
            from: from.id,
            to: to.id,
          },
        );
        latencies.push(performance.now() - started);
        changed += answer.data.diff.changed.length;
        removed += answer.data.diff.removed.length;
      }
      return {
        value: Math.max(...latencies),
        detail: `${latencies.map(formatMs).join(' / ')} ms; the database finds what may differ (narrow copies of the diff columns, milestones and impacts compared by id), only those read and diffed; ${changed} changed and ${removed} removed initiatives in all`,
      };
    },
  },
  exportRow('xlsx', 'every active initiative (about 10,000, every field)'),
  exportRow('csv', 'every active initiative (about 10,000)'),
  exportRow('pdf', 'the meeting pack of the whole portfolio'),
  exportRow('pptx', 'the meeting pack of the whole portfolio'),
  {
    id: 'list-during-exports',
    name: '`initiative.list` while two XLSX exports of 10,000 run, 1 connection, worst',
    unit: 'ms',
    budget: { pglite: 1000, postgres: 1000 },
    phase: 'online',
    async measure(context): Promise<Figure> {
      const { server } = context;
      let running = true;
      const exports = Promise.all([
        download(context, '/api/export/current.xlsx?lang=fi'),
        download(context, '/api/export/current.xlsx?lang=sv'),
      ]).finally(() => {
        running = false;
      });
      const latencies: number[] = [];
      let page = 0;
      while (running) {
        // A different page each time: the read cache would answer a repeated one without the database.
        const started = performance.now();
        await server.trpcQuery('initiative.list', { ...DEFAULT_LIST_INPUT, offset: (page % 150) * 50 });
        latencies.push(performance.now() - started);
        page += 1;
      }
      const files = await exports;
      const stats = latencyStats(latencies, 0, 0);
      return {
        value: Math.max(...latencies),
        detail: `${latencies.length} list reads during the two exports (${files.map((f) => formatMs(f.ms)).join(' and ')} ms, one at a time by the exports' queue); p50 ${formatMs(stats.p50)}, p95 ${formatMs(stats.p95)} ms`,
        extra: { stats },
      };
    },
  },
];
