import { type AnyColumn, and, asc, desc, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { initiatives } from '../../drizzle/schema/index.ts';
import type { Language } from '../../shared/codes.ts';
import { STATUSES, TIERS } from '../../shared/codes.ts';
import { addDays } from '../../shared/dates.ts';
import { isEuActId } from '../../shared/eu-act.ts';
import type {
  InitiativeFilter,
  InitiativeListInput,
  InitiativeSort,
} from '../../shared/initiative-filter.ts';
import { initiativeListInputSchema } from '../../shared/initiative-filter.ts';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type InitiativeListItem,
  type InitiativeListResult,
} from '../../shared/initiative-list.ts';
import { type LatenessInput, lateness, nearestEuDeadline, OPEN_STATUSES } from '../../shared/lateness.ts';
import { foldCase } from '../../shared/title-sort.ts';
import type { Db } from '../db/database.ts';
import { hasQualityIssuesSql } from './data-quality-sql.ts';
import { readDay } from './read-day.ts';
import { defaultWeightedScore, type ScoringContext, scoringContext } from './scoring-context.ts';
import { cooperationFrozen } from './snapshot-content.ts';
import { missingTranslationSql } from './translation-sql.ts';

const i = initiatives;
// Qualified by hand: drizzle leaves columns unqualified in single-table selects, which subqueries would shadow.
const ID = sql.raw('"initiatives"."id"');
const column = (name: string) => sql.raw(`"initiatives"."${name}"`);
const TEXT_CONFIG: Record<Language, string> = { fi: 'finnish', sv: 'swedish', en: 'english' };

const pgTextArray = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** The words of a search: runs of letters and digits, so nothing of tsquery's syntax gets through. */
export function searchWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, 16);
}

/**
 * The search as a tsquery, built by the database function `search_prefix_query` (migration
 * 0003): every word must match (AND); a word matches by any of its stems in Finnish, Swedish or
 * English, each stem as a prefix, so "tekoälyn" (stem "tekoäly") finds "tekoälystrategia". The
 * Finnish stem also matches with up to three letters less (keeping five), which covers the stem
 * changes the stemmer leaves in Finnish inflection (kansallinen/kansallisen, uudistus/uudistuksen,
 * hallinto/hallinnon, tekoäly/tekoälyyn): an inflected form finds at least what its base form
 * finds, at the price of finding a little more. Short stems match whole ("ai", "data", the "hank"
 * of "hanke", which would otherwise find every "hankinta"), except a four-letter stem of a long
 * word (the "julk" of "julkista"). Only letters and digits reach it, each lexeme quoted and
 * escaped: the user's text never becomes tsquery syntax. The function is immutable, so the query
 * is a constant when the statement is planned, and the GIN index on `search` serves the match.
 */
function textQuery(text: string): SQL {
  const words = searchWords(text);
  return words.length === 0 ? sql`''::tsquery` : sql`search_prefix_query(${pgTextArray(words)})`;
}

const isOpen = sql`${column('status')} = any(${pgTextArray(OPEN_STATUSES)})`;
/** The row's status is open (shared/lateness.ts isOpenStatus). */
export const isOpenSql = isOpen;

/** The deadlines that count for the row: from today on, and passed ones while the initiative is open. */
const countedDeadline = (today: string) => sql`(ei.deadline >= ${today}::date or ${isOpen})`;

/** The EU deadline the row is watched by, in SQL: mirrors nearestEuDeadline in shared/lateness.ts. */
const nearestDeadline = (today: string) =>
  sql<
    string | null
  >`(select min(ei.deadline)::text from eu_impacts ei where ei.initiative_id = ${ID} and ${countedDeadline(today)})`;

/** The row's lateness in SQL, mirroring lateness() in shared/lateness.ts: open, and something passed. */
export function latenessSql(today: string) {
  const day = sql`${today}::date`;
  const passedDeadline = sql`from eu_impacts ei where ei.initiative_id = ${ID} and ei.deadline < ${day}`;
  const overdueMilestone = sql`from milestones m where m.initiative_id = ${ID} and m.done_at is null and m.due_date < ${day}`;
  const endDate = column('end_date');
  return {
    late: sql`(${isOpen} and (${endDate} < ${day} or exists (select 1 ${passedDeadline}) or exists (select 1 ${overdueMilestone})))`,
    /** The most days late of any reason; null when not late. */
    worstDaysLate: sql`(case when ${isOpen} then greatest(
      (select ${day} - min(ei.deadline) ${passedDeadline}),
      (select ${day} - min(m.due_date) ${overdueMilestone}),
      case when ${endDate} < ${day} then ${day} - ${endDate} end) end)`,
  };
}

/** An EU deadline within `days` from today; overdue deadlines of open initiatives are the most urgent of all: they are in too. */
export function euDeadlineWithinSql(today: string, days: number): SQL {
  return sql`exists (select 1 from eu_impacts ei where ei.initiative_id = ${ID} and ei.deadline <= ${addDays(today, days)}::date and ${countedDeadline(today)})`;
}

/** Open, with an EU deadline before today: the overview's "overdue EU deadlines" tile. */
export function euOverdueSql(today: string): SQL {
  return sql`(${isOpen} and exists (select 1 from eu_impacts ei where ei.initiative_id = ${ID} and ei.deadline < ${today}::date))`;
}

/**
 * Open, with a milestone past its due date and not done: a milestone reason of lateness (a closed
 * initiative's open milestone is a data-quality flag instead, not late).
 */
export function milestoneOverdueSql(today: string): SQL {
  return sql`${isOpen} and exists (select 1 from milestones m where m.initiative_id = ${ID} and m.done_at is null and m.due_date < ${today}::date)`;
}

/**
 * A text search: every word must match (AND), each either by a stem of its own as a prefix on
 * the tsvector's GIN index (search_prefix_query: "tekoälyn" finds "tekoälystrategia"), or — for
 * words of three letters or more — by the first five letters of its stem anywhere in a title or
 * register code, on the trigram index (search_substring: "strategia" finds "Tekoälystrategia",
 * "data" finds "Datatalous"); a text with a digit also matches as typed anywhere in a code
 * ("066" finds LVM066:00/2021). Every branch is indexed, so the planner combines them per word
 * (BitmapOr) and across words (BitmapAnd): no search scans the table.
 */
function textCondition(text: string): SQL {
  const words = searchWords(text);
  const byWords = and(
    ...words.map((word) => {
      const stem = sql`${i.search} @@ search_prefix_query(${pgTextArray([word])})`;
      if ([...word].length < 3) return stem;
      return or(stem, sql`${i.searchText} like '%' || search_substring(${word}) || '%'`);
    }),
  );
  // A code is searched as typed, punctuation and all: "M046:00/" is part of LVM046:00/2024.
  const code = /\d/.test(text)
    ? sql`${i.searchText} like ${`%${foldCase(text.trim()).replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`
    : undefined;
  return (words.length > 0 ? or(byWords, code) : (code ?? sql`false`)) as SQL;
}

/** A reference matches a row aliased `alias`: by id (old links), or by the slug of its short name (euActSlug), without regard to case. */
export function refMatch(alias: string, refs: readonly string[]): SQL {
  const ids = refs.filter(isEuActId);
  const slugs = refs.filter((ref) => !isEuActId(ref)).map((ref) => ref.toLowerCase());
  const byId = ids.length ? sql`${sql.raw(alias)}.id = any(${pgTextArray(ids)}::uuid[])` : sql`false`;
  const bySlug = slugs.length
    ? sql`lower(regexp_replace(${sql.raw(alias)}.short_name, '[[:space:],]+', '-', 'g')) = any(${pgTextArray(slugs)})`
    : sql`false`;
  return sql`(${byId} or ${bySlug})`;
}

/**
 * Linked to any of the bodies (by slug or id). A snapshot that froze no cooperation has no
 * links, so nothing is selected — its live tables would otherwise show through the search path.
 */
export function bodyFilterSql(refs: readonly string[]): SQL {
  if (!cooperationFrozen()) return sql`false`;
  return sql`exists (select 1 from initiative_bodies ib join cooperation_bodies b on b.id = ib.body_id where ib.initiative_id = ${ID} and ${refMatch('b', refs)})`;
}

/** The WHERE conditions of a filter. Shared by the list, and later by the board and overview. */
export function filterConditions(filter: InitiativeFilter, today: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  const archived = filter.archived ?? 'active';
  if (archived === 'active') conditions.push(isNull(i.archivedAt));
  if (archived === 'archived') conditions.push(isNotNull(i.archivedAt));
  if (filter.ministries?.length) {
    conditions.push(
      or(
        sql`${i.leadMinistry} = any(${pgTextArray(filter.ministries)})`,
        sql`${i.participatingMinistries} && ${pgTextArray(filter.ministries)}`,
      ),
    );
  }
  const anyOf = (column: SQL | AnyColumn, values: readonly string[] | undefined) => {
    if (values?.length) conditions.push(sql`${column} = any(${pgTextArray(values)})`);
  };
  anyOf(i.leadMinistry, filter.leadMinistries);
  anyOf(i.status, filter.statuses);
  anyOf(i.kind, filter.kinds);
  anyOf(i.track, filter.tracks);
  anyOf(i.tier, filter.tiers);
  if (filter.themes?.length) conditions.push(sql`${i.themes} && ${pgTextArray(filter.themes)}`);
  if (filter.health?.length) {
    conditions.push(
      or(
        sql`${i.ministryHealth} = any(${pgTextArray(filter.health)})`,
        sql`${i.digitoimistoHealth} = any(${pgTextArray(filter.health)})`,
      ),
    );
  }
  anyOf(i.ministryHealth, filter.ministryHealth);
  anyOf(i.digitoimistoHealth, filter.digitoimistoHealth);
  if (filter.fundingSources?.length) {
    conditions.push(sql`${i.fundingSources} && ${pgTextArray(filter.fundingSources)}`);
  }
  if (filter.euActs?.length) {
    // By slug (mirroring euActSlug in shared/eu-act.ts, without regard to case), or by id in old links.
    conditions.push(
      sql`exists (select 1 from eu_impacts ei join eu_acts a on a.id = ei.eu_act_id where ei.initiative_id = ${ID} and ${refMatch('a', filter.euActs)})`,
    );
  }
  if (filter.bodies?.length) conditions.push(bodyFilterSql(filter.bodies));
  if (filter.euDeadlineWithinDays !== undefined) {
    conditions.push(euDeadlineWithinSql(today, filter.euDeadlineWithinDays));
  }
  if (filter.late) conditions.push(latenessSql(today).late);
  if (filter.euOverdue) conditions.push(euOverdueSql(today));
  if (filter.milestoneOverdue) conditions.push(milestoneOverdueSql(today));
  if (filter.qualityIssues) conditions.push(hasQualityIssuesSql(today));
  if (filter.assessmentsDisagree) {
    conditions.push(
      sql`${i.ministryHealth} <> 'not_assessed' and ${i.digitoimistoHealth} <> 'not_assessed' and ${i.ministryHealth} <> ${i.digitoimistoHealth}`,
    );
  }
  if (filter.missingTranslations?.length) {
    conditions.push(missingTranslationSql(filter.missingTranslations));
  }
  if (filter.text) conditions.push(textCondition(filter.text));
  return and(...conditions);
}

const tierOrder = sql`array_position(${pgTextArray(TIERS)}, ${i.tier})`;
// Lifecycle order (planned → cancelled), not the alphabetical order of the codes.
const statusOrder = sql`array_position(${pgTextArray(STATUSES)}, ${i.status})`;
// Severity of the worse of the two assessments: red 1, amber 2, green 3; null (always last) when neither is assessed.
const healthSeverity = sql`least(
  case ${i.ministryHealth} when 'red' then 1 when 'amber' then 2 when 'green' then 3 end,
  case ${i.digitoimistoHealth} when 'red' then 1 when 'amber' then 2 when 'green' then 3 end)`;

/**
 * The weighted score of shared/scoring.ts in SQL, for sorting by it: the weighted mean of the
 * normalised scores over the weighted criteria the row has a score for (null when none).
 */
function weightedScoreSql(scoring: ScoringContext | null): SQL {
  const weights = (scoring?.criteria ?? [])
    .map((c) => ({ key: c.key, weight: scoring?.defaultWeights[c.key] ?? 0, cost: c.direction === 'cost' }))
    .filter((w) => w.weight > 0);
  if (weights.length === 0) return sql`null::numeric`;
  const share = sql`(least(5, greatest(1, (${i.scores} ->> w.key)::numeric)) - 1) / 4`;
  return sql`(select sum(w.weight * case when w.cost then 1 - ${share} else ${share} end) / nullif(sum(w.weight), 0)
    from jsonb_to_recordset(${JSON.stringify(weights)}::jsonb) as w(key text, weight numeric, cost boolean)
    where jsonb_typeof(${i.scores} -> w.key) = 'number')`;
}

function orderBy(
  sort: InitiativeSort | undefined,
  filter: InitiativeFilter,
  language: Language,
  today: string,
  scoring: ScoringContext | null = null,
): SQL[] {
  // The stored sort key of the language (title_sort_key): indexed among active rows.
  const title = column(`sort_title_${language}`);
  const field = sort?.field ?? (filter.text ? 'relevance' : 'title');
  const dir = sort?.direction ?? (field === 'relevance' ? 'desc' : 'asc');
  const by = (expr: SQL | AnyColumn) => [
    dir === 'asc' ? sql`${expr} asc nulls last` : sql`${expr} desc nulls last`,
  ];
  const tieBreak = [asc(title), asc(i.id)];
  switch (field) {
    case 'relevance':
      return filter.text
        ? [sql`ts_rank(${i.search}, ${textQuery(filter.text)}) desc`, ...tieBreak]
        : tieBreak;
    case 'title':
      return [dir === 'asc' ? asc(title) : desc(title), asc(i.id)];
    case 'leadMinistry':
      return [
        ...by(sql`(select sort_order from ministries m where m.code = ${column('lead_ministry')})`),
        ...tieBreak,
      ];
    case 'status':
      return [...by(statusOrder), ...tieBreak];
    case 'health':
      // Like tiers, severity ascends from the worst: red, amber, green; not assessed last both ways.
      return [...by(healthSeverity), ...tieBreak];
    case 'tier':
      return [...by(tierOrder), ...tieBreak];
    case 'score': {
      // Ascending is the best score first, as tiers ascend from the most urgent; unscored last both ways.
      const score = weightedScoreSql(scoring);
      return [dir === 'asc' ? sql`${score} desc nulls last` : sql`${score} asc nulls last`, ...tieBreak];
    }
    case 'endDate':
      return [...by(i.endDate), ...tieBreak];
    case 'nearestEuDeadline':
      return [...by(nearestDeadline(today)), ...tieBreak];
    case 'lateness': {
      // Ascending is the most days late first, as tiers and health ascend from the worst; not late last both ways.
      const worst = latenessSql(today).worstDaysLate;
      return [dir === 'asc' ? sql`${worst} desc nulls last` : sql`${worst} asc nulls last`, ...tieBreak];
    }
    case 'updatedAt':
      return [...by(i.updatedAt), ...tieBreak];
    case 'projectNumber':
      return [...by(i.projectNumber), ...tieBreak];
  }
}

/**
 * The initiative list: one page of rows matching the filter, with the total. Any signed-in
 * user. Three queries, each cheap whatever the page: the page's ids in order (the sort key's
 * index serves the default order and its deep pages), the count (skipped when the first page
 * already holds everything), and the page's details — EU impacts, open milestones, act names,
 * highlights — for those ids only, never for the rows before the offset.
 */
export async function listInitiatives(db: Db, rawInput: InitiativeListInput): Promise<InitiativeListResult> {
  return listParsedInitiatives(db, initiativeListInputSchema.parse(rawInput));
}

/** The list for an input the procedure has already parsed: one zod parse per request. */
export async function listParsedInitiatives(
  db: Db,
  input: z.output<typeof initiativeListInputSchema>,
): Promise<InitiativeListResult> {
  const filter = input.filter ?? {};
  const language = input.language ?? 'fi';
  const today = readDay();
  const where = filterConditions(filter, today);
  const scoring = await scoringContext(db, input.weightingId);
  const page = await db
    .select({ id: i.id })
    .from(i)
    .where(where)
    .orderBy(...orderBy(input.sort, filter, language, today, scoring))
    .limit(input.limit)
    .offset(input.offset);
  const ids = page.map((row) => row.id);
  const complete = input.offset === 0 && ids.length < input.limit;
  const [total, details] = await Promise.all([
    complete ? Promise.resolve(ids.length) : db.$count(i, where),
    pageDetails(db, ids, filter.text, language, today, scoring),
  ]);
  return { items: ids.map((id) => details.get(id)).filter((item) => item !== undefined), total };
}

/** What the table (and the board's cards) show of the given rows, by id. */
export async function pageDetails(
  db: Db,
  ids: string[],
  text: string | undefined,
  language: Language,
  today: string,
  scoring: ScoringContext | null = null,
): Promise<Map<string, InitiativeListItem>> {
  if (ids.length === 0) return new Map();
  const config = TEXT_CONFIG[language];
  const headlineOptions = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`;
  const summaryOptions = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxFragments=1, MaxWords=18, MinWords=8`;
  const shownTitle = sql`coalesce(${column(`title_${language}`)}, ${i.titleFi})`;
  const shownSummary = sql`coalesce(${column(`summary_${language}`)}, ${i.summaryFi})`;
  // Each shown text is parsed by the stemmer of the language it really is in (it may be the Finnish fallback).
  const configOf = (name: 'title' | 'summary') =>
    sql`(case when ${column(`${name}_${language}`)} is null then 'finnish' else ${config} end)::regconfig`;
  const rows = await db
    .select({
      id: i.id,
      version: i.version,
      projectNumber: i.projectNumber,
      titleFi: i.titleFi,
      titleSv: i.titleSv,
      titleEn: i.titleEn,
      leadMinistry: i.leadMinistry,
      participatingMinistries: i.participatingMinistries,
      kind: i.kind,
      track: i.track,
      themes: i.themes,
      status: i.status,
      preparationStage: i.preparationStage,
      ministryHealth: i.ministryHealth,
      digitoimistoHealth: i.digitoimistoHealth,
      tier: i.tier,
      scores: i.scores,
      startDate: i.startDate,
      endDate: i.endDate,
      updatedAt: i.updatedAt,
      archivedAt: i.archivedAt,
      euImpacts: sql<
        LatenessInput['euImpacts']
      >`coalesce((select json_agg(json_build_object('deadline', ei.deadline::text, 'euActShortName', a.short_name, 'relation', ei.relation) order by ei.position) from eu_impacts ei join eu_acts a on a.id = ei.eu_act_id where ei.initiative_id = ${ID} and ei.deadline is not null), '[]'::json)`,
      openMilestones: sql<
        LatenessInput['milestones']
      >`coalesce((select json_agg(json_build_object('title', m.title, 'dueDate', m.due_date::text, 'doneAt', null) order by m.position) from milestones m where m.initiative_id = ${ID} and m.done_at is null), '[]'::json)`,
      euActs: sql<
        string[]
      >`array(select distinct a.short_name from eu_impacts ei join eu_acts a on a.id = ei.eu_act_id where ei.initiative_id = ${ID} order by a.short_name)`,
      titleHighlight: text
        ? sql<string>`ts_headline(${configOf('title')}, ${shownTitle}, ${textQuery(text)}, ${headlineOptions})`
        : sql<null>`null`,
      summaryHighlight: text
        ? sql<string>`ts_headline(${configOf('summary')}, ${shownSummary}, ${textQuery(text)}, ${summaryOptions})`
        : sql<null>`null`,
    })
    .from(i)
    .where(sql`${i.id} = any(${`{${ids.join(',')}}`}::uuid[])`);
  return new Map(
    rows.map((row): [string, InitiativeListItem] => [
      row.id,
      {
        id: row.id,
        version: row.version,
        projectNumber: row.projectNumber,
        title: { fi: row.titleFi, sv: row.titleSv, en: row.titleEn },
        leadMinistry: row.leadMinistry as InitiativeListItem['leadMinistry'],
        participatingMinistries: row.participatingMinistries as InitiativeListItem['participatingMinistries'],
        kind: row.kind as InitiativeListItem['kind'],
        track: row.track as InitiativeListItem['track'],
        themes: row.themes as InitiativeListItem['themes'],
        status: row.status as InitiativeListItem['status'],
        preparationStage: row.preparationStage as InitiativeListItem['preparationStage'],
        ministryHealth: row.ministryHealth as InitiativeListItem['ministryHealth'],
        digitoimistoHealth: row.digitoimistoHealth as InitiativeListItem['digitoimistoHealth'],
        tier: row.tier as InitiativeListItem['tier'],
        weightedScore: scoring ? defaultWeightedScore(row.scores as Record<string, number>, scoring) : null,
        startDate: row.startDate,
        endDate: row.endDate,
        ...lateFields(row, today),
        euActs: row.euActs,
        updatedAt: row.updatedAt,
        archivedAt: row.archivedAt,
        highlight:
          text && row.titleHighlight
            ? {
                title: row.titleHighlight,
                summary: row.summaryHighlight?.includes(HIGHLIGHT_START) ? row.summaryHighlight : null,
              }
            : null,
      },
    ]),
  );
}

/** The deadline cell and the lateness of a row, by the pure rules of shared/lateness.ts. */
function lateFields(
  row: { status: string; endDate: string | null } & Pick<LatenessInput, 'euImpacts'> & {
      openMilestones: LatenessInput['milestones'];
    },
  today: string,
): Pick<InitiativeListItem, 'nearestEuDeadline' | 'lateness'> {
  const input: LatenessInput = {
    status: row.status as LatenessInput['status'],
    endDate: row.endDate,
    milestones: row.openMilestones,
    euImpacts: row.euImpacts,
  };
  return { nearestEuDeadline: nearestEuDeadline(input, today), lateness: lateness(input, today) };
}

/** How many initiatives match; used when a page past the end has no rows to carry the window count. */
export async function countInitiatives(db: Db, filter: InitiativeFilter, today = readDay()): Promise<number> {
  return db.$count(i, filterConditions(filter, today));
}
