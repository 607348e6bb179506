import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetRadius,
  MAX_RADIUS,
  MAX_SPREAD,
  type MatrixCard,
  MIN_RADIUS,
  matrixPoints,
  NO_BUDGET_RADIUS,
  QUADRANTS,
  quadrantArea,
  quadrantCounts,
  quadrantOf,
  spreadOffsets,
} from './matrix-points.ts';

const value = { key: 'societal_impact', direction: 'benefit' as const };
const effort = { key: 'cost', direction: 'cost' as const };
const card = (id: string, scores: Record<string, number>, budgetCents: number | null = null): MatrixCard => ({
  id,
  title: { fi: id },
  digitoimistoHealth: 'green',
  scores,
  budgetCents,
});

describe('quadrantOf', () => {
  it('reads value up and effort across as the classic matrix', () => {
    // x: cost (lower is better), y: societal impact (higher is better)
    expect(quadrantOf(1, 5, 'cost', 'benefit')).toBe('quickWins');
    expect(quadrantOf(5, 5, 'cost', 'benefit')).toBe('majorProjects');
    expect(quadrantOf(1, 1, 'cost', 'benefit')).toBe('fillIns');
    expect(quadrantOf(5, 1, 'cost', 'benefit')).toBe('moneyPits');
  });

  it('with two benefit criteria, quick wins are high on both', () => {
    expect(quadrantOf(5, 5, 'benefit', 'benefit')).toBe('quickWins');
    expect(quadrantOf(1, 1, 'benefit', 'benefit')).toBe('moneyPits');
  });

  it('puts a point on a midline in no quadrant', () => {
    expect(quadrantOf(3, 5, 'cost', 'benefit')).toBeNull();
    expect(quadrantOf(1, 3, 'cost', 'benefit')).toBeNull();
  });

  it('places each point inside the area drawn for its quadrant', () => {
    const directions = fc.constantFrom('benefit' as const, 'cost' as const);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        directions,
        directions,
        (x, y, xd, yd) => {
          const quadrant = quadrantOf(x, y, xd, yd);
          if (quadrant === null) return;
          const area = quadrantArea(quadrant, xd, yd);
          expect(x).toBeGreaterThan(area.x1);
          expect(x).toBeLessThan(area.x2);
          expect(y).toBeGreaterThan(area.y1);
          expect(y).toBeLessThan(area.y2);
        },
      ),
    );
  });

  it('tiles the chart with the four areas', () => {
    const areas = QUADRANTS.map((q) => quadrantArea(q, 'cost', 'benefit'));
    const size = areas.reduce((sum, a) => sum + (a.x2 - a.x1) * (a.y2 - a.y1), 0);
    expect(size).toBe(25);
  });
});

describe('spreadOffsets', () => {
  it('keeps a single point on its score', () => {
    expect(spreadOffsets(1)).toEqual([{ dx: 0, dy: 0 }]);
    expect(spreadOffsets(0)).toEqual([]);
  });

  it('keeps every member of a cell within the spread, and apart from the others', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), (count) => {
        const offsets = spreadOffsets(count);
        expect(offsets).toHaveLength(count);
        const seen = new Set<string>();
        for (const { dx, dy } of offsets) {
          expect(Math.hypot(dx, dy)).toBeLessThanOrEqual(MAX_SPREAD + 1e-9);
          seen.add(`${dx.toFixed(4)}:${dy.toFixed(4)}`);
        }
        expect(seen.size).toBe(count);
      }),
    );
  });
});

describe('matrixPoints', () => {
  it('plots every card scored on both criteria once, and counts the others', () => {
    const cards = [
      card('a', { societal_impact: 5, cost: 1 }),
      card('b', { societal_impact: 5, cost: 1 }),
      card('c', { societal_impact: 2, cost: 4 }),
      card('d', { societal_impact: 4 }),
      card('e', {}),
    ];
    const { points, unscored } = matrixPoints(cards, effort, value);
    expect(points.map((p) => p.id).sort()).toEqual(['a', 'b', 'c']);
    expect(unscored).toBe(2);
    const [a, b] = ['a', 'b'].map((id) => points.find((p) => p.id === id));
    expect(a?.quadrant).toBe('quickWins');
    expect(points.find((p) => p.id === 'c')?.quadrant).toBe('moneyPits');
    // Equal scores, drawn apart.
    expect(a?.plotX !== b?.plotX || a?.plotY !== b?.plotY).toBe(true);
    expect(quadrantCounts(points)).toEqual({
      quickWins: 2,
      majorProjects: 0,
      fillIns: 0,
      moneyPits: 1,
      boundary: 0,
    });
  });

  it('keeps each point within its cell and lists them top to bottom', () => {
    const score = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(score, score), { maxLength: 80 }), (pairs) => {
        const cards = pairs.map(([x, y], i) => card(`id-${i}`, { cost: x, societal_impact: y }));
        const { points, unscored } = matrixPoints(cards, effort, value);
        expect(points).toHaveLength(cards.length);
        expect(unscored).toBe(0);
        for (const point of points) {
          expect(Math.abs(point.plotX - point.x)).toBeLessThanOrEqual(MAX_SPREAD + 1e-9);
          expect(Math.abs(point.plotY - point.y)).toBeLessThanOrEqual(MAX_SPREAD + 1e-9);
        }
        for (let i = 1; i < points.length; i++) {
          expect((points[i - 1]?.plotY ?? 0) >= (points[i]?.plotY ?? 0)).toBe(true);
        }
      }),
    );
  });
});

describe('budgetRadius', () => {
  it('draws the largest budget largest, each area in proportion, and no budget at the middle size', () => {
    expect(budgetRadius(1_000_000, 1_000_000)).toBe(MAX_RADIUS);
    expect(budgetRadius(null, 1_000_000)).toBe(NO_BUDGET_RADIUS);
    expect(budgetRadius(0, 1_000_000)).toBe(NO_BUDGET_RADIUS);
    const quarter = budgetRadius(250_000, 1_000_000);
    expect(quarter).toBeCloseTo(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) / 2);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (a, b) => {
        const largest = Math.max(a, b, 1);
        expect(budgetRadius(Math.min(a, b), largest)).toBeLessThanOrEqual(
          budgetRadius(Math.max(a, b), largest) + 1e-9,
        );
      }),
    );
  });

  it('sizes the matrix points by their budgets', () => {
    const { points } = matrixPoints(
      [card('a', { societal_impact: 5, cost: 1 }, 400), card('b', { societal_impact: 1, cost: 5 }, 100)],
      effort,
      value,
    );
    expect(points.find((p) => p.id === 'a')?.radius).toBe(MAX_RADIUS);
    expect(points.find((p) => p.id === 'b')?.radius).toBeCloseTo(MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) / 2);
  });
});
