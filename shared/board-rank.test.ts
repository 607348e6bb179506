import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRanks, evenRanks, isValidRank, MAX_RANK_LENGTH, rankBetween } from './board-rank.ts';

/** Plays moves on a list of keys the way the board does: take a card out, put it into a gap. */
function play(count: number, moves: { from: number; to: number }[]): string[] {
  let keys = evenRanks(count);
  for (const move of moves) {
    const from = move.from % keys.length;
    const rest = keys.filter((_, i) => i !== from);
    const to = move.to % (rest.length + 1);
    let key = rankBetween(rest[to - 1] ?? null, rest[to] ?? null);
    if (key.length > MAX_RANK_LENGTH) {
      // What the board does then: fresh keys for the whole tier, in the same order.
      const order = [...rest.slice(0, to), key, ...rest.slice(to)];
      const fresh = evenRanks(order.length);
      keys = fresh;
      key = fresh[to] as string;
      continue;
    }
    keys = [...rest.slice(0, to), key, ...rest.slice(to)];
  }
  return keys;
}

describe('board ranks', () => {
  it('keep a strict total order with no duplicates through any sequence of moves', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.record({ from: fc.nat(), to: fc.nat() }), { maxLength: 200 }),
        (count, moves) => {
          const keys = play(count, moves);
          expect(keys).toHaveLength(count);
          expect(new Set(keys).size).toBe(count);
          for (let i = 1; i < keys.length; i++) {
            expect(compareRanks(keys[i - 1] as string, keys[i] as string)).toBe(-1);
          }
          expect(keys.every(isValidRank)).toBe(true);
        },
      ),
    );
  });

  it('puts a key between its neighbours, and at either end', () => {
    const [a, b] = evenRanks(2) as [string, string];
    const middle = rankBetween(a, b);
    expect(a < middle && middle < b).toBe(true);
    expect(rankBetween(null, a) < a).toBe(true);
    expect(rankBetween(b, null) > b).toBe(true);
  });

  it('grows a key by about a character when the same gap is used again and again', () => {
    const [low, first] = evenRanks(2) as [string, string];
    let high = first;
    for (let i = 0; i < 40; i++) high = rankBetween(low, high);
    expect(high.length).toBeGreaterThan(MAX_RANK_LENGTH / 4);
    expect(isValidRank(high)).toBe(high.length <= MAX_RANK_LENGTH);
  });

  it('tells keys it cannot place next to (a hand-edited file) from its own', () => {
    expect(isValidRank('a0')).toBe(true);
    expect(isValidRank('')).toBe(false);
    expect(isValidRank(null)).toBe(false);
    expect(isValidRank('zz')).toBe(false);
    expect(isValidRank('a0'.padEnd(MAX_RANK_LENGTH + 1, 'V'))).toBe(false);
  });

  it('sorts unplaced cards last', () => {
    expect(['b', null, 'a'].sort(compareRanks)).toEqual(['a', 'b', null]);
  });
});
