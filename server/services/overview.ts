import { type SQL, sql } from 'drizzle-orm';
import { initiatives } from '../../drizzle/schema/index.ts';
import {
  EU_RELATIONS,
  type EuRelation,
  FUNDING_SOURCES,
  HEALTH_RATINGS,
  type HealthRating,
  STATUSES,
  type Status,
  THEMES,
  type Theme,
} from '../../shared/codes.ts';
import { QUALITY_FLAGS, type QualityFlag, qualityShare } from '../../shared/data-quality.ts';
import type { InitiativeFilter } from '../../shared/initiative-filter.ts';
import { MINISTRY_CODES, type MinistryCode } from '../../shared/ministry.ts';
import {
  type EuActCoverage,
  type FundingBucket,
  type MinistryFigures,
  OVERVIEW_DEADLINE_DAYS,
  type Overview,
} from '../../shared/overview.ts';
import type { Db } from '../db/database.ts';
import { hasQualityIssuesSql, qualityFlagConditions } from './data-quality-sql.ts';
import {
  euDeadlineWithinSql,
  euOverdueSql,
  filterConditions,
  isOpenSql,
  latenessSql,
  milestoneOverdueSql,
} from './initiative-list.ts';
import { readDay } from './read-day.ts';

const i = initiatives;
const FUNDING_BUCKETS: readonly FundingBucket[] = [...FUNDING_SOURCES, 'several', 'none'];
const flagColumn = (flag: QualityFlag) => `q_${flag.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;

/** A key → count map with every key present (0 for the missing ones). */
function counts<K extends string>(
  keys: readonly K[],
  rows: readonly { k: string; n: number }[],
): Record<K, number> {
  const map = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const row of rows) if (row.k in map) map[row.k as K] += Number(row.n);
  return map;
}

interface Grouped {
  m: string;
  k: string;
  n: number;
}

/** The rows' JSON arrays, as either driver hands them over (json arrives parsed from both). */
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

/**
 * stats.overview: the figures of the initiatives the list's filter selects, in one statement.
 * The filter runs once, in a materialized CTE with each row's flags (late, EU deadline soon or
 * overdue, quality flags); every figure is an aggregate over it, small groups handed back as
 * JSON and assembled here. Nothing is counted in Node but those groups.
 */
export async function overview(db: Db, filter: InitiativeFilter = {}): Promise<Overview> {
  const today = readDay();
  const where = filterConditions(filter, today) ?? sql`true`;
  const flags = qualityFlagConditions(today);
  const day = sql`${today}::date`;
  const flagColumns: SQL[] = QUALITY_FLAGS.map((flag) => sql`${flags[flag]} as ${sql.raw(flagColumn(flag))}`);
  const flagCounts: SQL[] = QUALITY_FLAGS.map(
    (flag) => sql`${flag}::text, count(*) filter (where ${sql.raw(flagColumn(flag))})`,
  );
  const result = await db.execute(sql`
    with f as materialized (
      select ${i.id} as id, ${i.leadMinistry} as lead, ${i.status} as status,
        ${i.ministryHealth} as mh, ${i.digitoimistoHealth} as dh, ${i.themes} as themes,
        ${i.budgetCents} as budget,
        case cardinality(${i.fundingSources}) when 0 then 'none' when 1 then ${i.fundingSources}[1] else 'several' end as bucket,
        ${isOpenSql} as open,
        ${latenessSql(today).late} as late,
        ${euDeadlineWithinSql(today, OVERVIEW_DEADLINE_DAYS)} as soon,
        ${euOverdueSql(today)} as eu_overdue,
        ${milestoneOverdueSql(today)} as ms_overdue,
        ${hasQualityIssuesSql(today)} as flagged,
        ${sql.join(flagColumns, sql`, `)}
      from ${i} where ${where}
    )
    select
      (select count(*)::int from f) as total,
      (select count(*)::int from f where late) as late,
      (select count(*)::int from f where soon) as soon,
      (select count(*)::int from f where eu_overdue) as eu_overdue,
      (select count(*)::int from f where ms_overdue) as ms_initiatives,
      (select count(*)::int from milestones m join f on f.id = m.initiative_id
        where f.open and m.done_at is null and m.due_date < ${day}) as ms_overdue,
      (select coalesce(sum(budget), 0)::text from f) as budget,
      (select count(budget)::int from f) as with_budget,
      (select count(*)::int from f where flagged) as flagged,
      (select json_build_object(${sql.join(flagCounts, sql`, `)}) from f) as flags,
      (select coalesce(json_agg(g), '[]') from (select lead as m, status as k, count(*)::int as n from f group by 1, 2) g) as by_status,
      (select coalesce(json_agg(g), '[]') from (select lead as m, mh as k, count(*)::int as n from f group by 1, 2) g) as by_mh,
      (select coalesce(json_agg(g), '[]') from (select lead as m, dh as k, count(*)::int as n from f group by 1, 2) g) as by_dh,
      (select coalesce(json_agg(g), '[]') from (select lead as m, bucket as k, sum(budget)::float8 as n from f where budget is not null group by 1, 2) g) as by_budget,
      (select coalesce(json_agg(g), '[]') from (select lead as m, 'clean' as k, count(*) filter (where not flagged)::int as n from f group by 1) g) as by_clean,
      (select coalesce(json_agg(g), '[]') from (select t as k, count(*)::int as n from f, unnest(f.themes) as t group by 1) g) as by_theme,
      (select coalesce(json_agg(g), '[]') from (
        select a.id, a.short_name as "shortName", r.relation as k, coalesce(r.n, 0)::int as n, coalesce(d.n, 0)::int as distinct_n
        from eu_acts a
        left join (select ei.eu_act_id, ei.relation, count(*) as n from eu_impacts ei join f on f.id = ei.initiative_id group by 1, 2) r on r.eu_act_id = a.id
        left join (select ei.eu_act_id, count(distinct ei.initiative_id) as n from eu_impacts ei join f on f.id = ei.initiative_id group by 1) d on d.eu_act_id = a.id
      ) g) as by_act
  `);
  const row = (result as unknown as { rows: Record<string, unknown>[] }).rows[0] ?? {};
  return assemble(today, row);
}

function assemble(today: string, row: Record<string, unknown>): Overview {
  const byStatus = list<Grouped>(row.by_status);
  const byMh = list<Grouped>(row.by_mh);
  const byDh = list<Grouped>(row.by_dh);
  const byBudget = list<Grouped>(row.by_budget);
  const byClean = list<Grouped>(row.by_clean);
  const of = (rows: Grouped[], ministry: string) => rows.filter((r) => r.m === ministry);
  const byMinistry: MinistryFigures[] = MINISTRY_CODES.flatMap((ministry: MinistryCode) => {
    const statuses = counts<Status>(STATUSES, of(byStatus, ministry));
    const total = Object.values(statuses).reduce((sum, n) => sum + n, 0);
    if (total === 0) return [];
    const clean = Number(of(byClean, ministry)[0]?.n ?? 0);
    return [
      {
        ministry,
        total,
        byStatus: statuses,
        ministryHealth: counts<HealthRating>(HEALTH_RATINGS, of(byMh, ministry)),
        digitoimistoHealth: counts<HealthRating>(HEALTH_RATINGS, of(byDh, ministry)),
        budgetCents: counts<FundingBucket>(FUNDING_BUCKETS, of(byBudget, ministry)),
        qualityClean: clean,
        // The share of clean ones, by the one rule of shared/data-quality.ts.
        qualityScore: qualityShare(clean, total),
      },
    ];
  });
  const acts = new Map<string, EuActCoverage>();
  for (const r of list<{ id: string; shortName: string; k: string | null; n: number; distinct_n: number }>(
    row.by_act,
  )) {
    const act = acts.get(r.id) ?? {
      id: r.id,
      shortName: r.shortName,
      byRelation: counts<EuRelation>(EU_RELATIONS, []),
      initiatives: Number(r.distinct_n),
    };
    if (r.k && r.k in act.byRelation) act.byRelation[r.k as EuRelation] += Number(r.n);
    acts.set(r.id, act);
  }
  const flags = (row.flags ?? {}) as Record<string, number>;
  const sumBy = (rows: Grouped[], keys: readonly string[]) =>
    counts(
      keys,
      rows.map((r) => ({ k: r.k, n: r.n })),
    );
  return {
    today,
    total: Number(row.total ?? 0),
    byStatus: sumBy(byStatus, STATUSES) as Record<Status, number>,
    health: {
      ministry: sumBy(byMh, HEALTH_RATINGS) as Record<HealthRating, number>,
      digitoimisto: sumBy(byDh, HEALTH_RATINGS) as Record<HealthRating, number>,
    },
    euDeadlines: { within: Number(row.soon ?? 0), overdue: Number(row.eu_overdue ?? 0) },
    overdueMilestones: {
      milestones: Number(row.ms_overdue ?? 0),
      initiatives: Number(row.ms_initiatives ?? 0),
    },
    late: Number(row.late ?? 0),
    budget: { totalCents: Number(row.budget ?? 0), withBudget: Number(row.with_budget ?? 0) },
    byMinistry,
    byTheme: THEMES.map((theme: Theme) => ({
      theme,
      count: Number(list<{ k: string; n: number }>(row.by_theme).find((r) => r.k === theme)?.n ?? 0),
    })).filter((t) => t.count > 0),
    euCoverage: [...acts.values()].sort(
      (a, b) => b.initiatives - a.initiatives || a.shortName.localeCompare(b.shortName, 'en'),
    ),
    quality: {
      flagged: Number(row.flagged ?? 0),
      byFlag: Object.fromEntries(QUALITY_FLAGS.map((flag) => [flag, Number(flags[flag] ?? 0)])) as Record<
        QualityFlag,
        number
      >,
    },
  };
}
