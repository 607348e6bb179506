import { describe, expect, it } from 'vitest';
import { HEALTH_RATINGS } from './codes.ts';
import { assessmentsDisagree, HEALTH_SEVERITY, healthAssessmentInputSchema, worstHealth } from './health.ts';

describe('assessmentsDisagree', () => {
  it('is true exactly when both assessments are made and differ', () => {
    for (const ministry of HEALTH_RATINGS) {
      for (const digitoimisto of HEALTH_RATINGS) {
        const expected =
          ministry !== 'not_assessed' && digitoimisto !== 'not_assessed' && ministry !== digitoimisto;
        expect(assessmentsDisagree(ministry, digitoimisto), `${ministry} / ${digitoimisto}`).toBe(expected);
        expect(assessmentsDisagree(digitoimisto, ministry)).toBe(expected);
      }
    }
    expect(assessmentsDisagree('green', 'red')).toBe(true);
    expect(assessmentsDisagree('amber', 'amber')).toBe(false);
    expect(assessmentsDisagree('red', 'not_assessed')).toBe(false);
  });
});

describe('worstHealth', () => {
  it('gives the more severe of the two, in either order', () => {
    for (const a of HEALTH_RATINGS) {
      for (const b of HEALTH_RATINGS) {
        const worst = worstHealth(a, b);
        expect([a, b]).toContain(worst);
        expect(HEALTH_SEVERITY[worst]).toBe(Math.max(HEALTH_SEVERITY[a], HEALTH_SEVERITY[b]));
        expect(worstHealth(b, a)).toBe(worst);
      }
    }
  });
});

describe('healthAssessmentInputSchema', () => {
  it('defaults to not assessed and keeps the reason to one line', () => {
    expect(healthAssessmentInputSchema.parse(undefined)).toEqual({
      rating: 'not_assessed',
      reason: null,
      assessedOn: null,
      assessedBy: null,
    });
    const long = healthAssessmentInputSchema.safeParse({ rating: 'red', reason: 'x'.repeat(501) });
    expect(long.error?.issues[0]?.path).toEqual(['reason']);
  });
});
