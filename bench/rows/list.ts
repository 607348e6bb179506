/** The initiative list under load, each row with its raw SQL reference (issue 8). */
import type { InitiativeListInput } from '../../shared/initiative-filter.ts';
import type { InitiativeListResult } from '../../shared/initiative-list.ts';
import { rawListQuery } from '../raw-queries.ts';
import type { BenchContext, BenchRow, Figure } from '../row.ts';
import { formatMs, latencyStats } from '../stats.ts';
import { trpcQueryRows } from './trpc.ts';

const PAGE = 50;

/** The list as the client first asks for it: no filter, no sort (title order), page 1, Finnish. */
export const DEFAULT_LIST_INPUT: InitiativeListInput = {
  filter: {},
  sort: undefined,
  limit: PAGE,
  offset: 0,
  language: 'fi',
};

/** Three filters a secretariat uses together, and the commonest word of the portfolio. */
const FILTERED = {
  ministries: ['LVM', 'VM', 'TEM'] as const,
  statuses: ['planned', 'preparation', 'ongoing'] as const,
  themes: ['data_economy', 'open_data', 'ai', 'cybersecurity'] as const,
  text: 'data',
};

/** Page 181 of 200 on 10,000 initiatives; proportionally as deep on a smaller portfolio. */
const deepOffset = (context: BenchContext) =>
  Math.floor((context.portfolio.initiatives.length * 0.9) / PAGE) * PAGE;

const check = {
  apiKeys: (output: InitiativeListResult) => [String(output.total), ...output.items.map((item) => item.id)],
  rawKeys: (rows: Record<string, unknown>[]) => [
    String(rows[0]?.total ?? 0),
    ...rows.map((row) => String(row.id)),
  ],
};
const describe = (output: InitiativeListResult) => `${output.total.toLocaleString('en')} match`;

export const listRows: BenchRow[] = [
  ...trpcQueryRows({
    id: 'list-default',
    name: '`initiative.list` default page, 16 connections, p95',
    path: 'initiative.list',
    input: () => DEFAULT_LIST_INPUT,
    connections: 16,
    stat: 'p95',
    budget: { pglite: 30, postgres: 20 },
    describe,
    raw: { query: () => rawListQuery({ limit: PAGE, offset: 0 }), ...check },
  }),
  ...trpcQueryRows({
    id: 'list-filtered-search',
    name: '`initiative.list` 3 filters + "data", 16 connections, p95',
    path: 'initiative.list',
    input: () => ({
      filter: {
        ministries: [...FILTERED.ministries],
        statuses: [...FILTERED.statuses],
        themes: [...FILTERED.themes],
        text: FILTERED.text,
      },
      sort: undefined,
      limit: PAGE,
      offset: 0,
      language: 'fi',
    }),
    connections: 16,
    stat: 'p95',
    budget: { pglite: 60, postgres: 30 },
    describe,
    raw: {
      query: () =>
        rawListQuery({
          ministries: [...FILTERED.ministries],
          statuses: [...FILTERED.statuses],
          themes: [...FILTERED.themes],
          text: FILTERED.text,
          limit: PAGE,
          offset: 0,
        }),
      ...check,
    },
  }),
  ...trpcQueryRows({
    // "Which initiatives still lack a translation": six in ten of the portfolio do.
    id: 'list-missing-translations',
    name: '`initiative.list` missing Swedish or English (`missing=sv,en`), 16 connections, p95',
    path: 'initiative.list',
    input: () => ({ ...DEFAULT_LIST_INPUT, filter: { missingTranslations: ['sv', 'en'] } }),
    connections: 16,
    stat: 'p95',
    budget: { pglite: 30, postgres: 20 },
    describe,
    raw: {
      query: () => rawListQuery({ missingTranslations: ['sv', 'en'], limit: PAGE, offset: 0 }),
      ...check,
    },
  }),
  ...trpcQueryRows({
    id: 'list-deep-page',
    name: '`initiative.list` deep page (offset 9,000), 1 connection, p50',
    path: 'initiative.list',
    input: (context) => ({ ...DEFAULT_LIST_INPUT, offset: deepOffset(context) }),
    connections: 1,
    stat: 'p50',
    budget: { pglite: 10, postgres: 10 },
    describe,
    raw: { query: (context) => rawListQuery({ limit: PAGE, offset: deepOffset(context) }), ...check },
  }),
  {
    // The read cache answers repeated reads; this is what the first read after an edit costs.
    id: 'list-after-write',
    name: '`initiative.list` default page right after a write (a cache miss), 1 connection, p50',
    unit: 'ms',
    phase: 'online',
    async measure(context): Promise<Figure> {
      const { server } = context;
      const first = (await server.trpcQuery<InitiativeListResult>('initiative.list', DEFAULT_LIST_INPUT)).data
        .items[0];
      if (!first) throw new Error('The list is empty.');
      const latencies: number[] = [];
      const rounds = context.quick ? 10 : 40;
      for (let round = 0; round < rounds; round += 1) {
        // Archiving and restoring bumps the data version twice, as any edit would once.
        await server.trpcMutation('initiative.remove', { id: first.id });
        await server.trpcMutation('initiative.restore', { id: first.id });
        const started = performance.now();
        await server.trpcQuery('initiative.list', DEFAULT_LIST_INPUT);
        latencies.push(performance.now() - started);
      }
      const stats = latencyStats(latencies, 0, 0);
      return {
        value: stats.p50,
        detail: `${rounds} reads, each right after an archive and a restore; p95 ${formatMs(stats.p95)} ms`,
        extra: { stats },
      };
    },
  },
];
