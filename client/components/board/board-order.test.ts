import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByScore } from './board-order.ts';

interface Card {
  id: string;
  weightedScore: number | null;
}
const column = (...scores: (number | null)[]) => ({
  tier: 'high',
  total: scores.length,
  cards: scores.map((weightedScore, i) => ({ id: `c${i + 1}`, weightedScore })),
});
const ids = (cards: Card[]) => cards.map((card) => card.id);

describe('orderByScore', () => {
  it('puts the best score first and the unscored last, ties in their manual order', () => {
    const [ordered] = orderByScore([column(40, null, 75.5, 40, null, 90)]);
    expect(ids(ordered?.cards ?? [])).toEqual(['c6', 'c3', 'c1', 'c4', 'c2', 'c5']);
    expect(ordered?.total).toBe(6);
  });

  it('orders each column on its own and keeps a column already in order as it was', () => {
    const inOrder = column(80, 60, null);
    const columns = [inOrder, column(10, 20)];
    const ordered = orderByScore(columns);
    expect(ordered[0]).toBe(inOrder);
    expect(ids(ordered[1]?.cards ?? [])).toEqual(['c2', 'c1']);
    expect(ids(columns[1]?.cards ?? [])).toEqual(['c1', 'c2']);
  });

  it('keeps every card once, scores never rising, and the manual order among equals', () => {
    const scores = fc.array(
      fc.option(
        fc.integer({ min: 0, max: 4 }).map((n) => n * 25),
        { nil: null },
      ),
      {
        maxLength: 30,
      },
    );
    fc.assert(
      fc.property(scores, (values) => {
        const cards = orderByScore([column(...values)])[0]?.cards ?? [];
        expect([...ids(cards)].sort()).toEqual(ids(column(...values).cards).sort());
        for (let i = 1; i < cards.length; i++) {
          const before = cards[i - 1] as Card;
          const after = cards[i] as Card;
          const rank = (card: Card) => card.weightedScore ?? -1;
          expect(rank(before)).toBeGreaterThanOrEqual(rank(after));
          if (rank(before) === rank(after)) {
            expect(Number(before.id.slice(1))).toBeLessThan(Number(after.id.slice(1)));
          }
        }
      }),
    );
  });
});
