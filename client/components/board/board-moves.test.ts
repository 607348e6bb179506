import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIERS, type Tier } from '../../../shared/codes.ts';
import {
  applyMove,
  type Column,
  columnDropId,
  describePlace,
  isSamePlace,
  type MovableCard,
  neighboursOf,
  placeCard,
  placeOfMenuChoice,
  placeOfMove,
  placeWhileOver,
  tierOfColumnDropId,
} from './board-moves.ts';

type Card = MovableCard & { title: string };

/** A board from the number of cards per tier: ids a1, a2… in the first tier, b1… in the second. */
function board(...counts: number[]): Column<Card>[] {
  return TIERS.map((tier, t) => ({
    tier,
    cards: Array.from({ length: counts[t] ?? 0 }, (_, i) => ({
      id: `${'abcde'[t]}${i + 1}`,
      tier,
      title: `${tier} ${i + 1}`,
    })),
  }));
}
const ids = (columns: Column<Card>[]) => columns.map((column) => column.cards.map((card) => card.id));

const boards = fc
  .array(fc.nat({ max: 6 }), { minLength: 5, maxLength: 5 })
  .filter((counts) => counts.some((n) => n > 0))
  .map((counts) => board(...counts));
const tiers = fc.constantFrom<Tier>(...TIERS);

describe('placeCard', () => {
  it('moves a card within its tier and to another, keeping every other card in order', () => {
    const start = board(3, 2);
    expect(ids(placeCard(start, 'a1', { tier: 'critical', index: 2 }))[0]).toEqual(['a2', 'a3', 'a1']);
    const across = placeCard(start, 'a2', { tier: 'high', index: 1 });
    expect(ids(across).slice(0, 2)).toEqual([
      ['a1', 'a3'],
      ['b1', 'a2', 'b2'],
    ]);
    expect(across[1]?.cards[1]?.tier).toBe('high');
  });

  it("keeps the tiers' totals when the columns hold only their first cards", () => {
    const start = board(3, 2).map((column) => ({ ...column, total: column.cards.length + 10 }));
    const across = placeCard(start, 'a1', { tier: 'high', index: 0 });
    expect(across.map((column) => column.total)).toEqual([12, 13, 10, 10, 10]);
    const within = placeCard(start, 'a1', { tier: 'critical', index: 2 });
    expect(within.map((column) => column.total)).toEqual([13, 12, 10, 10, 10]);
    expect(within[1]).toBe(start[1]);
  });

  it('leaves the board alone for an unknown card and clamps an index past the end', () => {
    const start = board(2);
    expect(ids(placeCard(start, 'zz', { tier: 'low', index: 0 }))).toEqual(ids(start));
    expect(ids(placeCard(start, 'a1', { tier: 'low', index: 99 }))[3]).toEqual(['a1']);
  });

  it('keeps every card exactly once, whatever the moves', () => {
    fc.assert(
      fc.property(
        boards,
        fc.array(fc.tuple(fc.nat(), tiers, fc.nat({ max: 10 })), { maxLength: 20 }),
        (start, moves) => {
          let columns = start;
          const all = ids(start).flat().sort();
          for (const [pick, tier, index] of moves) {
            const id = all[pick % all.length] as string;
            columns = placeCard(columns, id, { tier, index });
          }
          expect(ids(columns).flat().sort()).toEqual(all);
          for (const column of columns) for (const card of column.cards) expect(card.tier).toBe(column.tier);
        },
      ),
    );
  });
});

describe('neighboursOf and placeOfMove', () => {
  it('names the card above, or the card below at the top, or nothing in an empty tier', () => {
    const columns = board(3, 0, 1);
    expect(neighboursOf(columns, 'a2')).toEqual({ afterId: 'a1' });
    expect(neighboursOf(columns, 'a1')).toEqual({ beforeId: 'a2' });
    expect(neighboursOf(columns, 'c1')).toEqual({});
  });

  it('reads an input as the server does: after, else before, else last', () => {
    const columns = board(3, 2);
    expect(placeOfMove(columns, { id: 'b1', tier: 'critical', afterId: 'a1' })).toEqual({
      tier: 'critical',
      index: 1,
    });
    expect(placeOfMove(columns, { id: 'b1', tier: 'critical', beforeId: 'a1' })).toEqual({
      tier: 'critical',
      index: 0,
    });
    expect(placeOfMove(columns, { id: 'b1', tier: 'critical' })).toEqual({ tier: 'critical', index: 3 });
    // Both named must be next to each other, as the server checks; a missing one is a stale board.
    expect(placeOfMove(columns, { id: 'b1', tier: 'critical', afterId: 'a1', beforeId: 'a3' })).toBeNull();
    expect(placeOfMove(columns, { id: 'b1', tier: 'critical', afterId: 'zz' })).toBeNull();
  });

  it('puts a card where it was dropped: the neighbours it names bring it back to the same place', () => {
    fc.assert(
      fc.property(boards, fc.nat(), tiers, fc.nat({ max: 10 }), (start, pick, tier, index) => {
        const all = ids(start).flat();
        const id = all[pick % all.length] as string;
        const wanted = placeCard(start, id, { tier, index });
        const input = { id, tier, ...neighboursOf(wanted, id) };
        expect(ids(applyMove(start, input))).toEqual(ids(wanted));
      }),
    );
  });
});

describe('placeOfMenuChoice', () => {
  const columns = board(3, 2);
  it('goes first, last, before or after a named card of the chosen tier', () => {
    expect(placeOfMenuChoice(columns, 'b2', 'critical', { kind: 'top' })).toEqual({
      tier: 'critical',
      index: 0,
    });
    expect(placeOfMenuChoice(columns, 'a1', 'critical', { kind: 'bottom' })).toEqual({
      tier: 'critical',
      index: 2,
    });
    expect(placeOfMenuChoice(columns, 'b1', 'critical', { kind: 'before', targetId: 'a2' })).toEqual({
      tier: 'critical',
      index: 1,
    });
    const after = placeOfMenuChoice(columns, 'a1', 'critical', { kind: 'after', targetId: 'a3' });
    expect(after).toEqual({ tier: 'critical', index: 2 });
    expect(ids(placeCard(columns, 'a1', after ?? { tier: 'critical', index: 0 }))[0]).toEqual([
      'a2',
      'a3',
      'a1',
    ]);
  });

  it('refuses a card that is not in the tier, or the card itself', () => {
    expect(placeOfMenuChoice(columns, 'a1', 'high', { kind: 'before', targetId: 'a2' })).toBeNull();
    expect(placeOfMenuChoice(columns, 'a1', 'critical', { kind: 'after', targetId: 'a1' })).toBeNull();
  });
});

describe('placeWhileOver', () => {
  const columns = board(3, 2, 0);
  it('takes the place of a card of its own tier', () => {
    expect(placeWhileOver(columns, 'a1', 'a3', false)).toEqual({ tier: 'critical', index: 2 });
    expect(placeWhileOver(columns, 'a3', 'a1', true)).toEqual({ tier: 'critical', index: 0 });
  });

  it('goes above or below a card of another tier', () => {
    expect(placeWhileOver(columns, 'a1', 'b1', false)).toEqual({ tier: 'high', index: 0 });
    expect(placeWhileOver(columns, 'a1', 'b2', true)).toEqual({ tier: 'high', index: 2 });
  });

  it('goes last over another column and stays put over its own', () => {
    expect(placeWhileOver(columns, 'a2', columnDropId('medium'), false)).toEqual({
      tier: 'medium',
      index: 0,
    });
    expect(placeWhileOver(columns, 'a2', columnDropId('high'), false)).toEqual({ tier: 'high', index: 2 });
    expect(placeWhileOver(columns, 'a2', columnDropId('critical'), false)).toEqual({
      tier: 'critical',
      index: 1,
    });
    expect(placeWhileOver(columns, 'zz', 'a1', false)).toBeNull();
  });

  it('tells column drop areas from cards', () => {
    expect(tierOfColumnDropId(columnDropId('low'))).toBe('low');
    expect(tierOfColumnDropId('a1')).toBeNull();
  });
});

describe('isSamePlace and describePlace', () => {
  const columns = board(3, 2);
  it('knows a drop where the card already is', () => {
    expect(isSamePlace(columns, 'a2', { tier: 'critical', index: 1 })).toBe(true);
    expect(isSamePlace(columns, 'a2', { tier: 'critical', index: 0 })).toBe(false);
    expect(isSamePlace(columns, 'a2', { tier: 'high', index: 1 })).toBe(false);
  });

  it('counts places as a person does, with the card in the tier', () => {
    expect(describePlace(columns, 'a1', { tier: 'critical', index: 2 })).toEqual({
      tier: 'critical',
      position: 3,
      count: 3,
    });
    expect(describePlace(columns, 'a1', { tier: 'high', index: 0 })).toEqual({
      tier: 'high',
      position: 1,
      count: 3,
    });
    // A column cut to its first cards counts the whole tier.
    const cut = columns.map((column) => ({ ...column, total: 40 }));
    expect(describePlace(cut, 'a1', { tier: 'critical', index: 1 })).toEqual({
      tier: 'critical',
      position: 2,
      count: 40,
    });
    expect(describePlace(cut, 'a1', { tier: 'high', index: 2 })).toEqual({
      tier: 'high',
      position: 3,
      count: 41,
    });
    expect(describePlace(columns, 'a1', { tier: 'low', index: 5 })).toEqual({
      tier: 'low',
      position: 1,
      count: 1,
    });
  });
});
