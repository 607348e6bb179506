import { or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { initiatives } from '../../drizzle/schema/index.ts';
import {
  type AttentionCandidate,
  type AttentionInput,
  type AttentionResult,
  type attentionInputSchema,
  EU_DUTY_WINDOW_DAYS,
  rankAttention,
} from '../../shared/attention.ts';
import { addDays } from '../../shared/dates.ts';
import { OPEN_STATUSES } from '../../shared/lateness.ts';
import type { Db } from '../db/database.ts';
import { qualityFlagConditions } from './data-quality-sql.ts';
import { filterConditions } from './initiative-list.ts';
import { readDay } from './read-day.ts';

const i = initiatives;
// Qualified by hand, as in initiative-list.ts: the subqueries' own tables would shadow bare names.
const column = (name: string) => sql.raw(`"initiatives"."${name}"`);
const ID = column('id');
const openStatuses = sql.raw(`array[${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')}]::text[]`);
const isOpen = sql`${column('status')} = any(${openStatuses})`;

/**
 * True for every row that could have a reason of shared/attention.ts on `today`, so the rules
 * run only on these; an integration test holds it to the rules over every row. Each branch
 * implies a reason, so the candidates are exactly the rows the list will show:
 * - red in either assessment (green against red, two steps apart, always has a red);
 * - a stale assessment (the data-quality flag's own condition);
 * - late by the lateness rule (the list's `late` filter), which takes in the overdue milestones
 *   and the passed implementation deadlines of open initiatives;
 * - open, with an implementation deadline within 90 days (or passed).
 */
export function attentionPrecondition(today: string): SQL {
  const windowEnd = addDays(today, EU_DUTY_WINDOW_DAYS);
  return or(
    sql`${column('ministry_health')} = 'red' or ${column('digitoimisto_health')} = 'red'`,
    qualityFlagConditions(today).staleAssessment,
    filterConditions({ late: true, archived: 'all' }, today),
    sql`(${isOpen} and exists (select 1 from eu_impacts ei where ei.initiative_id = ${ID} and ei.relation = 'implements' and ei.deadline <= ${windowEnd}::date))`,
  ) as SQL;
}

/**
 * The rows `where` selects, with what the rules read of them: one query whatever the count, the
 * open milestones (a done one is never a reason) and the dated EU impacts with their act's short
 * name gathered per row by the database.
 */
export async function loadAttentionCandidates(db: Db, where: SQL | undefined): Promise<AttentionCandidate[]> {
  const rows = await db
    .select({
      id: i.id,
      titleFi: i.titleFi,
      titleSv: i.titleSv,
      titleEn: i.titleEn,
      leadMinistry: i.leadMinistry,
      status: i.status,
      ministryHealth: i.ministryHealth,
      ministryHealthOn: i.ministryHealthOn,
      digitoimistoHealth: i.digitoimistoHealth,
      digitoimistoHealthOn: i.digitoimistoHealthOn,
      endDate: i.endDate,
      milestones: sql<
        AttentionInput['milestones']
      >`coalesce((select json_agg(json_build_object('title', m.title, 'dueDate', m.due_date::text, 'doneAt', null) order by m.position) from milestones m where m.initiative_id = ${ID} and m.done_at is null), '[]'::json)`,
      euImpacts: sql<
        AttentionInput['euImpacts']
      >`coalesce((select json_agg(json_build_object('deadline', ei.deadline::text, 'relation', ei.relation, 'euActShortName', a.short_name) order by ei.position) from eu_impacts ei join eu_acts a on a.id = ei.eu_act_id where ei.initiative_id = ${ID} and ei.deadline is not null), '[]'::json)`,
    })
    .from(i)
    .where(where);
  return rows.map((row) => ({
    id: row.id,
    title: { fi: row.titleFi, sv: row.titleSv, en: row.titleEn },
    leadMinistry: row.leadMinistry as AttentionCandidate['leadMinistry'],
    status: row.status as AttentionCandidate['status'],
    ministryHealth: {
      rating: row.ministryHealth as AttentionCandidate['ministryHealth']['rating'],
      assessedOn: row.ministryHealthOn,
    },
    digitoimistoHealth: {
      rating: row.digitoimistoHealth as AttentionCandidate['digitoimistoHealth']['rating'],
      assessedOn: row.digitoimistoHealthOn,
    },
    endDate: row.endDate,
    milestones: row.milestones,
    euImpacts: row.euImpacts,
  }));
}

/**
 * The needs-attention list: the initiatives under the list's filter that have a reason to be
 * looked at (shared/attention.ts), the worst first, the first `limit` of them with the count of
 * all. Any signed-in user; the same answer for everyone (it is in the read cache). The database
 * selects the candidates (the filter and attentionPrecondition) and gathers their milestones and
 * EU impacts in the same single query; the rules and the ranking run here on those rows only.
 */
export async function attentionList(
  db: Db,
  input: z.output<typeof attentionInputSchema>,
  today: string = readDay(),
): Promise<AttentionResult> {
  const filter = input.filter ?? {};
  const where = sql`(${filterConditions(filter, today) ?? sql`true`}) and (${attentionPrecondition(today)})`;
  const ranked = rankAttention(await loadAttentionCandidates(db, where), today, input.language ?? 'fi');
  return { items: ranked.slice(0, input.limit), total: ranked.length, today };
}
