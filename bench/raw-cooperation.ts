/**
 * The raw SQL references of the international cooperation rows (issue 12): the same queries the
 * services run (server/services/cooperation-body.ts, benchmark.ts, cooperation-links.ts,
 * international.ts) for the same input, written by hand, each in one statement where the
 * service makes two or three round trips. The rows compare what both found (bench/rows/trpc.ts).
 */
import { internationalWindows } from '../shared/international.ts';
import type { RawQuery } from './raw-queries.ts';

/** listBodies: the catalogue by short name, each body's EU act and its active initiatives by relation. */
export function rawBodyListQuery(): RawQuery {
  return {
    text: `select b.*, a.short_name as eu_act_short_name,
       (select json_object_agg(c.relation, c.n) from (
          select ib.relation, count(*)::int as n from initiative_bodies ib
            join initiatives i on i.id = ib.initiative_id
           where ib.body_id = b.id and i.archived_at is null
           group by ib.relation) as c) as linked
  from cooperation_bodies b left join eu_acts a on a.id = b.eu_act_id
 order by b.short_name asc`,
    params: [],
  };
}

/** getBody: the body with its act, and its linked initiatives by relation and title (one row per link). */
export function rawBodyGetQuery(id: string): RawQuery {
  return {
    text: `select b.*, a.short_name as eu_act_short_name, l.link_id, l.initiative_id, l.title_fi, l.title_sv, l.title_en,
       l.lead_ministry, l.status, l.archived_at, l.relation, l.note
  from cooperation_bodies b
  left join eu_acts a on a.id = b.eu_act_id
  left join lateral (
    select ib.id as link_id, i.id as initiative_id, i.title_fi, i.title_sv, i.title_en, i.lead_ministry,
           i.status, i.archived_at, ib.relation, ib.note
      from initiative_bodies ib join initiatives i on i.id = ib.initiative_id
     where ib.body_id = b.id) l on true
 where b.id = $1
 order by l.relation asc, l.title_fi asc`,
    params: [id],
  };
}

/** getBenchmark: the benchmark, its results and the initiatives reporting to it, as JSON beside the row. */
export function rawBenchmarkGetQuery(id: string): RawQuery {
  return {
    text: `select m.*,
       coalesce((select json_agg(r) from benchmark_results r where r.benchmark_id = m.id), '[]'::json) as results,
       coalesce((select json_agg(json_build_object('linkId', ib.id, 'id', i.id, 'titleFi', i.title_fi, 'titleSv', i.title_sv,
                 'titleEn', i.title_en, 'leadMinistry', i.lead_ministry, 'status', i.status, 'archivedAt', i.archived_at,
                 'note', ib.note) order by i.title_fi)
         from initiative_benchmarks ib join initiatives i on i.id = ib.initiative_id
        where ib.benchmark_id = m.id), '[]'::json) as initiatives
  from benchmarks m where m.id = $1`,
    params: [id],
  };
}

/** linksOfInitiative: the initiative exists; its bodies by short name and relation, its benchmarks by short name. */
export function rawLinksQuery(initiativeId: string): RawQuery {
  return {
    text: `select i.id,
       coalesce((select json_agg(json_build_object('id', ib.id, 'relation', ib.relation, 'note', ib.note, 'bodyId', b.id,
                 'shortName', b.short_name, 'nameFi', b.name_fi, 'nameSv', b.name_sv, 'nameEn', b.name_en,
                 'organisation', b.organisation) order by b.short_name, ib.relation)
         from initiative_bodies ib join cooperation_bodies b on b.id = ib.body_id
        where ib.initiative_id = i.id), '[]'::json) as bodies,
       coalesce((select json_agg(json_build_object('id', ib.id, 'note', ib.note, 'benchmarkId', m.id,
                 'shortName', m.short_name, 'nameFi', m.name_fi, 'nameSv', m.name_sv, 'nameEn', m.name_en) order by m.short_name)
         from initiative_benchmarks ib join benchmarks m on m.id = ib.benchmark_id
        where ib.initiative_id = i.id), '[]'::json) as benchmarks
  from initiatives i where i.id = $1`,
    params: [initiativeId],
  };
}

/** international: the bodies meeting in the next 60 days and the benchmarks published in the next 90, by date and name. */
export function rawInternationalQuery(today: string): RawQuery {
  const { meetingsUntil, publicationsUntil } = internationalWindows(today);
  return {
    text: `select * from (
  select 'meeting' as kind, b.id, b.short_name, b.name_fi, b.name_sv, b.name_en, b.next_meeting_on::text as date
    from cooperation_bodies b where b.next_meeting_on >= $1::date and b.next_meeting_on <= $2::date
  union all
  select 'publication', m.id, m.short_name, m.name_fi, m.name_sv, m.name_en, m.next_publication_on::text
    from benchmarks m where m.next_publication_on >= $1::date and m.next_publication_on <= $3::date) x
 order by kind, date, short_name`,
    params: [today, meetingsUntil, publicationsUntil],
  };
}
