import { and, asc, eq, gte, isNull, lt, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { auditEvents, initiatives } from '../../drizzle/schema/index.ts';
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
import { addDays } from '../../shared/dates.ts';
import type { FieldChange } from '../../shared/initiative-changes.ts';
import { rankByScore, weightedScore } from '../../shared/scoring.ts';
import { sm } from '../../shared/server-messages.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Db } from '../db/database.ts';
import { versionedWrite } from '../db/versioned-write.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import { linksOfInitiatives } from './cooperation-links.ts';
import { filterConditions, pageDetails } from './initiative-list.ts';
import { readDay } from './read-day.ts';
import { chosenWeighting, listCriteria } from './scoring-context.ts';

const i = initiatives;

/**
 * The board's order within a tier: placed cards by rank (byte order), unplaced ones after, by
 * title. diff-inputs.ts boardPlaces orders the same way.
 */
const RANK_ORDER = [sql`${i.rank} collate "C" asc nulls last`, asc(i.sortTitleFi), asc(i.id)];
const tierPosition = sql`array_position(array[${sql.join(
  TIERS.map((t) => sql`${t}`),
  sql`, `,
)}]::text[], ${i.tier})`;

/**
 * The board: the active initiatives the filter selects, one column per tier, cards in rank
 * order, each with its weighted score under the chosen weighting and a mark where its manual
 * place and its score disagree strongly, and the short names of the cooperation bodies it is
 * linked to. Two queries for the cards (their order, then what the list shows of them) and two
 * for the links of the cards sent, whatever the count, plus the criteria and the weighting.
 * Any signed-in user.
 */
export async function getBoard(db: Db, input: z.output<typeof boardGetInputSchema>): Promise<Board> {
  const today = readDay();
  const filter = { ...input.filter, archived: 'active' as const };
  const [order, criteria, weighting] = await Promise.all([
    db
      .select({
        id: i.id,
        tier: i.tier,
        rank: i.rank,
        priorityVersion: i.priorityVersion,
        scores: i.scores,
        budgetCents: i.budgetCents,
      })
      .from(i)
      .where(filterConditions(filter, today))
      .orderBy(tierPosition, ...RANK_ORDER),
    listCriteria(db),
    chosenWeighting(db, input.weightingId),
  ]);
  // Every card's place counts (positions, the score ranking), but only the first cards of
  // each tier are sent, with what the list shows of them.
  const shown = new Set<string>();
  const perTier = new Map<string, number>();
  for (const row of order) {
    const count = (perTier.get(row.tier) ?? 0) + 1;
    perTier.set(row.tier, count);
    if (count <= input.perTier) shown.add(row.id);
  }
  const [details, links] = await Promise.all([
    pageDetails(db, [...shown], undefined, input.language ?? 'fi', today),
    linksOfInitiatives(db, [...shown]),
  ]);
  const weights = weighting?.weights ?? {};
  const scored = rankByScore(
    order.map((row) => ({ id: row.id, scores: row.scores as Record<string, number> })),
    criteria,
    weights,
  ).filter((entry) => entry.score !== null);
  const scorePosition = new Map(scored.map((entry, index) => [entry.item.id, index + 1]));
  const columns = TIERS.map((tier) => ({ tier, cards: [] as BoardCard[], total: perTier.get(tier) ?? 0 }));
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
      // One relation or several to a body: the card names it once (the links come in name order).
      bodies: [...new Set((links.get(row.id)?.bodies ?? []).map((link) => link.body.shortName))],
      budgetCents: row.budgetCents,
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

/** The cards of a tier on the board: its active initiatives. */
const inTier = (tier: Tier) => and(eq(i.tier, tier), isNull(i.archivedAt));

/** The tier's active cards in board order, without the card being moved (for a rebalance). */
async function tierCards(tx: Db, tier: Tier, movingId: string): Promise<Neighbour[]> {
  return tx
    .select({ id: i.id, rank: i.rank })
    .from(i)
    .where(and(inTier(tier), ne(i.id, movingId)))
    .orderBy(...RANK_ORDER);
}

/**
 * Gives every card of a tier a fresh, evenly spaced key in its current order. Needed only
 * when the keys around a gap cannot take another (a card never placed, a key grown past
 * MAX_RANK_LENGTH, a hand-edited file's key): rare, and inside the move's own transaction.
 * The order does not change, so neither the cards' priority versions nor the history do.
 */
async function rebalanceTier(tx: Db, tier: Tier, movingId: string): Promise<void> {
  const cards = await tierCards(tx, tier, movingId);
  const keys = evenRanks(cards.length);
  const fresh = cards.map((card, index) => ({ id: card.id, rank: keys[index] as string }));
  if (fresh.length > 0) {
    await tx.execute(sql`update initiatives set rank = r.rank
      from jsonb_to_recordset(${JSON.stringify(fresh)}::jsonb) as r(id uuid, rank text)
      where initiatives.id = r.id`);
  }
}

/** The placed card right above or right below `rank` in the tier; above no rank at all: the tier's last placed card. */
async function nextPlaced(
  tx: Db,
  tier: Tier,
  movingId: string,
  side: 'above' | 'below',
  rank: string | null,
): Promise<Neighbour | null> {
  const [row] = await tx
    .select({ id: i.id, rank: i.rank })
    .from(i)
    .where(
      and(
        inTier(tier),
        ne(i.id, movingId),
        sql`${i.rank} is not null`,
        rank === null ? undefined : side === 'below' ? sql`${i.rank} > ${rank}` : sql`${i.rank} < ${rank}`,
      ),
    )
    .orderBy(side === 'below' ? sql`${i.rank} asc` : sql`${i.rank} desc`)
    .limit(1);
  return row ?? null;
}

/**
 * The key for a card put right after `afterId` and/or right before `beforeId` (neither: after
 * the tier's last placed card), from the two neighbours only, so a move reads two rows
 * whatever the tier's size. null: a named neighbour is not in the tier (the user's board is
 * out of date); '': the gap cannot take a key (a neighbour unplaced or with a key the library
 * cannot read, or the key would grow too long), so the tier needs fresh keys first.
 */
async function keyForGap(
  tx: Db,
  tier: Tier,
  movingId: string,
  afterId: string | null,
  beforeId: string | null,
): Promise<string | null> {
  const named = [afterId, beforeId].filter((id): id is string => !!id);
  const rows =
    named.length === 0
      ? []
      : await tx
          .select({ id: i.id, rank: i.rank })
          .from(i)
          .where(and(inTier(tier), sql`${i.id} = any(${`{${named.join(',')}}`}::uuid[])`));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const after = afterId ? byId.get(afterId) : undefined;
  const before = beforeId ? byId.get(beforeId) : undefined;
  if ((afterId && !after) || (beforeId && !before)) return null;
  if ((after && !isValidRank(after.rank)) || (before && !isValidRank(before.rank))) return '';
  let low = after?.rank ?? null;
  let high = before?.rank ?? null;
  if (after && !before) high = (await nextPlaced(tx, tier, movingId, 'below', low))?.rank ?? null;
  if (before && !after) low = (await nextPlaced(tx, tier, movingId, 'above', high))?.rank ?? null;
  if (!after && !before) low = (await nextPlaced(tx, tier, movingId, 'above', null))?.rank ?? null;
  if ((low !== null && !isValidRank(low)) || (high !== null && !isValidRank(high))) return '';
  // Named neighbours that are not next to each other (any more): the board moved meanwhile.
  if (low !== null && high !== null && low >= high) return after && before ? null : '';
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
    const gap = () => keyForGap(tx, input.tier, input.id, input.afterId ?? null, input.beforeId ?? null);
    let key = await gap();
    if (key === '') {
      await rebalanceTier(tx, input.tier, input.id);
      key = await gap();
    }
    // A neighbour named that is not (or no longer) there, or not next to the other: the board
    // the user sees is out of date.
    if (key === null || key === '') {
      throw conflict(sm('staleBoard'), { currentPriorityVersion: current.priorityVersion });
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
  const { from, to, initiativeId } = boardDecisionsInputSchema.parse(input);
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
        initiativeId ? eq(auditEvents.entityId, initiativeId) : undefined,
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
