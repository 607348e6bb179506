/**
 * Rows for a tRPC query under load, with its raw SQL reference: the list rows use it, and so can
 * the board, overview and snapshot reads of later issues. One spec gives two rows: the API
 * figure (online) and API / raw SQL for the same query at the same concurrency (offline).
 */
import { httpLoad } from '../load.ts';
import type { RawQuery } from '../raw-queries.ts';
import type { BenchContext, BenchRow, Engine, Figure } from '../row.ts';
import { describeRuns, formatMs } from '../stats.ts';

export interface TrpcQuerySpec<Output> {
  id: string;
  name: string;
  /** The procedure, e.g. `initiative.list`. */
  path: string;
  /** The input; a promise when it needs to look something up first (an id of the imported data). */
  input(context: BenchContext): unknown;
  /**
   * A plain GET route instead of the procedure (the open-data feed): its address on the server,
   * which answers JSON; `path` and `input` then only name the row.
   */
  route?: string;
  connections: number;
  /** The percentile the budget is about. */
  stat: 'p50' | 'p95' | 'p97_5';
  budget: Partial<Record<Engine, number>>;
  /** A few words about the answer for the detail column ("1,234 match"). */
  describe?(output: Output): string;
  /** The same logical query in SQL, and how to tell that both found the same rows. */
  raw?: {
    query(context: BenchContext): RawQuery;
    /** Identifies the answer's rows, in order: the API's and the raw query's must be equal. */
    apiKeys(output: Output): string[];
    rawKeys(rows: Record<string, unknown>[]): string[];
  };
}

/** The budget of every API / raw SQL row. */
export const RAW_RATIO_BUDGET = { pglite: 1.5, postgres: 1.5 };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function trpcQueryRows<Output>(spec: TrpcQuerySpec<Output>): BenchRow[] {
  const api: BenchRow = {
    id: spec.id,
    name: spec.name,
    unit: 'ms',
    budget: spec.budget,
    phase: 'online',
    async measure(context): Promise<Figure> {
      const { server } = context;
      const input = await spec.input(context);
      const probe = spec.route
        ? await server.getJson<Output>(spec.route)
        : await server.trpcQuery<Output>(spec.path, input);
      const summary = await httpLoad(
        {
          url: spec.route ? server.url(spec.route) : server.trpcUrl(spec.path, input),
          headers: server.headers(),
        },
        spec.connections,
        context.load,
      );
      const about = [spec.describe?.(probe.data), `${kb(probe.bytes)} a response`].filter(Boolean).join(', ');
      return {
        value: summary.median[spec.stat],
        detail: `${describeRuns(summary, context.load)}; ${about}`,
        extra: { summary, responseBytes: probe.bytes, keys: spec.raw?.apiKeys(probe.data) },
        ...(summary.median.errors > 0 ? { problem: `${summary.median.errors} requests failed` } : {}),
      };
    },
  };
  const raw = spec.raw;
  if (!raw) return [api];
  const ratio: BenchRow = {
    id: `${spec.id}-raw-ratio`,
    name: `${spec.name.replace(/, \d+ connections?, p[\d.]+$/, '')}: API / raw SQL, same load`,
    unit: '×',
    budget: RAW_RATIO_BUDGET,
    phase: 'offline',
    async measure(context): Promise<Figure> {
      const measured = context.figures.get(spec.id);
      if (!measured) throw new Error(`The row ${spec.id} was not measured, so there is nothing to compare.`);
      const { rows, summary } = await context.rawLoad(raw.query(context), spec.connections);
      const apiKeys = (measured.extra?.keys ?? []) as string[];
      const same = JSON.stringify(raw.rawKeys(rows)) === JSON.stringify(apiKeys);
      const rawValue = summary.median[spec.stat];
      const stat = spec.stat.replace('_', '.');
      return {
        value: measured.value / rawValue,
        detail: `API ${formatMs(measured.value)} / raw ${formatMs(rawValue)} ms ${stat}; raw SQL: ${describeRuns(summary, context.load)}`,
        extra: { summary, sameRows: same },
        ...(same
          ? {}
          : { problem: 'the raw SQL found other rows than the API: bring bench/raw-queries.ts up to date' }),
      };
    },
  };
  return [api, ratio];
}

/** Each spec at 1 connection (p50) and 16 (p95), as the other rows are measured. */
export function bothLoads<Output>(
  spec: Omit<TrpcQuerySpec<Output>, 'id' | 'name' | 'connections' | 'stat' | 'budget'> & {
    id: string;
    name: string;
    budget16: TrpcQuerySpec<Output>['budget'];
    budget1: TrpcQuerySpec<Output>['budget'];
  },
): BenchRow[] {
  const { budget1, budget16, ...rest } = spec;
  return [
    ...trpcQueryRows({
      ...rest,
      id: `${spec.id}-1`,
      name: `${spec.name}, 1 connection, p50`,
      connections: 1,
      stat: 'p50',
      budget: budget1,
    }),
    ...trpcQueryRows({
      ...rest,
      id: `${spec.id}-16`,
      name: `${spec.name}, 16 connections, p95`,
      connections: 16,
      stat: 'p95',
      budget: budget16,
    }),
  ];
}
