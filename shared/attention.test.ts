import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATTENTION_SEVERITY,
  type AttentionCandidate,
  type AttentionInput,
  attentionInputSchema,
  attentionReasons,
  attentionSeverity,
  EU_DUTY_WINDOW_DAYS,
  rankAttention,
} from './attention.ts';
import { EU_RELATIONS, HEALTH_RATINGS, STATUSES } from './codes.ts';
import { STALE_ASSESSMENT_DAYS } from './data-quality.ts';
import { addDays, todayInFinland } from './dates.ts';

const TODAY = '2026-12-01';
/** Nothing to see: open, assessed amber by both last week, nothing due. */
const calm: AttentionInput = {
  status: 'ongoing',
  ministryHealth: { rating: 'amber', assessedOn: addDays(TODAY, -7) },
  digitoimistoHealth: { rating: 'amber', assessedOn: addDays(TODAY, -7) },
  endDate: '2028-12-31',
  milestones: [{ title: 'Pilotti', dueDate: addDays(TODAY, 30), doneAt: null }],
  euImpacts: [{ deadline: addDays(TODAY, 400), relation: 'implements', euActShortName: 'NIS2' }],
};
const reasons = (changes: Partial<AttentionInput>, today = TODAY) =>
  attentionReasons({ ...calm, ...changes }, today);
const kinds = (changes: Partial<AttentionInput>, today = TODAY) => reasons(changes, today).map((r) => r.kind);
const duty = (days: number, relation: (typeof EU_RELATIONS)[number] = 'implements') => ({
  euImpacts: [{ deadline: addDays(TODAY, days), relation, euActShortName: 'NIS2' }],
});

const candidate = (id: string, title: string, changes: Partial<AttentionInput> = {}): AttentionCandidate => ({
  ...calm,
  ...changes,
  id,
  title: { fi: title, sv: `${title} sv`, en: null },
  leadMinistry: 'LVM',
});

describe('attentionReasons', () => {
  it('finds nothing in calm data', () => {
    expect(attentionReasons(calm, TODAY)).toEqual([]);
  });

  it('names each red assessment', () => {
    expect(reasons({ digitoimistoHealth: { rating: 'red', assessedOn: TODAY } })).toEqual([
      { kind: 'red', assessment: 'digitoimisto' },
    ]);
    expect(
      reasons({
        ministryHealth: { rating: 'red', assessedOn: TODAY },
        digitoimistoHealth: { rating: 'red', assessedOn: TODAY },
      }),
    ).toEqual([
      { kind: 'red', assessment: 'ministry' },
      { kind: 'red', assessment: 'digitoimisto' },
    ]);
  });

  it('flags green against red either way round, never one step apart or an unassessed side', () => {
    const pair = (ministry: (typeof HEALTH_RATINGS)[number], digitoimisto: (typeof HEALTH_RATINGS)[number]) =>
      reasons({
        ministryHealth: { rating: ministry, assessedOn: TODAY },
        digitoimistoHealth: { rating: digitoimisto, assessedOn: TODAY },
      }).filter((r) => r.kind === 'twoApart');
    expect(pair('green', 'red')).toEqual([{ kind: 'twoApart', ministry: 'green', digitoimisto: 'red' }]);
    expect(pair('red', 'green')).toEqual([{ kind: 'twoApart', ministry: 'red', digitoimisto: 'green' }]);
    expect(pair('green', 'amber')).toEqual([]);
    expect(pair('amber', 'red')).toEqual([]);
    expect(pair('red', 'amber')).toEqual([]);
    expect(pair('not_assessed', 'red')).toEqual([]);
    expect(pair('green', 'not_assessed')).toEqual([]);
    expect(pair('red', 'red')).toEqual([]);
  });

  it(`calls an assessment stale from day ${STALE_ASSESSMENT_DAYS + 1}, with its date and age`, () => {
    const assessedOn = (days: number) => ({ rating: 'green' as const, assessedOn: addDays(TODAY, -days) });
    expect(kinds({ ministryHealth: assessedOn(STALE_ASSESSMENT_DAYS) })).toEqual([]);
    expect(reasons({ ministryHealth: assessedOn(STALE_ASSESSMENT_DAYS + 1) })).toEqual([
      { kind: 'stale', assessment: 'ministry', assessedOn: addDays(TODAY, -121), days: 121 },
    ]);
    expect(reasons({ digitoimistoHealth: { rating: 'amber', assessedOn: '2026-07-11' } })).toEqual([
      { kind: 'stale', assessment: 'digitoimisto', assessedOn: '2026-07-11', days: 143 },
    ]);
    // Not assessed, or without a date: nothing to be stale (notAssessed is a data-quality flag).
    expect(kinds({ ministryHealth: { rating: 'not_assessed', assessedOn: '2020-01-01' } })).toEqual([]);
    expect(kinds({ ministryHealth: { rating: 'green', assessedOn: null } })).toEqual([]);
  });

  it('lists each overdue milestone of an open initiative from the day after its due date', () => {
    const milestone = (due: number, doneAt: string | null = null) => ({
      milestones: [{ title: 'Lausuntokierros', dueDate: addDays(TODAY, due), doneAt }],
    });
    expect(kinds(milestone(0))).toEqual([]);
    // The lateness it makes is said once, by the milestone.
    expect(reasons(milestone(-12))).toEqual([
      { kind: 'milestoneOverdue', title: 'Lausuntokierros', dueDate: addDays(TODAY, -12), daysLate: 12 },
    ]);
    expect(kinds(milestone(-12, addDays(TODAY, -13)))).toEqual([]);
    expect(kinds({ ...milestone(-12), status: 'completed' })).toEqual([]);
  });

  it(`watches an implementation duty from ${EU_DUTY_WINDOW_DAYS} days before its deadline`, () => {
    expect(kinds(duty(91))).toEqual([]);
    expect(reasons(duty(90))).toEqual([
      { kind: 'euDutySoon', euActShortName: 'NIS2', deadline: addDays(TODAY, 90), daysLeft: 90 },
    ]);
    expect(reasons(duty(89))).toEqual([
      { kind: 'euDutySoon', euActShortName: 'NIS2', deadline: addDays(TODAY, 89), daysLeft: 89 },
    ]);
    expect(reasons(duty(0))).toEqual([
      { kind: 'euDutySoon', euActShortName: 'NIS2', deadline: TODAY, daysLeft: 0 },
    ]);
    expect(reasons(duty(-1))).toEqual([
      { kind: 'euDutyOverdue', euActShortName: 'NIS2', deadline: addDays(TODAY, -1), daysOverdue: 1 },
    ]);
  });

  it('watches implementation duties only, and only while the initiative is open', () => {
    expect(kinds(duty(10, 'influences'))).toEqual([]);
    // A passed deadline of another relation is late by the lateness rule, not a missed duty.
    expect(reasons(duty(-10, 'reports_to'))).toEqual([
      { kind: 'late', daysLate: 10, cause: 'euDeadline', date: addDays(TODAY, -10), euActShortName: 'NIS2' },
    ]);
    for (const status of ['completed', 'cancelled'] as const) {
      expect(kinds({ ...duty(-10), status })).toEqual([]);
      expect(kinds({ ...duty(10), status })).toEqual([]);
    }
    expect(kinds({ ...duty(10), status: 'paused' })).toEqual(['euDutySoon']);
    expect(kinds({ ...duty(10), status: 'planned' })).toEqual(['euDutySoon']);
    expect(kinds({ euImpacts: [{ deadline: null, relation: 'implements' }] })).toEqual([]);
  });

  it('is late by the lateness rule: a passed end date from the next day, never when closed', () => {
    expect(kinds({ endDate: TODAY })).toEqual([]);
    expect(reasons({ endDate: addDays(TODAY, -31) })).toEqual([
      { kind: 'late', daysLate: 31, cause: 'endDate', date: addDays(TODAY, -31), euActShortName: null },
    ]);
    expect(kinds({ endDate: addDays(TODAY, -31), status: 'completed' })).toEqual([]);
  });

  it('says lateness once: the late reason is the worst cause no other reason names', () => {
    const both = {
      endDate: addDays(TODAY, -3),
      milestones: [{ title: 'Lausuntokierros', dueDate: addDays(TODAY, -12), doneAt: null }],
    };
    expect(reasons(both)).toEqual([
      { kind: 'milestoneOverdue', title: 'Lausuntokierros', dueDate: addDays(TODAY, -12), daysLate: 12 },
      { kind: 'late', daysLate: 3, cause: 'endDate', date: addDays(TODAY, -3), euActShortName: null },
    ]);
    // The ranking still goes by the lateness rule's worst days late.
    const [item] = rankAttention([candidate('x', 'X', both)], TODAY);
    expect(item?.daysLate).toBe(12);
  });

  it('puts the most severe reason first, and the most urgent first within a kind', () => {
    const all = reasons({
      ministryHealth: { rating: 'green', assessedOn: addDays(TODAY, -200) },
      digitoimistoHealth: { rating: 'red', assessedOn: TODAY },
      endDate: addDays(TODAY, -5),
      milestones: [
        { title: 'A', dueDate: addDays(TODAY, -3), doneAt: null },
        { title: 'B', dueDate: addDays(TODAY, -9), doneAt: null },
      ],
      euImpacts: [
        { deadline: addDays(TODAY, 60), relation: 'implements', euActShortName: 'AI Act' },
        { deadline: addDays(TODAY, 20), relation: 'implements', euActShortName: 'NIS2' },
        { deadline: addDays(TODAY, -2), relation: 'implements', euActShortName: 'Data Act' },
      ],
    });
    expect(all.map((r) => r.kind)).toEqual([
      'red',
      'euDutyOverdue',
      'twoApart',
      'milestoneOverdue',
      'milestoneOverdue',
      'euDutySoon',
      'euDutySoon',
      'late',
      'stale',
    ]);
    expect(all.filter((r) => r.kind === 'milestoneOverdue').map((r) => r.title)).toEqual(['B', 'A']);
    expect(all.filter((r) => r.kind === 'euDutySoon').map((r) => r.euActShortName)).toEqual([
      'NIS2',
      'AI Act',
    ]);
    expect(all.find((r) => r.kind === 'late')).toEqual({
      kind: 'late',
      daysLate: 5,
      cause: 'endDate',
      date: addDays(TODAY, -5),
      euActShortName: null,
    });
  });

  it("takes today as Helsinki's calendar day: a deadline of 31.12. is passed at 00:30 on 1.1. in Finland", () => {
    const today = todayInFinland(new Date('2026-12-31T22:30:00Z'));
    expect(today).toBe('2027-01-01');
    const input = {
      ...calm,
      milestones: [],
      euImpacts: [{ deadline: '2026-12-31', relation: 'implements' as const }],
    };
    expect(attentionReasons(input, today).map((r) => r.kind)).toEqual(['euDutyOverdue']);
    // An hour earlier it is still the 31st in Helsinki (23:30), and the duty is due today.
    const before = todayInFinland(new Date('2026-12-31T21:30:00Z'));
    expect(before).toBe('2026-12-31');
    expect(attentionReasons(input, before)).toEqual([
      { kind: 'euDutySoon', euActShortName: null, deadline: '2026-12-31', daysLeft: 0 },
    ]);
    // The 120-day boundary moves at Helsinki's midnight too.
    const stale = {
      ...calm,
      milestones: [],
      ministryHealth: { rating: 'green' as const, assessedOn: addDays('2026-12-31', -STALE_ASSESSMENT_DAYS) },
    };
    expect(attentionReasons(stale, before)).toEqual([]);
    expect(attentionReasons(stale, today).map((r) => r.kind)).toEqual(['stale']);
  });
});

describe('rankAttention', () => {
  it('leaves out calm initiatives and ranks by severity, then days late, then title', () => {
    const red = { digitoimistoHealth: { rating: 'red' as const, assessedOn: TODAY } };
    const ranked = rankAttention(
      [
        candidate('1', 'Calm'),
        candidate('2', 'Stale', { ministryHealth: { rating: 'green', assessedOn: '2025-01-01' } }),
        candidate('3', 'Ödemark red', red),
        candidate('4', 'Aalto red', red),
        candidate('5', 'Red and late', { ...red, endDate: addDays(TODAY, -3) }),
        candidate('6', 'Red, later', { ...red, endDate: addDays(TODAY, -30) }),
        candidate('7', 'Duty missed', duty(-1)),
        candidate('8', 'Two apart', {
          ministryHealth: { rating: 'green', assessedOn: TODAY },
          ...red,
        }),
      ],
      TODAY,
    );
    expect(ranked.map((item) => item.title.fi)).toEqual([
      'Two apart', // red + two apart: 140
      'Red, later', // red + late: 110, 30 days late
      'Red and late', // 110, 3 days late
      'Duty missed', // missed duty: 100, 1 day late
      'Aalto red', // red: 100, not late, by title (Ö after Z in Finnish)
      'Ödemark red',
      'Stale',
    ]);
    expect(ranked[0]).toMatchObject({ id: '8', severity: 140, daysLate: null, ministryHealth: 'green' });
    expect(ranked[1]).toMatchObject({ severity: 110, daysLate: 30 });
  });

  it('breaks ties by the title in the language asked for, the Finnish one where there is none', () => {
    const red = { ministryHealth: { rating: 'red' as const, assessedOn: TODAY } };
    const items = [
      { ...candidate('a', 'Beta', red), title: { fi: 'Beta', sv: 'Alfa', en: null } },
      { ...candidate('b', 'Alfa', red), title: { fi: 'Gamma', sv: null, en: null } },
    ];
    expect(rankAttention(items, TODAY, 'fi').map((i) => i.id)).toEqual(['a', 'b']);
    expect(rankAttention(items, TODAY, 'sv').map((i) => i.id)).toEqual(['a', 'b']);
    expect(rankAttention(items, TODAY, 'en').map((i) => i.id)).toEqual(['a', 'b']);
    const swapped = [
      items[0],
      { ...items[1], title: { fi: 'Aaa', sv: null, en: null } },
    ] as AttentionCandidate[];
    expect(rankAttention(swapped, TODAY, 'sv').map((i) => i.id)).toEqual(['b', 'a']);
  });

  it('puts anything red or with a missed duty above everything with neither (property)', () => {
    const rating = fc.constantFrom(...HEALTH_RATINGS);
    const day = fc.integer({ min: -400, max: 400 }).map((n) => addDays(TODAY, n));
    const input: fc.Arbitrary<AttentionInput> = fc.record({
      status: fc.constantFrom(...STATUSES),
      ministryHealth: fc.record({ rating, assessedOn: fc.option(day, { nil: null }) }),
      digitoimistoHealth: fc.record({ rating, assessedOn: fc.option(day, { nil: null }) }),
      endDate: fc.option(day, { nil: null }),
      milestones: fc.array(
        fc.record({
          title: fc.string({ maxLength: 5 }),
          dueDate: day,
          doneAt: fc.option(day, { nil: null }),
        }),
        { maxLength: 4 },
      ),
      euImpacts: fc.array(
        fc.record({
          deadline: fc.option(day, { nil: null }),
          relation: fc.constantFrom(...EU_RELATIONS),
          euActShortName: fc.constant('NIS2'),
        }),
        { maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(fc.array(input, { maxLength: 12 }), (inputs) => {
        const ranked = rankAttention(
          inputs.map((value, n) => candidate(String(n), `T${n}`, value)),
          TODAY,
        );
        const grave = ranked.map((item) =>
          item.reasons.some((r) => r.kind === 'red' || r.kind === 'euDutyOverdue'),
        );
        // Once the grave ones end, none follows.
        expect(grave.indexOf(false) === -1 || !grave.slice(grave.indexOf(false)).includes(true)).toBe(true);
        for (const item of ranked) {
          expect(item.reasons.length).toBeGreaterThan(0);
          expect(item.severity).toBe(attentionSeverity(item.reasons));
        }
        for (let n = 1; n < ranked.length; n++) {
          expect((ranked[n - 1]?.severity ?? 0) >= (ranked[n]?.severity ?? 0)).toBe(true);
        }
      }),
    );
  });

  it('has lesser weights that together stay below one grave reason', () => {
    const { red, euDutyOverdue, ...lesser } = ATTENTION_SEVERITY;
    const sum = Object.values(lesser).reduce((a, b) => a + b, 0);
    expect(sum).toBeLessThan(Math.min(red, euDutyOverdue));
  });
});

describe('attentionInputSchema', () => {
  it('defaults the limit to 50 and keeps it within 1–500', () => {
    expect(attentionInputSchema.parse(undefined)).toEqual({ limit: 50 });
    expect(attentionInputSchema.parse({ filter: { ministries: ['VM'] } })).toEqual({
      filter: { ministries: ['VM'] },
      limit: 50,
    });
    expect(attentionInputSchema.safeParse({ limit: 0 }).success).toBe(false);
    expect(attentionInputSchema.safeParse({ limit: 500 }).success).toBe(true);
    expect(attentionInputSchema.safeParse({ limit: 501 }).success).toBe(false);
  });
});
