import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Ranks on the board are fractional keys (the `fractional-indexing` package): a card moved
 * between two others gets a key between theirs, so a move writes one row. Keys compare byte by
 * byte (the column is COLLATE "C"), the same order in JavaScript's `<` on these ASCII keys.
 * Keys grow by about a character each time a card is put into the same gap; past
 * MAX_RANK_LENGTH the tier is given fresh, even keys in one transaction (rare).
 */
export const MAX_RANK_LENGTH = 32;

export function isValidRank(rank: string | null): rank is string {
  if (rank === null || rank.length === 0 || rank.length > MAX_RANK_LENGTH) return false;
  try {
    generateKeyBetween(rank, null);
    return true;
  } catch {
    return false;
  }
}

/** A key between two neighbours (null: the start or the end of the tier). */
export function rankBetween(before: string | null, after: string | null): string {
  return generateKeyBetween(before, after);
}

/** `count` even keys in order: a tier's fresh ranks. */
export function evenRanks(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

/** Byte order, as the database's COLLATE "C" compares. */
export function compareRanks(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1; // unplaced cards last
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
