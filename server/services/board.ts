import { and, asc, eq, gte, isNull, lt, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { auditEvents, initiatives, weightings } from '../../drizzle/schema/index.ts';
import {
  type Board,
  type BoardCard,
  type BoardDecision,
  boardDecisionsInputSchema,
  type boardGetInputSchema,
  type boardMoveInputSchema,
  placeDiffers,
} from '../../shared/board.ts';
import { evenRanks, isValidRank, MAX_RANK_LENGTH, rankBetween } from '../../shared/board-rank.ts';
import { TIERS, type Tier } from '../../shared/codes.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import type { FieldChange } from '../../shared/initiative-changes.ts';
import { rankByScore, weightedScore } from '../../shared/scoring.ts';
import { sm } from '../../shared/server-messages.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Db } from '../db/database.ts';
import { versionedWrite } from '../db/versioned-write.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import { filterConditions, pageDetails } from './initiative-list.ts';
import { listCriteria, weightingFromRow } from './scoring-context.ts';

const i = initiatives;

/** The board's order within a tier: placed cards by rank (byte order), unplaced ones after, by title. */
const RANK_ORDER = [sql`${i.rank} collate "C" asc nulls last`, asc(i.sortTitleFi), asc(i.id)];
const tierPosition = sql`array_position(array[${sql.join(
  TIERS.map((t) => sql`${t}`),
  sql`, `,
)}]::text[], ${i.tier})`;

/** The weighting a board or list scores by: the one asked for, else the default. */
export async function chosenWeighting(db: Db, weightingId: string | undefined) {
  const [row] = await db
    .select()
    .from(weightings)
    .where(weightingId ? eq(weightings.id, weightingId) : eq(weightings.isDefault, true));
  if (!row && weightingId) throw notFound('weighting');
  return row ? weightingFromRow(row) : null;
}

/**
 * The board: the active initiatives the filter selects, one column per tier, cards in rank
 * order, each with its weighted score under the chosen weighting and a mark where its manual
 * place and its score disagree strongly. Two queries for the cards (their order, then what the
 * list shows of them) whatever the count, plus the criteria and the weighting. Any signed-in user.
 */
export async function getBoard(db: Db, input: z.output<typeof boardGetInputSchema>): Promise<Board> {
  const today = todayInFinland();
  const filter = { ...input.filter, archived: 'active' as const };
  const [order, criteria, weighting] = await Promise.all([
    db
      .select({
        id: i.id,
        tier: i.tier,
        rank: i.rank,
        priorityVersion: i.priorityVersion,
        scores: i.scores,
      })
      .from(i)
      .where(filterConditions(filter, today))
      .orderBy(tierPosition, ...RANK_ORDER),
    listCriteria(db),
    chosenWeighting(db, input.weightingId),
  ]);
  const details = await pageDetails(
    db,
    order.map((row) => row.id),
    undefined,
    input.language ?? 'fi',
    today,
  );
  const weights = weighting?.weights ?? {};
  const scored = rankByScore(
    order.map((row) => ({ id: row.id, scores: row.scores as Record<string, number> })),
    criteria,
    weights,
  ).filter((entry) => entry.score !== null);
  const scorePosition = new Map(scored.map((entry, index) => [entry.item.id, index + 1]));
  const columns = TIERS.map((tier) => ({ tier, cards: [] as BoardCard[] }));
  order.forEach((row, index) => {
    const item = details.get(row.id);
    if (!item) return;
    const scores = row.scores as Record<string, number>;
    const position = scorePosition.get(row.id) ?? null;
    columns[TIERS.indexOf(row.tier as Tier)]?.cards.push({
      id: item.id,
      title: item.title,
      leadMinistry: item.leadMinistry,
      participatingMinistries: item.participatingMinistries,
      status: item.status,
      ministryHealth: item.ministryHealth,
      digitoimistoHealth: item.digitoimistoHealth,
      nearestEuDeadline: item.nearestEuDeadline,
      lateness: item.lateness,
      euActs: item.euActs,
      tier: row.tier as Tier,
      rank: row.rank,
      priorityVersion: row.priorityVersion,
      scores,
      weightedScore: weightedScore(scores, criteria, weights).score,
      boardPosition: index + 1,
      scorePosition: position,
      placeDiffers: placeDiffers(index + 1, position, scored.length),
    });
  });
  return {
    columns,
    weighting: weighting ? { id: weighting.id, name: weighting.name } : null,
    total: order.length,
  };
}

type Neighbour = { id: string; rank: string | null };

/** The tier's active cards in board order, without the card being moved. */
async function tierCards(tx: Db, tier: Tier, movingId: string): Promise<Neighbour[]> {
  return tx
    .select({ id: i.id, rank: i.rank })
    .from(i)
    .where(and(eq(i.tier, tier), isNull(i.archivedAt), ne(i.id, movingId)))
    .orderBy(...RANK_ORDER);
}

/**
 * Gives every card of a tier a fresh, evenly spaced key in its current order. Needed only
 * when the keys around a gap cannot take another (a card never placed, a key grown past
 * MAX_RANK_LENGTH, a hand-edited file's key): rare, and inside the move's own transaction.
 * The order does not change, so neither the cards' priority versions nor the history do.
 */
async function rebalanceTier(tx: Db, cards: Neighbour[]): Promise<Neighbour[]> {
  const keys = evenRanks(cards.length);
  const fresh = cards.map((card, index) => ({ id: card.id, rank: keys[index] as string }));
  if (fresh.length > 0) {
    await tx.execute(sql`update initiatives set rank = r.rank
      from jsonb_to_recordset(${JSON.stringify(fresh)}::jsonb) as r(id uuid, rank text)
      where initiatives.id = r.id`);
  }
  return fresh;
}

/** The key for a card put after `afterId` and/or before `beforeId` in the tier's order. */
function keyForGap(cards: Neighbour[], afterId: string | null, beforeId: string | null): string | null {
  let index: number; // the place the card takes: it goes before cards[index]
  if (afterId) {
    const after = cards.findIndex((c) => c.id === afterId);
    if (after < 0) return null;
    index = after + 1;
    if (beforeId && cards[index]?.id !== beforeId) return null;
  } else if (beforeId) {
    index = cards.findIndex((c) => c.id === beforeId);
    if (index < 0) return null;
  } else {
    index = cards.length;
  }
  const low = cards[index - 1]?.rank ?? null;
  const high = cards[index]?.rank ?? null;
  if ((index > 0 && !isValidRank(low)) || (index < cards.length && !isValidRank(high))) return '';
  const key = rankBetween(low, high);
  return key.length > MAX_RANK_LENGTH ? '' : key;
}

/**
 * Moves a card within its tier or to another, checked against its priority version (never
 * its field version: an open edit form and a board move never conflict). One row is written,
 * with a `move` event in the priority's history; a tier change with its reason is the decision
 * log's entry. Coordinators and admins (checked by the procedure).
 */
export async function moveCard(
  db: Db,
  user: SessionUser,
  input: z.output<typeof boardMoveInputSchema>,
): Promise<{ priorityVersion: number; rank: string }> {
  return writeTransaction(db, async (tx) => {
    const [current] = await tx
      .select({
        tier: i.tier,
        rank: i.rank,
        priorityVersion: i.priorityVersion,
        archivedAt: i.archivedAt,
      })
      .from(i)
      .where(eq(i.id, input.id))
      .for('update');
    if (!current) throw notFound('initiative');
    if (current.archivedAt) throw invalid(sm('archivedNotOnBoard'));
    if (current.priorityVersion !== input.priorityVersion) {
      throw conflict(sm('staleBoard'), { currentPriorityVersion: current.priorityVersion });
    }
    if (input.afterId === input.id || input.beforeId === input.id) throw invalid(sm('moveNextToItself'));
    let cards = await tierCards(tx, input.tier, input.id);
    let key = keyForGap(cards, input.afterId ?? null, input.beforeId ?? null);
    // A neighbour named that is not (or no longer) there: the board the user sees is out of date.
    if (key === null) throw conflict(sm('staleBoard'), { currentPriorityVersion: current.priorityVersion });
    if (key === '') {
      cards = await rebalanceTier(tx, cards);
      key = keyForGap(cards, input.afterId ?? null, input.beforeId ?? null) as string;
    }
    const changes: FieldChange<string>[] = [];
    if (current.tier !== input.tier) changes.push({ field: 'tier', before: current.tier, after: input.tier });
    changes.push({ field: 'rank', before: current.rank, after: key });
    const priorityVersion = await versionedWrite(tx, {
      table: initiatives,
      id: input.id,
      versionColumn: i.priorityVersion,
      versionKey: 'priorityVersion',
      expected: current.priorityVersion,
      values: { tier: input.tier, rank: key },
      audit: {
        entityType: 'initiative_priority',
        action: 'move',
        changes,
        note: current.tier !== input.tier ? input.reason : null,
      },
      actor: user,
      stale: () => conflict(sm('staleBoard')),
    });
    return { priorityVersion, rank: key };
  });
}

/**
 * The decision log: every tier change in a period (by Finnish dates, both ends included), newest
 * first, with who, from, to and the reason. Any signed-in user.
 */
export async function boardDecisions(
  db: Db,
  input: z.output<typeof boardDecisionsInputSchema>,
): Promise<BoardDecision[]> {
  const { from, to } = boardDecisionsInputSchema.parse(input);
  const startOf = (day: string) => sql`(${day}::date::timestamp at time zone 'Europe/Helsinki')`;
  const rows = await db
    .select({
      at: auditEvents.at,
      initiativeId: auditEvents.entityId,
      changes: auditEvents.changes,
      note: auditEvents.note,
      actorName: auditEvents.actorName,
      titleFi: i.titleFi,
      titleSv: i.titleSv,
      titleEn: i.titleEn,
    })
    .from(auditEvents)
    .innerJoin(i, eq(i.id, auditEvents.entityId))
    .where(
      and(
        eq(auditEvents.entityType, 'initiative_priority'),
        sql`${auditEvents.changes} @> '[{"field":"tier"}]'::jsonb`,
        from ? gte(auditEvents.at, startOf(from)) : undefined,
        to ? lt(auditEvents.at, startOf(addDays(to, 1))) : undefined,
      ),
    )
    .orderBy(sql`${auditEvents.at} desc`)
    .limit(1000);
  return rows.map((row) => {
    const tier = (row.changes as FieldChange<string>[]).find((c) => c.field === 'tier');
    return {
      at: row.at,
      initiativeId: row.initiativeId,
      title: { fi: row.titleFi, sv: row.titleSv, en: row.titleEn },
      from: tier?.before as Tier,
      to: tier?.after as Tier,
      reason: row.note,
      actorName: row.actorName,
    };
  });
}
