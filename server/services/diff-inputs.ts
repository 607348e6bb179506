import { sql } from 'drizzle-orm';
import type { BoardPlaces, DiffInput } from '../../shared/snapshot-diff.ts';
import { type Db, queryRows } from '../db/database.ts';

interface Row {
  id: string;
  title_fi: string;
  title_sv: string | null;
  title_en: string | null;
  lead_ministry: string;
  status: string;
  preparation_stage: string | null;
  ministry_health: string;
  ministry_health_reason: string | null;
  ministry_health_on: string | null;
  ministry_health_by: string | null;
  digitoimisto_health: string;
  digitoimisto_health_reason: string | null;
  digitoimisto_health_on: string | null;
  digitoimisto_health_by: string | null;
  tier: string;
  rank: string | null;
  start_date: string | null;
  end_date: string | null;
  budget_cents: string | number | null;
  archived_at: string | null;
  milestones: DiffInput['milestones'];
  eu_impacts: DiffInput['euImpacts'];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A uuid[] parameter: one bound value however many ids (an `in` list is bounded by the protocol). */
const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/**
 * The initiatives of the portfolio as a diff needs them (shared/snapshot-diff.ts DiffInput), in
 * one statement: the milestones and EU impacts as JSON beside each row; only `ids` when given.
 * A diff reads two portfolios; loading them as full initiatives (lateness, scores, every field)
 * cost seconds.
 */
export async function diffInputs(db: Db, ids?: readonly string[]): Promise<DiffInput[]> {
  if (ids?.length === 0) return [];
  const rows = await queryRows<Row>(
    db,
    sql`select i.id, i.title_fi, i.title_sv, i.title_en, i.lead_ministry, i.status, i.preparation_stage,
      i.ministry_health, i.ministry_health_reason, i.ministry_health_on::text, i.ministry_health_by,
      i.digitoimisto_health, i.digitoimisto_health_reason, i.digitoimisto_health_on::text, i.digitoimisto_health_by,
      i.tier, i.rank, i.start_date::text, i.end_date::text, i.budget_cents, i.archived_at::text,
      coalesce((select json_agg(json_build_object('title', m.title, 'dueDate', m.due_date::text,
        'doneAt', m.done_at::text) order by m.position) from milestones m where m.initiative_id = i.id), '[]') as milestones,
      coalesce((select json_agg(json_build_object('euActId', e.eu_act_id, 'euActShortName', a.short_name,
        'relation', e.relation, 'deadline', e.deadline::text, 'note', e.note) order by e.position)
        from eu_impacts e join eu_acts a on a.id = e.eu_act_id where e.initiative_id = i.id), '[]') as eu_impacts
      from initiatives i ${ids ? sql`where i.id = any(${uuidArray(ids)})` : sql``}`,
  );
  return rows.map((row) => ({
    id: row.id,
    title: { fi: row.title_fi, sv: row.title_sv, en: row.title_en },
    leadMinistry: row.lead_ministry as DiffInput['leadMinistry'],
    status: row.status as DiffInput['status'],
    preparationStage: row.preparation_stage as DiffInput['preparationStage'],
    ministryHealth: {
      rating: row.ministry_health as DiffInput['ministryHealth']['rating'],
      reason: row.ministry_health_reason,
      assessedOn: row.ministry_health_on,
      assessedBy: row.ministry_health_by,
    },
    digitoimistoHealth: {
      rating: row.digitoimisto_health as DiffInput['digitoimistoHealth']['rating'],
      reason: row.digitoimisto_health_reason,
      assessedOn: row.digitoimisto_health_on,
      assessedBy: row.digitoimisto_health_by,
    },
    tier: row.tier as DiffInput['tier'],
    rank: row.rank,
    startDate: row.start_date,
    endDate: row.end_date,
    budgetCents: row.budget_cents === null ? null : Number(row.budget_cents),
    archivedAt: row.archived_at,
    milestones: row.milestones,
    euImpacts: row.eu_impacts,
  }));
}

/**
 * The columns of an initiative's row that a DiffInput is made of. A snapshot keeps them apart
 * in a narrow table (DIFF_ROWS_TABLE), so that comparing two snapshots reads 10,000 short rows
 * a side, not the whole rows with their summaries and search vectors.
 */
export const DIFF_ROW_COLUMNS = [
  'title_fi',
  'title_sv',
  'title_en',
  'lead_ministry',
  'status',
  'preparation_stage',
  'ministry_health',
  'ministry_health_reason',
  'ministry_health_on',
  'ministry_health_by',
  'digitoimisto_health',
  'digitoimisto_health_reason',
  'digitoimisto_health_on',
  'digitoimisto_health_by',
  'tier',
  'rank',
  'start_date',
  'end_date',
  'budget_cents',
  'archived_at',
] as const;
export const DIFF_ROWS_TABLE = 'initiative_diff_rows';

/** The board's order within a tier (board.ts RANK_ORDER): by rank in byte order, unplaced cards last by title. */
const BOARD_ORDER = 'rank collate "C" asc nulls last, sort_title_fi asc, id asc';
/** A card's place in its tier; archived ones have none. */
const BOARD_PLACE = `case when archived_at is null then row_number() over (partition by tier, archived_at is null order by ${BOARD_ORDER}) end`;

/**
 * The narrow rows of the initiatives of a snapshot's schema: the diff columns, the title's sort
 * key, and each active card's board place, so that a diff of two snapshots reads neither whole
 * rows nor sorts a tier. Derived, so the seal check compares the stored table with this query
 * (snapshot.ts).
 */
export const narrowRows = (schema: string) =>
  sql.raw(
    `select id, ${DIFF_ROW_COLUMNS.join(', ')}, sort_title_fi, ${BOARD_PLACE} as board_place from ${ident(schema)}.initiatives`,
  );
export const NARROW_COLUMNS = ['id', ...DIFF_ROW_COLUMNS, 'sort_title_fi', 'board_place'] as const;

const MILESTONE_COLUMNS = ['initiative_id', 'position', 'title', 'due_date', 'done_at'];
/*
 * The act's short name is not compared: an impact is matched by its act's id, so a renamed act
 * changes no impact's events (shared/snapshot-diff.ts euImpactEvents).
 */
const IMPACT_COLUMNS = ['initiative_id', 'position', 'eu_act_id', 'relation', 'deadline', 'note'];

/** One side of a diff: a snapshot's schema (with or without its narrow table), or the live tables. */
export interface DiffSide {
  schema: string | null;
  hasDiffRows: boolean;
}

const relation = (side: DiffSide, table: string) =>
  side.schema ? `${ident(side.schema)}.${ident(table)}` : ident(table);
const distinct = (columns: readonly string[]) =>
  `(${columns.map((c) => `a.${c}`).join(', ')}) is distinct from (${columns.map((c) => `b.${c}`).join(', ')})`;

/**
 * The ids of the initiatives that may differ between two sides: every one whose row's diff
 * columns, or any of whose milestones or EU impacts (by their ids), differ or exist on one side
 * only. A superset of those diffPortfolios reports (an edit that rewrites a milestone under a
 * new id lists its initiative, which then shows no change), found by three hash joins in one
 * statement; only these are then read whole. portfolio-changes.test.ts holds the equivalence.
 */
export async function changedInitiativeIds(db: Db, from: DiffSide, to: DiffSide): Promise<string[]> {
  const rows = (side: DiffSide) =>
    side.hasDiffRows ? relation(side, DIFF_ROWS_TABLE) : relation(side, 'initiatives');
  const query = `select coalesce(a.id, b.id) as id from ${rows(from)} a full join ${rows(to)} b on a.id = b.id
      where ${distinct(DIFF_ROW_COLUMNS)}
    union select coalesce(a.initiative_id, b.initiative_id) from ${relation(from, 'milestones')} a
      full join ${relation(to, 'milestones')} b on a.id = b.id where ${distinct(MILESTONE_COLUMNS)}
    union select coalesce(a.initiative_id, b.initiative_id) from ${relation(from, 'eu_impacts')} a
      full join ${relation(to, 'eu_impacts')} b on a.id = b.id where ${distinct(IMPACT_COLUMNS)}`;
  const found = await queryRows<{ id: string }>(db, sql.raw(query));
  return found.map((row) => row.id);
}

/**
 * Each of `ids`' place in its tier on the board (1 = top), among the active cards, or among
 * `among` when given (a filtered view's board), in the board's order. Looked up in a snapshot's
 * narrow table when it has one; counted otherwise.
 */
export async function boardPlaces(
  db: Db,
  side: DiffSide,
  ids: readonly string[],
  among?: readonly string[],
): Promise<BoardPlaces> {
  if (side.hasDiffRows && !among) {
    const stored = await queryRows<{ id: string; position: number }>(
      db,
      sql`select id, board_place::int as position from ${sql.raw(relation(side, DIFF_ROWS_TABLE))}
        where board_place is not null and id = any(${uuidArray(ids)})`,
    );
    return new Map(stored.map((row) => [row.id, row.position]));
  }
  const from = sql.raw(side.hasDiffRows ? relation(side, DIFF_ROWS_TABLE) : relation(side, 'initiatives'));
  const rows = await queryRows<{ id: string; position: number }>(
    db,
    sql`select id, position from (
      select id, row_number() over (partition by tier order by ${sql.raw(BOARD_ORDER)})::int as position
      from ${from} where archived_at is null ${among ? sql`and id = any(${uuidArray(among)})` : sql``}) placed
      where id = any(${uuidArray(ids)})`,
  );
  return new Map(rows.map((row) => [row.id, row.position]));
}
