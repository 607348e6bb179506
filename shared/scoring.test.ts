import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankByScore, suggestedEuUrgency, weightedScore } from './scoring.ts';

const CRITERIA = [
  { key: 'impact', direction: 'benefit' as const },
  { key: 'urgency', direction: 'benefit' as const },
  { key: 'cost', direction: 'cost' as const },
];
const score = fc.integer({ min: 1, max: 5 });
const scores = fc.record({ impact: score, urgency: score, cost: score }, { requiredKeys: [] });
const weights = fc.record({
  impact: fc.integer({ min: 0, max: 100 }),
  urgency: fc.integer({ min: 0, max: 100 }),
  cost: fc.integer({ min: 0, max: 100 }),
});

describe('weighted score', () => {
  it('stays within 0–100 for any scores and weights', () => {
    fc.assert(
      fc.property(scores, weights, (s, w) => {
        const { score: value } = weightedScore(s, CRITERIA, w);
        return value === null || (value >= 0 && value <= 100);
      }),
    );
  });

  it('falls when a cost criterion rises, and rises with a benefit', () => {
    fc.assert(
      fc.property(score, score, fc.integer({ min: 1, max: 4 }), (impact, urgency, cost) => {
        const w = { impact: 3, urgency: 2, cost: 1 };
        const cheaper = weightedScore({ impact, urgency, cost }, CRITERIA, w).score ?? 0;
        const dearer = weightedScore({ impact, urgency, cost: cost + 1 }, CRITERIA, w).score ?? 0;
        expect(dearer).toBeLessThan(cheaper);
        if (impact < 5) {
          const better = weightedScore({ impact: impact + 1, urgency, cost }, CRITERIA, w).score ?? 0;
          expect(better).toBeGreaterThan(cheaper);
        }
      }),
    );
  });

  it('is 100 for the best, 0 for the worst, and null with nothing weighted scored', () => {
    const w = { impact: 1, urgency: 1, cost: 1 };
    expect(weightedScore({ impact: 5, urgency: 5, cost: 1 }, CRITERIA, w)).toEqual({
      score: 100,
      scored: 3,
      weighted: 3,
    });
    expect(weightedScore({ impact: 1, urgency: 1, cost: 5 }, CRITERIA, w).score).toBe(0);
    expect(weightedScore({}, CRITERIA, w)).toEqual({ score: null, scored: 0, weighted: 3 });
    expect(weightedScore({ impact: 5 }, CRITERIA, { urgency: 2 }).score).toBeNull();
  });

  it('leaves unscored criteria out instead of counting them as zero', () => {
    expect(weightedScore({ impact: 5 }, CRITERIA, { impact: 1, urgency: 1 })).toEqual({
      score: 100,
      scored: 1,
      weighted: 2,
    });
  });
});

describe('ranking by score', () => {
  it('is a total order: every item once, best first, unscored last in their given order', () => {
    fc.assert(
      fc.property(fc.array(scores, { maxLength: 30 }), weights, (all, w) => {
        const items = all.map((s, i) => ({ id: `i${i}`, scores: s }));
        const ranked = rankByScore(items, CRITERIA, w);
        expect(ranked.map((r) => r.item.id).sort()).toEqual(items.map((i) => i.id).sort());
        for (let i = 1; i < ranked.length; i += 1) {
          const [a, b] = [ranked[i - 1]?.score ?? null, ranked[i]?.score ?? null];
          if (a !== null && b !== null) expect(a).toBeGreaterThanOrEqual(b);
          if (a === null) expect(b).toBeNull();
        }
      }),
    );
  });
});

describe('suggested EU urgency', () => {
  it('is most urgent within 90 days or overdue, and least with no deadline', () => {
    expect(suggestedEuUrgency('2026-12-01', '2026-12-01')).toBe(5);
    expect(suggestedEuUrgency('2026-11-01', '2026-12-01')).toBe(5);
    expect(suggestedEuUrgency('2027-03-01', '2026-12-01')).toBe(5);
    expect(suggestedEuUrgency('2027-03-02', '2026-12-01')).toBe(4);
    expect(suggestedEuUrgency('2027-12-01', '2026-12-01')).toBe(3);
    expect(suggestedEuUrgency('2028-11-30', '2026-12-01')).toBe(2);
    expect(suggestedEuUrgency('2030-01-01', '2026-12-01')).toBe(1);
    expect(suggestedEuUrgency(null, '2026-12-01')).toBe(1);
  });
});
