import { type AnyColumn, and, asc, desc, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import { initiatives } from '../../drizzle/schema/index.ts';
import type { Language } from '../../shared/codes.ts';
import { STATUSES, TIERS } from '../../shared/codes.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
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
import type { Db } from '../db/database.ts';

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

/** Stemmed query in the three languages; a word matches if any language's stemmer finds it. */
function textQuery(text: string): SQL {
  return sql`(websearch_to_tsquery('finnish', ${text}) || websearch_to_tsquery('swedish', ${text}) || websearch_to_tsquery('english', ${text}))`;
}

/** The nearest open EU deadline of the row, in SQL: mirrors nearestOpenEuDeadline in shared/. */
const nearestDeadline = (today: string) =>
  sql<
    string | null
  >`(select min(ei.deadline)::text from eu_impacts ei where ei.initiative_id = ${ID} and ei.deadline >= ${today}::date)`;

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
  if (filter.euActs?.length) {
    conditions.push(
      sql`exists (select 1 from eu_impacts ei where ei.initiative_id = ${ID} and ei.eu_act_id = any(array[${sql.join(
        filter.euActs.map((id) => sql`${id}`),
        sql`, `,
      )}]::uuid[]))`,
    );
  }
  if (filter.euDeadlineWithinDays !== undefined) {
    conditions.push(
      sql`exists (select 1 from eu_impacts ei where ei.initiative_id = ${ID} and ei.deadline between ${today}::date and ${addDays(today, filter.euDeadlineWithinDays)}::date)`,
    );
  }
  if (filter.assessmentsDisagree) {
    conditions.push(
      sql`${i.ministryHealth} <> 'not_assessed' and ${i.digitoimistoHealth} <> 'not_assessed' and ${i.ministryHealth} <> ${i.digitoimistoHealth}`,
    );
  }
  if (filter.text) {
    const like = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        sql`${i.search} @@ ${textQuery(filter.text)}`,
        sql`${i.projectNumber} ilike ${like}`,
        sql`array_to_string(${i.caseNumbers}, ' ') ilike ${like}`,
        sql`${i.titleFi} ilike ${like}`,
        sql`${i.titleSv} ilike ${like}`,
        sql`${i.titleEn} ilike ${like}`,
      ),
    );
  }
  return and(...conditions);
}

const tierOrder = sql`array_position(${pgTextArray(TIERS)}, ${i.tier})`;
// Lifecycle order (planned → cancelled), not the alphabetical order of the codes.
const statusOrder = sql`array_position(${pgTextArray(STATUSES)}, ${i.status})`;
const healthOrder = sql`greatest(
  case ${i.ministryHealth} when 'red' then 3 when 'amber' then 2 when 'green' then 1 else 0 end,
  case ${i.digitoimistoHealth} when 'red' then 3 when 'amber' then 2 when 'green' then 1 else 0 end)`;

function orderBy(
  sort: InitiativeSort | undefined,
  filter: InitiativeFilter,
  language: Language,
  today: string,
): SQL[] {
  const title = sql`coalesce(${column(`title_${language}`)}, ${i.titleFi})`;
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
      // Worst first is what "descending" health means to a reader.
      return [...by(healthOrder), ...tieBreak];
    case 'tier':
      return [...by(tierOrder), ...tieBreak];
    case 'endDate':
      return [...by(i.endDate), ...tieBreak];
    case 'nearestEuDeadline':
      return [...by(nearestDeadline(today)), ...tieBreak];
    case 'updatedAt':
      return [...by(i.updatedAt), ...tieBreak];
    case 'projectNumber':
      return [...by(i.projectNumber), ...tieBreak];
  }
}

/**
 * The initiative list: one page of rows matching the filter, with the total. Any signed-in
 * user. One query: the total comes from a window count, the EU acts and nearest deadline
 * from correlated subqueries over the page's rows only.
 */
export async function listInitiatives(db: Db, rawInput: InitiativeListInput): Promise<InitiativeListResult> {
  const input = initiativeListInputSchema.parse(rawInput);
  const filter = input.filter ?? {};
  const language = input.language ?? 'fi';
  const today = todayInFinland();
  const config = TEXT_CONFIG[language];
  const headlineOptions = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`;
  const summaryOptions = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxFragments=1, MaxWords=18, MinWords=8`;
  const shownTitle = sql`coalesce(${column(`title_${language}`)}, ${i.titleFi})`;
  const shownSummary = sql`coalesce(${column(`summary_${language}`)}, ${i.summaryFi})`;
  // Each shown text is parsed by the stemmer of the language it really is in (it may be the Finnish fallback).
  const configOf = (name: 'title' | 'summary') =>
    sql`(case when ${column(`${name}_${language}`)} is null then 'finnish' else ${config} end)::regconfig`;
  const text = filter.text;
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
      startDate: i.startDate,
      endDate: i.endDate,
      updatedAt: i.updatedAt,
      archivedAt: i.archivedAt,
      nearestEuDeadline: nearestDeadline(today),
      euActs: sql<
        string[]
      >`array(select distinct a.short_name from eu_impacts ei join eu_acts a on a.id = ei.eu_act_id where ei.initiative_id = ${ID} order by a.short_name)`,
      total: sql<number>`count(*) over ()`.mapWith(Number),
      titleHighlight: text
        ? sql<string>`ts_headline(${configOf('title')}, ${shownTitle}, ${textQuery(text)}, ${headlineOptions})`
        : sql<null>`null`,
      summaryHighlight: text
        ? sql<string>`ts_headline(${configOf('summary')}, ${shownSummary}, ${textQuery(text)}, ${summaryOptions})`
        : sql<null>`null`,
    })
    .from(i)
    .where(filterConditions(filter, today))
    .orderBy(...orderBy(input.sort, filter, language, today))
    .limit(input.limit)
    .offset(input.offset);
  const total = rows[0]?.total ?? (input.offset > 0 ? await countInitiatives(db, filter, today) : 0);
  const items: InitiativeListItem[] = rows.map((row) => ({
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
    startDate: row.startDate,
    endDate: row.endDate,
    nearestEuDeadline: row.nearestEuDeadline,
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
  }));
  return { items, total };
}

/** How many initiatives match; used when a page past the end has no rows to carry the window count. */
export async function countInitiatives(
  db: Db,
  filter: InitiativeFilter,
  today = todayInFinland(),
): Promise<number> {
  return db.$count(i, filterConditions(filter, today));
}
