import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates.ts';
import { euImpactInputSchema, nearestOpenEuDeadline } from './eu-impact.ts';

const dayOffset = fc.integer({ min: -2000, max: 2000 });
const today = fc.integer({ min: 0, max: 30_000 }).map((n) => addDays('1995-01-01', n));
const impacts = (on: string) =>
  fc.array(
    fc
      .option(
        dayOffset.map((n) => addDays(on, n)),
        { nil: null },
      )
      .map((deadline) => ({ deadline })),
    {
      maxLength: 12,
    },
  );

describe('nearestOpenEuDeadline', () => {
  it('is today or later, no later than any open deadline, and one of the deadlines', () => {
    fc.assert(
      fc.property(
        today.chain((t) => fc.tuple(fc.constant(t), impacts(t))),
        ([t, list]) => {
          const nearest = nearestOpenEuDeadline(list, t);
          const open = list.map((i) => i.deadline).filter((d): d is string => d !== null && d >= t);
          if (open.length === 0) {
            expect(nearest).toBeNull();
            return;
          }
          expect(nearest).not.toBeNull();
          const found = nearest ?? '';
          expect(found >= t).toBe(true);
          for (const deadline of open) expect(found <= deadline).toBe(true);
          expect(open).toContain(nearest);
        },
      ),
    );
  });

  it('counts a deadline of today as open and yesterday as closed', () => {
    expect(nearestOpenEuDeadline([{ deadline: '2026-03-10' }], '2026-03-10')).toBe('2026-03-10');
    expect(nearestOpenEuDeadline([{ deadline: '2026-03-09' }], '2026-03-10')).toBeNull();
    expect(nearestOpenEuDeadline([], '2026-03-10')).toBeNull();
    expect(
      nearestOpenEuDeadline(
        [{ deadline: null }, { deadline: '2027-01-01' }, { deadline: '2026-06-30' }],
        '2026-03-10',
      ),
    ).toBe('2026-06-30');
  });
});

describe('euImpactInputSchema', () => {
  it('needs an EU act id that is a UUID, and a known relation', () => {
    const bad = euImpactInputSchema.safeParse({ euActId: 'ai-act', relation: 'loves' });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['euActId', 'relation']);
  });

  it('turns an empty note into null', () => {
    const parsed = euImpactInputSchema.parse({
      euActId: '3b1f5d2e-8c4a-4e1b-9f2d-7a6c5b4e3d21',
      relation: 'implements',
      note: '   ',
    });
    expect(parsed).toEqual({
      euActId: '3b1f5d2e-8c4a-4e1b-9f2d-7a6c5b4e3d21',
      relation: 'implements',
      deadline: null,
      note: null,
    });
  });
});
