import { asc, sql } from 'drizzle-orm';
import { euActs } from '../../drizzle/schema/index.ts';
import { EU_RELATIONS, type EuRelation } from '../../shared/codes.ts';
import { comingImplementationDate, type EuActSummary, nextKeyDate } from '../../shared/eu-act.ts';
import { NON_ANSWERING_STATUSES } from '../../shared/radar.ts';
import type { Db } from '../db/database.ts';
import { euActFromRow } from './eu-act.ts';
import { readDay } from './read-day.ts';

// Qualified by hand: inside the subquery an unqualified "id" would be the impact's or the initiative's.
const ACT_ID = sql.raw('"eu_acts"."id"');

/**
 * The EU act catalogue, by short name, with what is coming: each act's next key date, how many
 * active (not archived) initiatives link to it by relation — counted in SQL, per act, never by
 * loading the impacts — and whether a coming implementation date (application or transposition)
 * has no active, not cancelled initiative implementing the act. Any signed-in user.
 */
export async function listEuActCatalogue(db: Db, today = readDay()): Promise<EuActSummary[]> {
  const rows = await db
    .select({
      act: euActs,
      linked: sql<Partial<Record<EuRelation, number>> | null>`(
        select json_object_agg(c.relation, c.n) from (
          select ei.relation, count(*)::int as n from eu_impacts ei
          join initiatives i on i.id = ei.initiative_id
          where ei.eu_act_id = ${ACT_ID} and i.archived_at is null
          group by ei.relation
        ) as c)`,
      // The radar's rule (shared/radar.ts): a cancelled initiative implements nothing.
      implementing: sql<number>`(
        select count(*)::int from eu_impacts ei
        join initiatives i on i.id = ei.initiative_id
        where ei.eu_act_id = ${ACT_ID} and i.archived_at is null and ei.relation = 'implements'
          and i.status <> all(${`{${NON_ANSWERING_STATUSES.join(',')}}`}::text[]))`,
    })
    .from(euActs)
    .orderBy(asc(euActs.shortName));
  return rows.map(({ act: row, linked, implementing }) => {
    const act = euActFromRow(row);
    const counts = Object.fromEntries(EU_RELATIONS.map((r) => [r, linked?.[r] ?? 0])) as Record<
      EuRelation,
      number
    >;
    return {
      ...act,
      nextKeyDate: nextKeyDate(act, today),
      linked: counts,
      implementationGap: comingImplementationDate(act, today) !== null && implementing === 0,
    };
  });
}
