/**
 * The value/effort matrix's geometry, pure: which quadrant a pair of scores falls in, and where
 * each point is drawn so that initiatives with equal scores stay visible side by side.
 */
import type { HealthRating } from '../../../shared/codes.ts';
import type { LocalizedText } from '../../../shared/localized-text.ts';
import type { CriterionDirection } from '../../../shared/scoring.ts';
import { MAX_SCORE, MIN_SCORE } from '../../../shared/scoring.ts';

export const QUADRANTS = ['quickWins', 'majorProjects', 'fillIns', 'moneyPits'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** The line between low and high on both axes: the middle of 1–5. */
export const MIDPOINT = (MIN_SCORE + MAX_SCORE) / 2;
/** How far from its score a point may be drawn: well inside half a step, so cells never touch. */
export const MAX_SPREAD = 0.38;

/** Whether a score is on the good side of the midpoint: high for a benefit, low for a cost. */
function goodSide(score: number, direction: CriterionDirection): boolean | null {
  if (score === MIDPOINT) return null;
  return direction === 'benefit' ? score > MIDPOINT : score < MIDPOINT;
}

/**
 * The quadrant of a point, by which side of the midpoint each score is on, read through each
 * criterion's direction: the vertical one is the value, the horizontal one the effort. With
 * the default (societal impact up, cost across) that is the classic value/effort matrix; with
 * two benefit criteria, "quick wins" are high on both. Null on a midline (a score of 3).
 */
export function quadrantOf(
  x: number,
  y: number,
  xDirection: CriterionDirection,
  yDirection: CriterionDirection,
): Quadrant | null {
  const xGood = goodSide(x, xDirection);
  const yGood = goodSide(y, yDirection);
  if (xGood === null || yGood === null) return null;
  if (yGood) return xGood ? 'quickWins' : 'majorProjects';
  return xGood ? 'fillIns' : 'moneyPits';
}

export interface Area {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** The region of the chart (in score units, 0.5–5.5) that a quadrant covers. */
export function quadrantArea(
  quadrant: Quadrant,
  xDirection: CriterionDirection,
  yDirection: CriterionDirection,
): Area {
  const low = [MIN_SCORE - 0.5, MIDPOINT] as const;
  const high = [MIDPOINT, MAX_SCORE + 0.5] as const;
  const xGood = quadrant === 'quickWins' || quadrant === 'fillIns';
  const yGood = quadrant === 'quickWins' || quadrant === 'majorProjects';
  const [x1, x2] = xGood === (xDirection === 'benefit') ? high : low;
  const [y1, y2] = yGood === (yDirection === 'benefit') ? high : low;
  return { x1, x2, y1, y2 };
}

/**
 * Offsets for the members of one cell (equal scores), in a sunflower pattern: one point stays
 * on its score, more spread evenly within MAX_SPREAD of it. Deterministic: the same members
 * in the same order always land in the same places.
 */
export function spreadOffsets(count: number): { dx: number; dy: number }[] {
  if (count <= 1) return count === 1 ? [{ dx: 0, dy: 0 }] : [];
  const golden = Math.PI * (3 - Math.sqrt(5));
  return Array.from({ length: count }, (_, index) => {
    const radius = MAX_SPREAD * Math.sqrt((index + 0.5) / count);
    const angle = index * golden;
    return { dx: radius * Math.cos(angle), dy: radius * Math.sin(angle) };
  });
}

/** What the matrix needs of a board card. */
export interface MatrixCard {
  id: string;
  title: LocalizedText;
  digitoimistoHealth: HealthRating;
  scores: Readonly<Record<string, number>>;
  budgetCents: number | null;
}

/** The smallest and largest point, in pixels; a point without a budget is drawn at the middle size. */
export const MIN_RADIUS = 5;
export const MAX_RADIUS = 14;
export const NO_BUDGET_RADIUS = 7;

/**
 * A point's radius by its budget: the area grows with the budget (the radius with its square
 * root), the largest budget of the matrix drawn at MAX_RADIUS.
 */
export function budgetRadius(budgetCents: number | null, largest: number): number {
  if (budgetCents === null || budgetCents <= 0 || largest <= 0) return NO_BUDGET_RADIUS;
  return MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.min(1, budgetCents / largest));
}

export interface MatrixPoint {
  id: string;
  title: LocalizedText;
  health: HealthRating;
  /** The scores on the two criteria. */
  x: number;
  y: number;
  /** Where it is drawn: the scores, spread within their cell. */
  plotX: number;
  plotY: number;
  quadrant: Quadrant | null;
  /** Drawn size, by budget. */
  radius: number;
}

/**
 * The points of the matrix: every card scored on both criteria, spread within its cell (members
 * ordered by id, so a point keeps its place when others come and go elsewhere), in reading
 * order — top to bottom, left to right — which is also the keyboard's order. `unscored` counts
 * the cards left out for lack of either score.
 */
export function matrixPoints(
  cards: readonly MatrixCard[],
  xAxis: { key: string; direction: CriterionDirection },
  yAxis: { key: string; direction: CriterionDirection },
): { points: MatrixPoint[]; unscored: number } {
  const cells = new Map<string, MatrixCard[]>();
  let unscored = 0;
  for (const card of cards) {
    const x = card.scores[xAxis.key];
    const y = card.scores[yAxis.key];
    if (x === undefined || y === undefined) {
      unscored += 1;
      continue;
    }
    const cell = `${x}:${y}`;
    cells.set(cell, [...(cells.get(cell) ?? []), card]);
  }
  const largest = Math.max(0, ...cards.map((card) => card.budgetCents ?? 0));
  const points: MatrixPoint[] = [];
  for (const members of cells.values()) {
    const sorted = [...members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const offsets = spreadOffsets(sorted.length);
    sorted.forEach((card, index) => {
      const x = card.scores[xAxis.key] as number;
      const y = card.scores[yAxis.key] as number;
      const offset = offsets[index] ?? { dx: 0, dy: 0 };
      points.push({
        id: card.id,
        title: card.title,
        health: card.digitoimistoHealth,
        x,
        y,
        plotX: x + offset.dx,
        plotY: y + offset.dy,
        quadrant: quadrantOf(x, y, xAxis.direction, yAxis.direction),
        radius: budgetRadius(card.budgetCents, largest),
      });
    });
  }
  points.sort((a, b) => b.plotY - a.plotY || a.plotX - b.plotX);
  return { points, unscored };
}

/** How many points each quadrant holds, and how many sit on a midline. */
export function quadrantCounts(points: readonly MatrixPoint[]): Record<Quadrant | 'boundary', number> {
  const counts = { quickWins: 0, majorProjects: 0, fillIns: 0, moneyPits: 0, boundary: 0 };
  for (const point of points) counts[point.quadrant ?? 'boundary'] += 1;
  return counts;
}
