/**
 * The raw SQL reference of each list row: the same logical query the API runs for that input
 * (listInitiatives in server/services/initiative-list.ts) — the same WHERE, ORDER BY, LIMIT and
 * OFFSET and the same columns — written by hand, without tRPC, zod, drizzle or HTTP. The
 * benchmark runs it through the same driver at the same concurrency and prints API / raw, which
 * is what the layers above the database cost. It checks that both return the same rows, so when
 * the list query changes and this one does not, the run says so instead of comparing two queries.
 * It cannot see a change that keeps the rows and changes the plan: follow the list's SQL closely
 * (the same expressions, the same search function), not only its meaning.
 */
import { JS_WHITESPACE } from '../server/services/data-quality-sql.ts';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../shared/initiative-list.ts';

export interface RawQuery {
  text: string;
  params: unknown[];
}

/** What the list rows ask for: a subset of InitiativeListInput, in the default sort. */
export interface RawListInput {
  ministries?: string[];
  statuses?: string[];
  themes?: string[];
  /** Cooperation bodies by slug (lower case), as the list's body filter matches them. */
  bodies?: string[];
  /** Languages a content text lacks (`missing=sv,en`), as the list's translation-sql.ts tests it. */
  missingTranslations?: ('sv' | 'en')[];
  text?: string;
  limit: number;
  offset: number;
}

/** The search words, as searchWords() in the list service takes them. */
const searchWords = (text: string) =>
  [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, 16);

/** The list's prefix tsquery for one word in parameter `word` (the function of migration 0003). */
const tsquery = (word: string) => `search_prefix_query(array[${word}]::text[])`;

/**
 * The list page in Finnish, default order by title (or by relevance with a search), as the
 * list service asks for it: the page's ids in order, the count apart, the details of the page's
 * rows only — here in one statement, which spares the reference two round trips the API makes.
 */
export function rawListQuery(input: RawListInput): RawQuery {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const words = input.text ? searchWords(input.text).map((word) => ({ word, p: param(word) })) : [];
  const all = words.length > 0 ? param(words.map((w) => w.word)) : null;
  const where = ['i.archived_at is null'];
  if (input.ministries?.length) {
    const ministries = param(input.ministries);
    where.push(
      `(i.lead_ministry = any(${ministries}::text[]) or i.participating_ministries && ${ministries}::text[])`,
    );
  }
  if (input.statuses?.length) where.push(`i.status = any(${param(input.statuses)}::text[])`);
  if (input.themes?.length) where.push(`i.themes && ${param(input.themes)}::text[]`);
  if (input.bodies?.length) {
    where.push(`exists (select 1 from initiative_bodies ib join cooperation_bodies b on b.id = ib.body_id
       where ib.initiative_id = i.id and (false or lower(regexp_replace(b.short_name, '[[:space:],]+', '-', 'g')) = any(${param(input.bodies)}::text[])))`);
  }
  if (input.missingTranslations?.length) {
    const whitespace = param(JS_WHITESPACE);
    const blank = (column: string) => `nullif(btrim(i.${column}, ${whitespace}::text), '') is null`;
    const columns = input.missingTranslations.flatMap((language) => [
      `title_${language}`,
      `summary_${language}`,
    ]);
    where.push(`(${columns.map(blank).join(' or ')})`);
  }
  for (const { word, p } of words) {
    const stem = `i.search @@ ${tsquery(p)}`;
    where.push(
      [...word].length < 3
        ? stem
        : `(${stem} or i.search_text like '%' || search_substring(${p}::text) || '%')`,
    );
  }
  const title = 'i.sort_title_fi asc, i.id asc';
  const order = all ? `ts_rank(i.search, search_prefix_query(${all}::text[])) desc, ${title}` : title;
  const highlights = all
    ? `ts_headline('finnish', i.title_fi, search_prefix_query(${all}::text[]), ${param(`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`)}) as title_highlight,
       ts_headline('finnish', i.summary_fi, search_prefix_query(${all}::text[]), ${param(`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxFragments=1, MaxWords=18, MinWords=8`)}) as summary_highlight`
    : 'null as title_highlight, null as summary_highlight';
  const filter = where.join('\n     and ');
  const text = `with page as (
  select p.id, row_number() over () as n from (
    select i.id from initiatives i
     where ${filter}
     order by ${order}
     limit ${param(input.limit)} offset ${param(input.offset)}) p),
total as (select count(*) as total from initiatives i where ${filter})
select i.id, i.version, i.project_number, i.title_fi, i.title_sv, i.title_en, i.lead_ministry,
       i.participating_ministries, i.kind, i.track, i.themes, i.status, i.preparation_stage, i.ministry_health,
       i.digitoimisto_health, i.tier, i.start_date, i.end_date, i.updated_at, i.archived_at,
       coalesce((select json_agg(json_build_object('deadline', ei.deadline::text, 'euActShortName', a.short_name, 'relation', ei.relation) order by ei.position)
         from eu_impacts ei join eu_acts a on a.id = ei.eu_act_id where ei.initiative_id = i.id and ei.deadline is not null), '[]'::json) as eu_impacts,
       coalesce((select json_agg(json_build_object('title', m.title, 'dueDate', m.due_date::text, 'doneAt', null) order by m.position)
         from milestones m where m.initiative_id = i.id and m.done_at is null), '[]'::json) as open_milestones,
       array(select distinct a.short_name from eu_impacts ei join eu_acts a on a.id = ei.eu_act_id where ei.initiative_id = i.id order by a.short_name) as eu_acts,
       (select total from total) as total,
       ${highlights}
  from page join initiatives i on i.id = page.id
 order by page.n`;
  return { text, params };
}
