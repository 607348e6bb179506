import { describe, expect, it } from 'vitest';
import { MAX_CRITERIA } from './scoring-criteria.ts';
import { saveWeightingInputSchema } from './scoring-input.ts';

describe('saveWeightingInputSchema', () => {
  it('refuses more weights than there can be criteria, with one issue and without reading a value', () => {
    let reads = 0;
    const weights: Record<string, number> = {};
    for (let n = 0; n < 100_000; n++) {
      Object.defineProperty(weights, `c${n}`, {
        enumerable: true,
        get: () => {
          reads += 1;
          return 10;
        },
      });
    }
    const result = saveWeightingInputSchema.safeParse({ name: { fi: 'Oma' }, weights });
    expect(reads).toBe(0);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['weights', `At most ${MAX_CRITERIA} criterion weights.`],
    ]);
  });

  it('names a weight out of range and a key not shaped like a criterion key', () => {
    const result = saveWeightingInputSchema.safeParse({
      name: { fi: 'Oma' },
      weights: { cost: 101, 'Not A Key': 5 },
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['weights.cost', 'A weight is a whole number from 0 to 100.'],
      ['weights.Not A Key', expect.stringMatching(/^A criterion key is a lower-case letter/)],
    ]);
  });
});
