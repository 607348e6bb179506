import type { Tier } from '../../../shared/codes.ts';

/**
 * The board's moves as pure functions over its columns, shared by the drag, the keyboard, the
 * "move to…" dialog and the optimistic update, so all four put a card in the same place the
 * server will (server/services/board.ts: after `afterId`, else before `beforeId`, else last).
 */
export interface MovableCard {
  id: string;
  tier: Tier;
}

/** A tier's cards, in rank order: all of them, or the first ones when `total` says how many there are. */
export interface Column<C extends MovableCard = MovableCard> {
  tier: Tier;
  cards: C[];
  total?: number;
}

type CardOf<K extends Column> = K['cards'][number];

/** A place on the board: a tier, and the index the card takes in it (counted without the card). */
export interface Place {
  tier: Tier;
  index: number;
}

/** What board.move is told about a place: the card above it, or failing that the card below. */
export interface Neighbours {
  afterId?: string;
  beforeId?: string;
}

export interface Found<C> {
  card: C;
  tier: Tier;
  index: number;
}

export function findCard<K extends Column>(columns: readonly K[], id: string): Found<CardOf<K>> | null {
  for (const column of columns) {
    const index = column.cards.findIndex((card) => card.id === id);
    const card = column.cards[index];
    if (card) return { card, tier: column.tier, index };
  }
  return null;
}

/**
 * The columns with card `id` taken out and put at `place` (its `tier` follows, and so do the
 * tiers' totals); unknown ids change nothing. Cards that do not move keep their identity.
 */
export function placeCard<K extends Column>(columns: readonly K[], id: string, place: Place): K[] {
  const found = findCard(columns, id);
  if (!found || !columns.some((column) => column.tier === place.tier)) return [...columns];
  const across = found.tier !== place.tier;
  const moved = across ? { ...found.card, tier: place.tier } : found.card;
  const total = (column: K, change: number) =>
    across && column.total !== undefined ? { total: column.total + change } : {};
  return columns.map((column) => {
    const cards = column.tier === found.tier ? column.cards.filter((card) => card.id !== id) : column.cards;
    if (column.tier !== place.tier) {
      return cards === column.cards ? column : ({ ...column, cards, ...total(column, -1) } as K);
    }
    const next = cards === column.cards ? [...cards] : cards;
    next.splice(Math.max(0, Math.min(place.index, next.length)), 0, moved);
    return { ...column, cards: next, ...total(column, 1) } as K;
  });
}

/**
 * The neighbours to name for the card's place in `columns` (after it has been put there). One
 * neighbour only: with a filter on, the board shows a tier with gaps, and naming both sides
 * would be refused whenever a hidden card lies between them.
 */
export function neighboursOf(columns: readonly Column[], id: string): Neighbours {
  const found = findCard(columns, id);
  if (!found) return {};
  const cards = columns.find((column) => column.tier === found.tier)?.cards ?? [];
  const above = cards[found.index - 1];
  if (above) return { afterId: above.id };
  const below = cards[found.index + 1];
  return below ? { beforeId: below.id } : {};
}

/** Where a board.move input puts its card, by the server's rule; null when a named neighbour is not in the tier. */
export function placeOfMove(
  columns: readonly Column[],
  input: { id: string; tier: Tier; afterId?: string | null; beforeId?: string | null },
): Place | null {
  const column = columns.find((c) => c.tier === input.tier);
  if (!column) return null;
  const cards = column.cards.filter((card) => card.id !== input.id);
  if (input.afterId) {
    const after = cards.findIndex((card) => card.id === input.afterId);
    if (after < 0) return null;
    if (input.beforeId && cards[after + 1]?.id !== input.beforeId) return null;
    return { tier: input.tier, index: after + 1 };
  }
  if (input.beforeId) {
    const before = cards.findIndex((card) => card.id === input.beforeId);
    return before < 0 ? null : { tier: input.tier, index: before };
  }
  return { tier: input.tier, index: cards.length };
}

/** The optimistic update: the board as it will be once the server has made the move (unchanged if it cannot). */
export function applyMove<K extends Column>(
  columns: readonly K[],
  input: { id: string; tier: Tier; afterId?: string | null; beforeId?: string | null },
): K[] {
  const place = placeOfMove(columns, input);
  return place ? placeCard(columns, input.id, place) : [...columns];
}

/** A choice of the "move to…" dialog. */
export type MenuPosition =
  | { kind: 'top' }
  | { kind: 'bottom' }
  | { kind: 'before'; targetId: string }
  | { kind: 'after'; targetId: string };

/** The place a "move to…" choice names; null when the named card is not in the tier (or is the card itself). */
export function placeOfMenuChoice(
  columns: readonly Column[],
  id: string,
  tier: Tier,
  position: MenuPosition,
): Place | null {
  const column = columns.find((c) => c.tier === tier);
  if (!column) return null;
  const others = column.cards.filter((card) => card.id !== id);
  switch (position.kind) {
    case 'top':
      return { tier, index: 0 };
    case 'bottom':
      return { tier, index: others.length };
    case 'before':
    case 'after': {
      const target = others.findIndex((card) => card.id === position.targetId);
      if (target < 0) return null;
      return { tier, index: position.kind === 'before' ? target : target + 1 };
    }
  }
}

/** Whether a place is where the card already is: dropping it there is no move. */
export function isSamePlace(columns: readonly Column[], id: string, place: Place): boolean {
  const found = findCard(columns, id);
  return found !== null && found.tier === place.tier && found.index === place.index;
}

const COLUMN_PREFIX = 'column:';

/** The id of a column's own drop area (for an empty tier, or the space below its cards). */
export function columnDropId(tier: Tier): string {
  return `${COLUMN_PREFIX}${tier}`;
}

export function tierOfColumnDropId(id: string): Tier | null {
  return id.startsWith(COLUMN_PREFIX) ? (id.slice(COLUMN_PREFIX.length) as Tier) : null;
}

/**
 * Where the dragged card goes while it is over `overId` (a card, or a column's drop area):
 * within its own tier it takes the other card's place; in another tier it goes above the card,
 * or below it when the dragged card is past the card's middle (`below`); over a column's empty
 * area, it stays where it is in its own tier and goes last in another.
 */
export function placeWhileOver(
  columns: readonly Column[],
  activeId: string,
  overId: string,
  below: boolean,
): Place | null {
  const active = findCard(columns, activeId);
  if (!active) return null;
  const columnTier = tierOfColumnDropId(overId);
  if (columnTier) {
    if (columnTier === active.tier) return { tier: active.tier, index: active.index };
    const column = columns.find((c) => c.tier === columnTier);
    return column ? { tier: columnTier, index: column.cards.length } : null;
  }
  const over = findCard(columns, overId);
  if (!over) return null;
  if (over.tier === active.tier) return { tier: over.tier, index: over.index };
  return { tier: over.tier, index: over.index + (below ? 1 : 0) };
}

/**
 * "Place 3 of 12": the card's position in a tier if it were put at `place`, and the tier's size
 * then (its `total` where the column holds only its first cards).
 */
export function describePlace(
  columns: readonly Column[],
  id: string,
  place: Place,
): { tier: Tier; position: number; count: number } {
  const column = columns.find((c) => c.tier === place.tier);
  const cards = column?.cards ?? [];
  const inIt = cards.some((card) => card.id === id);
  const others = (column?.total ?? cards.length) - (inIt ? 1 : 0);
  return { tier: place.tier, position: Math.min(place.index, others) + 1, count: others + 1 };
}
