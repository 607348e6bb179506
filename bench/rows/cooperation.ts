/**
 * International cooperation (issue 12) under load: the body catalogue, one body, one benchmark,
 * one initiative's links, the overview's international panel and the list filtered by a body,
 * each at 1 connection (p50) and 16 (p95) with its raw SQL reference. The portfolio has about
 * 40 bodies, 10 benchmarks and links on every 5th and 20th initiative (bench/cooperation.ts).
 */
import type { BenchmarkDetails, BenchmarkSummary } from '../../shared/benchmark.ts';
import type { BodyDetails, BodySummary } from '../../shared/cooperation-body.ts';
import { todayInFinland } from '../../shared/dates.ts';
import { bodySlug } from '../../shared/initiative-filter.ts';
import type { InitiativeListResult } from '../../shared/initiative-list.ts';
import type { International } from '../../shared/international.ts';
import {
  rawBenchmarkGetQuery,
  rawBodyGetQuery,
  rawBodyListQuery,
  rawInternationalQuery,
  rawLinksQuery,
} from '../raw-cooperation.ts';
import { rawListQuery } from '../raw-queries.ts';
import type { BenchContext, BenchRow } from '../row.ts';
import { bothLoads } from './trpc.ts';

interface Picked {
  /** The body with the most links: the largest body page. */
  bodyId: string;
  bodySlug: string;
  benchmarkId: string;
  /** An initiative linked to that body. */
  initiativeId: string;
}

const picked = new WeakMap<BenchContext, Promise<Picked>>();

/** What the rows read, looked up once on the imported data (ids are the database's own). */
function pick(context: BenchContext): Promise<Picked> {
  const known = picked.get(context);
  if (known) return known;
  const looking = (async () => {
    const { server } = context;
    const links = (b: BodySummary) => Object.values(b.linked).reduce((sum, n) => sum + n, 0);
    const bodies = (await server.trpcQuery<BodySummary[]>('cooperation.body.list', undefined)).data;
    const body = [...bodies].sort((a, b) => links(b) - links(a))[0];
    const benchmarks = (await server.trpcQuery<BenchmarkSummary[]>('cooperation.benchmark.list', undefined))
      .data;
    const benchmark = [...benchmarks].sort((a, b) => b.answering - a.answering)[0];
    if (!body || !benchmark) throw new Error('The portfolio has no cooperation bodies or benchmarks.');
    const details = (await server.trpcQuery<BodyDetails>('cooperation.body.get', { id: body.id })).data;
    const initiative = details.initiatives[0];
    if (!initiative) throw new Error(`No initiative is linked to ${body.shortName}.`);
    return {
      bodyId: body.id,
      bodySlug: bodySlug(body.shortName),
      benchmarkId: benchmark.id,
      initiativeId: initiative.id,
    };
  })();
  picked.set(context, looking);
  return looking;
}

// The raw references run offline, after the server has stopped: they read the ids picked while it ran.
let lastPicked: Picked | null = null;
const remember = async (context: BenchContext) => {
  lastPicked = await pick(context);
  return lastPicked;
};
const ids = () => {
  if (!lastPicked) throw new Error('The API row was not measured, so no ids were picked.');
  return lastPicked;
};

const sortedKeys = (keys: string[]) => [...keys].sort();
const string = (value: unknown) => String(value);

const today = () => todayInFinland();

export const cooperationRows: BenchRow[] = [
  ...bothLoads<BodySummary[]>({
    id: 'cooperation-body-list',
    name: '`cooperation.body.list`, the catalogue of about 40 bodies',
    path: 'cooperation.body.list',
    input: () => undefined,
    budget1: { pglite: 20, postgres: 20 },
    budget16: { pglite: 50, postgres: 50 },
    describe: (bodies) => `${bodies.length} bodies`,
    raw: {
      query: () => rawBodyListQuery(),
      apiKeys: (bodies) => bodies.map((b) => `${b.id}:${Object.values(b.linked).reduce((s, n) => s + n, 0)}`),
      rawKeys: (rows) =>
        rows.map((row) => {
          const linked = (row.linked ?? {}) as Record<string, number>;
          return `${string(row.id)}:${Object.values(linked).reduce((s, n) => s + n, 0)}`;
        }),
    },
  }),
  ...bothLoads<BodyDetails>({
    id: 'cooperation-body-get',
    name: '`cooperation.body.get`, the body with the most links',
    path: 'cooperation.body.get',
    input: async (context) => ({ id: (await remember(context)).bodyId }),
    budget1: { pglite: 20, postgres: 20 },
    budget16: { pglite: 50, postgres: 50 },
    describe: (body) => `${body.initiatives.length} linked initiatives`,
    raw: {
      query: () => rawBodyGetQuery(ids().bodyId),
      // Links of the same relation and title come in either order: compared as a set.
      apiKeys: (body) => [body.id, ...sortedKeys(body.initiatives.map((i) => i.linkId))],
      rawKeys: (rows) => [
        string(rows[0]?.id),
        ...sortedKeys(rows.flatMap((row) => (row.link_id ? [string(row.link_id)] : []))),
      ],
    },
  }),
  ...bothLoads<BenchmarkDetails>({
    id: 'cooperation-benchmark-get',
    name: '`cooperation.benchmark.get`, the benchmark most initiatives answer, with its results',
    path: 'cooperation.benchmark.get',
    input: async (context) => ({ id: (await remember(context)).benchmarkId }),
    budget1: { pglite: 20, postgres: 20 },
    budget16: { pglite: 50, postgres: 50 },
    describe: (b) => `${b.results.length} results, ${b.initiatives.length} initiatives`,
    raw: {
      query: () => rawBenchmarkGetQuery(ids().benchmarkId),
      apiKeys: (b) => [b.id, String(b.results.length), ...sortedKeys(b.initiatives.map((i) => i.linkId))],
      rawKeys: (rows) => {
        const row = rows[0] ?? {};
        const results = (row.results ?? []) as unknown[];
        const initiatives = (row.initiatives ?? []) as { linkId: string }[];
        return [string(row.id), String(results.length), ...sortedKeys(initiatives.map((i) => i.linkId))];
      },
    },
  }),
  ...bothLoads<{ bodies: { id: string }[]; benchmarks: { id: string }[] }>({
    id: 'cooperation-link-of-initiative',
    name: '`cooperation.link.ofInitiative`, an initiative linked to a body',
    path: 'cooperation.link.ofInitiative',
    input: async (context) => ({ id: (await remember(context)).initiativeId }),
    budget1: { pglite: 15, postgres: 15 },
    budget16: { pglite: 40, postgres: 40 },
    describe: (links) => `${links.bodies.length} bodies, ${links.benchmarks.length} benchmarks`,
    raw: {
      query: () => rawLinksQuery(ids().initiativeId),
      apiKeys: (links) => [...links.bodies.map((l) => l.id), '|', ...links.benchmarks.map((l) => l.id)],
      rawKeys: (rows) => {
        const row = rows[0] ?? {};
        const ofList = (value: unknown) => ((value ?? []) as { id: string }[]).map((l) => l.id);
        return [...ofList(row.bodies), '|', ...ofList(row.benchmarks)];
      },
    },
  }),
  ...bothLoads<International>({
    id: 'stats-international',
    name: '`stats.international`, meetings in 60 days and publications in 90',
    path: 'stats.international',
    input: () => ({}),
    budget1: { pglite: 15, postgres: 15 },
    budget16: { pglite: 40, postgres: 40 },
    describe: (i) => `${i.meetings.length} meetings, ${i.publications.length} publications`,
    raw: {
      query: () => rawInternationalQuery(today()),
      apiKeys: (i) => [
        ...i.meetings.map((m) => `meeting:${m.body.id}:${m.date}`),
        ...i.publications.map((p) => `publication:${p.benchmark.id}:${p.date}`),
      ],
      rawKeys: (rows) => rows.map((row) => `${string(row.kind)}:${string(row.id)}:${string(row.date)}`),
    },
  }),
  ...bothLoads<InitiativeListResult>({
    id: 'list-body-filter',
    name: '`initiative.list` filtered by the body with the most links',
    path: 'initiative.list',
    input: async (context) => ({
      filter: { bodies: [(await remember(context)).bodySlug] },
      limit: 50,
      offset: 0,
      language: 'fi',
    }),
    budget1: { pglite: 20, postgres: 15 },
    budget16: { pglite: 50, postgres: 30 },
    describe: (output) => `${output.total.toLocaleString('en')} match`,
    raw: {
      query: () => rawListQuery({ bodies: [ids().bodySlug.toLowerCase()], limit: 50, offset: 0 }),
      apiKeys: (output) => [String(output.total), ...output.items.map((item) => item.id)],
      rawKeys: (rows) => [String(rows[0]?.total ?? 0), ...rows.map((row) => String(row.id))],
    },
  }),
];
