/** How the board's columns are ordered: by rank (where moves are made) or by weighted score. */
export type BoardOrder = 'manual' | 'score';

interface Scored {
  weightedScore: number | null;
}

/**
 * Each column's cards by weighted score, best first, unscored cards last; equal scores (and the
 * unscored among themselves) keep their manual order. A column whose order does not change is
 * returned as it was.
 */
export function orderByScore<Card extends Scored, Column extends { cards: Card[] }>(
  columns: readonly Column[],
): Column[] {
  return columns.map((column) => {
    const sorted = column.cards
      .map((card, index) => ({ card, index }))
      .sort((a, b) => compareScores(a.card, b.card) || a.index - b.index)
      .map(({ card }) => card);
    return sorted.every((card, i) => card === column.cards[i]) ? column : { ...column, cards: sorted };
  });
}

/** Higher first; null after any score. */
function compareScores(a: Scored, b: Scored): number {
  if (a.weightedScore === b.weightedScore) return 0;
  if (a.weightedScore === null) return 1;
  if (b.weightedScore === null) return -1;
  return b.weightedScore - a.weightedScore;
}
