/**
 * The open-data feed (issue 13) under load: `GET /api/open/initiatives.json`, every active
 * initiative's public fields, at 1 connection (p50) and 16 (p95), with its raw SQL reference —
 * the same fields and EU acts read in one statement. The server keeps one rendered answer per
 * data version, so under a steady portfolio this measures serving it; the first request after a
 * change pays the read.
 */
import type { BenchRow } from '../row.ts';
import { bothLoads } from './trpc.ts';

interface OpenFeed {
  initiatives: { id: string; euImpacts: unknown[] }[];
}

const RAW_OPEN_INITIATIVES = `select i.id, i.project_number, i.case_numbers, i.title_fi, i.title_sv, i.title_en,
       i.summary_fi, i.summary_sv, i.summary_en, i.kind, i.track, i.themes, i.lead_ministry,
       i.participating_ministries, i.status, i.preparation_stage, i.start_date, i.end_date, i.updated_at,
       coalesce((select json_agg(json_build_object('euAct', a.short_name, 'relation', e.relation, 'deadline', e.deadline)
                                 order by e.position)
                   from eu_impacts e join eu_acts a on a.id = e.eu_act_id
                  where e.initiative_id = i.id), '[]') as eu_impacts
  from initiatives i
 where i.archived_at is null
 order by i.sort_title_fi asc, i.id asc`;

export const openDataRows: BenchRow[] = bothLoads<OpenFeed>({
  id: 'open-data-json',
  name: '`GET /api/open/initiatives.json`, the open-data feed of every active initiative',
  path: 'open-data',
  route: '/api/open/initiatives.json',
  input: () => undefined,
  // Some 12 MB of JSON, 1.5 MB gzipped, for 10,000 initiatives: served from the kept answer.
  budget1: { pglite: 50, postgres: 50 },
  budget16: { pglite: 400, postgres: 400 },
  describe: (feed) => `${feed.initiatives.length} initiatives`,
  raw: {
    query: () => ({ text: RAW_OPEN_INITIATIVES, params: [] }),
    apiKeys: (feed) => feed.initiatives.map((i) => `${i.id}:${i.euImpacts.length}`),
    rawKeys: (rows) => rows.map((row) => `${String(row.id)}:${(row.eu_impacts as unknown[]).length}`),
  },
});
