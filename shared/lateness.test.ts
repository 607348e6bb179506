import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EU_RELATIONS, STATUSES, type Status } from './codes.ts';
import { addDays, daysBetween } from './dates.ts';
import { nearestOpenEuDeadline } from './eu-impact.ts';
import { isOpenStatus, LATENESS_KINDS, type LatenessInput, lateness, nearestEuDeadline } from './lateness.ts';

const dayOffset = fc.integer({ min: -800, max: 800 });
const todayArb = fc.integer({ min: 0, max: 30_000 }).map((n) => addDays('1995-01-01', n));
const dateNear = (today: string) => dayOffset.map((n) => addDays(today, n));

const initiativeOn = (today: string): fc.Arbitrary<LatenessInput> =>
  fc.record({
    status: fc.constantFrom(...STATUSES),
    endDate: fc.option(dateNear(today), { nil: null }),
    milestones: fc.array(
      fc.record({
        title: fc.string({ maxLength: 10 }),
        dueDate: dateNear(today),
        doneAt: fc.option(dateNear(today), { nil: null }),
      }),
      { maxLength: 6 },
    ),
    euImpacts: fc.array(
      fc.record({
        deadline: fc.option(dateNear(today), { nil: null }),
        euActShortName: fc.constantFrom('NIS2', 'AI Act', 'Data Act'),
        relation: fc.constantFrom(...EU_RELATIONS),
      }),
      { maxLength: 6 },
    ),
  });

const withToday = todayArb.chain((today) => fc.tuple(fc.constant(today), initiativeOn(today)));

describe('lateness', () => {
  it('never makes a completed or cancelled initiative late, whatever its dates', () => {
    fc.assert(
      fc.property(withToday, fc.constantFrom<Status>('completed', 'cancelled'), ([today, i], status) => {
        expect(lateness({ ...i, status }, today)).toEqual({ late: false, reasons: [], worstDaysLate: null });
      }),
    );
  });

  it('treats planned, preparation, ongoing and paused as open, and only those', () => {
    expect(STATUSES.filter(isOpenStatus)).toEqual(['planned', 'preparation', 'ongoing', 'paused']);
  });

  it('gives one reason per passed EU deadline, overdue milestone and passed end date of an open initiative', () => {
    fc.assert(
      fc.property(withToday, ([today, i]) => {
        const result = lateness(i, today);
        if (!isOpenStatus(i.status)) return;
        const expected = {
          euDeadline: i.euImpacts.filter((e) => e.deadline !== null && e.deadline < today).length,
          milestone: i.milestones.filter((m) => m.doneAt === null && m.dueDate < today).length,
          endDate: i.endDate !== null && i.endDate < today ? 1 : 0,
        };
        for (const kind of LATENESS_KINDS)
          expect(result.reasons.filter((r) => r.kind === kind).length).toBe(expected[kind]);
      }),
    );
  });

  it('is late exactly when it has a reason; the worst is the largest, every reason at least a day late', () => {
    fc.assert(
      fc.property(withToday, ([today, i]) => {
        const result = lateness(i, today);
        expect(result.late).toBe(result.reasons.length > 0);
        if (!result.late) {
          expect(result.worstDaysLate).toBeNull();
          return;
        }
        const days = result.reasons.map((r) => r.daysLate);
        expect(result.worstDaysLate).toBe(Math.max(...days));
        expect(days).toEqual([...days].sort((a, b) => b - a));
        for (const reason of result.reasons) {
          expect(reason.date < today).toBe(true);
          expect(reason.daysLate).toBe(daysBetween(reason.date, today));
          expect(reason.daysLate).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });

  it('never counts a date of today as late: due today is not late yet', () => {
    fc.assert(
      fc.property(
        todayArb,
        fc.constantFrom<Status>('planned', 'preparation', 'ongoing', 'paused'),
        (today, status) => {
          const due = {
            status,
            endDate: today,
            milestones: [{ title: 'x', dueDate: today, doneAt: null }],
            euImpacts: [{ deadline: today }],
          };
          expect(lateness(due, today).late).toBe(false);
          expect(lateness(due, addDays(today, 1)).worstDaysLate).toBe(1);
        },
      ),
    );
  });

  it('only grows as days pass: late today means later tomorrow by one day', () => {
    fc.assert(
      fc.property(withToday, ([today, i]) => {
        const now = lateness(i, today);
        const tomorrow = lateness(i, addDays(today, 1));
        if (now.late) expect(tomorrow.worstDaysLate).toBe((now.worstDaysLate ?? 0) + 1);
        expect(tomorrow.reasons.length).toBeGreaterThanOrEqual(now.reasons.length);
      }),
    );
  });

  it('is not late for a done milestone, however late it was done', () => {
    const i: LatenessInput = {
      status: 'ongoing',
      endDate: null,
      milestones: [{ title: 'Luonnos', dueDate: '2026-01-01', doneAt: '2026-06-01' }],
      euImpacts: [],
    };
    expect(lateness(i, '2026-12-01').late).toBe(false);
  });

  it('names the act of a passed EU deadline and counts its days: 45 days overdue', () => {
    const result = lateness(
      {
        status: 'ongoing',
        endDate: '2027-06-30',
        milestones: [{ title: 'Lausuntokierros', dueDate: '2026-11-20', doneAt: null }],
        euImpacts: [
          { deadline: '2026-10-17', euActShortName: 'NIS2', relation: 'implements' },
          { deadline: '2027-01-01', euActShortName: 'AI Act', relation: 'implements' },
        ],
      },
      '2026-12-01',
    );
    expect(result).toEqual({
      late: true,
      worstDaysLate: 45,
      reasons: [
        {
          kind: 'euDeadline',
          date: '2026-10-17',
          daysLate: 45,
          euActShortName: 'NIS2',
          relation: 'implements',
        },
        { kind: 'milestone', date: '2026-11-20', daysLate: 11, title: 'Lausuntokierros' },
      ],
    });
  });
});

describe('nearestEuDeadline', () => {
  it('for an open initiative is its earliest deadline, passed or not; it is overdue exactly when late by an EU deadline', () => {
    fc.assert(
      fc.property(withToday, ([today, i]) => {
        fc.pre(isOpenStatus(i.status));
        const nearest = nearestEuDeadline(i, today);
        const deadlines = i.euImpacts.map((e) => e.deadline).filter((d): d is string => d !== null);
        expect(nearest).toBe(deadlines.length ? [...deadlines].sort()[0] : null);
        const euReasons = lateness(i, today).reasons.filter((r) => r.kind === 'euDeadline');
        expect(nearest !== null && nearest < today).toBe(euReasons.length > 0);
        if (nearest !== null && nearest < today)
          expect(daysBetween(nearest, today)).toBe(Math.max(...euReasons.map((r) => r.daysLate)));
      }),
    );
  });

  it('for a completed or cancelled initiative is the nearest deadline from today on', () => {
    fc.assert(
      fc.property(withToday, fc.constantFrom<Status>('completed', 'cancelled'), ([today, i], status) => {
        expect(nearestEuDeadline({ ...i, status }, today)).toBe(nearestOpenEuDeadline(i.euImpacts, today));
      }),
    );
  });
});
