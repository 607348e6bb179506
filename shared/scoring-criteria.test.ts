import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, MAX_CRITERIA, scoresSchema, unknownCriteriaMessage } from './scoring-criteria.ts';

describe('scoresSchema', () => {
  it('accepts 1–5 by criterion key', () => {
    expect(scoresSchema.parse({ societal_impact: 5, cost: 1 })).toEqual({ societal_impact: 5, cost: 1 });
    expect(scoresSchema.parse({})).toEqual({});
  });

  it('refuses 200,000 keys at once, with one issue, before reading any', () => {
    // Every value a getter that counts its reads: the refusal must come from counting keys alone.
    let reads = 0;
    const many: Record<string, number> = {};
    for (let i = 0; i < 200_000; i++) {
      Object.defineProperty(many, `C ${i}`, {
        enumerable: true,
        get: () => {
          reads += 1;
          return 9;
        },
      });
    }
    const result = scoresSchema.safeParse(many);
    expect(reads).toBe(0);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['', `At most ${MAX_CRITERIA} criterion scores.`],
    ]);
  });

  it('names a key that is not shaped like a criterion key, and a score out of range', () => {
    const result = scoresSchema.safeParse({ 'Not A Key': 3, ['x'.repeat(41)]: 3, readiness: 6, cost: 2.5 });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['Not A Key', expect.stringMatching(/^A criterion key is a lower-case letter/)],
      ['x'.repeat(41), expect.stringMatching(/^A criterion key is a lower-case letter/)],
      ['readiness', 'A score is 1–5.'],
      ['cost', 'A score is 1–5.'],
    ]);
    expect(scoresSchema.safeParse([3]).success).toBe(false);
    expect(scoresSchema.safeParse('x').success).toBe(false);
  });
});

describe('unknownCriteriaMessage', () => {
  it('names the keys that are not criteria, and what the criteria are', () => {
    expect(unknownCriteriaMessage({ societal_impact: 3, eu_urgency: 2 })).toBeNull();
    expect(unknownCriteriaMessage({ impact: 3, cost: 2, urgency: 1 })).toBe(
      `No such scoring criterion: impact, urgency. The criteria are ${DEFAULT_CRITERIA.join(', ')}.`,
    );
    // The criteria table of a later issue is passed in the same way.
    expect(unknownCriteriaMessage({ impact: 3 }, ['impact'])).toBeNull();
  });
});
