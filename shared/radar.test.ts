import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EU_RELATIONS, STATUSES, type Status } from './codes.ts';
import { addDays } from './dates.ts';
import type { EuActData } from './eu-act.ts';
import {
  addMonths,
  answersDate,
  compareRadarDates,
  radarCooperationDates,
  radarCounts,
  radarDatesOfAct,
  radarState,
  radarWindow,
} from './radar.ts';

const act = (dates: Partial<EuActData>): EuActData => ({
  shortName: 'X',
  number: null,
  celex: null,
  kind: 'regulation',
  title: { fi: 'X', sv: null, en: null },
  adoptedOn: null,
  entryIntoForceOn: null,
  applicationOn: null,
  transpositionDeadline: null,
  keyDates: [],
  finnishLead: null,
  ...dates,
});

describe('addMonths', () => {
  it('moves by whole months and keeps the day where the month has it', () => {
    expect(addMonths('2026-12-01', -6)).toBe('2026-06-01');
    expect(addMonths('2026-12-01', 24)).toBe('2028-12-01');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-11-30', 2)).toBe('2027-01-30');
  });

  it("takes the month's last day when the target month is shorter", () => {
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', -6)).toBe('2027-02-28');
    expect(addMonths('2028-08-31', -6)).toBe('2028-02-29');
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
  });

  it('lands in the target month, never past it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -60, max: 60 }), (n, months) => {
        const start = addDays('1995-01-01', n);
        const moved = addMonths(start, months);
        const index = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
        expect(index(moved) - index(start)).toBe(months);
        expect(Number(moved.slice(8))).toBeLessThanOrEqual(Number(start.slice(8)));
        expect(new Date(`${moved}T00:00:00Z`).toISOString().slice(0, 10)).toBe(moved);
      }),
    );
  });
});

describe('radarWindow and radarDatesOfAct', () => {
  it('is six months back and 24 ahead, both ends included', () => {
    expect(radarWindow('2026-12-01')).toEqual({ from: '2026-06-01', to: '2028-12-01' });
    expect(radarWindow('2026-08-31')).toEqual({ from: '2026-02-28', to: '2028-08-31' });
    expect(radarWindow('2026-12-01', 0, 1)).toEqual({ from: '2026-12-01', to: '2027-01-01' });
  });

  it('takes a date on either boundary and leaves out the day beyond each', () => {
    const today = '2026-12-01';
    const window = radarWindow(today);
    const keyDate = (date: string) => ({ label: { fi: date, sv: null, en: null }, date });
    const dates = radarDatesOfAct(
      act({
        keyDates: [
          keyDate(addDays(window.from, -1)),
          keyDate(window.from),
          keyDate(today),
          keyDate(window.to),
          keyDate(addDays(window.to, 1)),
        ],
      }),
      window,
    );
    expect(dates.map((d) => d.date)).toEqual(['2026-06-01', today, '2028-12-01']);
  });

  it('names each kind of date, drops the adoption date and keeps the time order', () => {
    const window = radarWindow('2026-12-01');
    const dates = radarDatesOfAct(
      act({
        adoptedOn: '2026-07-01',
        entryIntoForceOn: '2026-08-01',
        applicationOn: '2027-08-01',
        transpositionDeadline: '2027-02-01',
        keyDates: [{ label: { fi: 'Raportti komissiolle', sv: null, en: null }, date: '2027-01-01' }],
      }),
      window,
    );
    expect(dates).toEqual([
      { kind: 'entryIntoForce', label: null, date: '2026-08-01' },
      { kind: 'keyDate', label: { fi: 'Raportti komissiolle', sv: null, en: null }, date: '2027-01-01' },
      { kind: 'transposition', label: null, date: '2027-02-01' },
      { kind: 'application', label: null, date: '2027-08-01' },
    ]);
  });
});

describe('who answers a date', () => {
  it('implementers answer every kind, reporters only the further key dates, nobody when cancelled', () => {
    expect(answersDate('application', 'implements', 'ongoing')).toBe(true);
    expect(answersDate('transposition', 'implements', 'completed')).toBe(true);
    expect(answersDate('entryIntoForce', 'implements', 'planned')).toBe(true);
    expect(answersDate('application', 'reports_to', 'ongoing')).toBe(false);
    expect(answersDate('keyDate', 'reports_to', 'ongoing')).toBe(true);
    expect(answersDate('keyDate', 'implements', 'paused')).toBe(true);
    for (const relation of ['influences', 'funded_by', 'affected_by'] as const) {
      expect(answersDate('keyDate', relation, 'ongoing')).toBe(false);
      expect(answersDate('application', relation, 'ongoing')).toBe(false);
    }
    expect(answersDate('application', 'implements', 'cancelled')).toBe(false);
    expect(answersDate('keyDate', 'reports_to', 'cancelled')).toBe(false);
  });

  it('a date is a gap exactly when no answer is left once cancelled ones are out', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ relation: fc.constantFrom(...EU_RELATIONS), status: fc.constantFrom(...STATUSES) }),
        ),
        (links) => {
          const answering = links.filter((l) => answersDate('keyDate', l.relation, l.status));
          const state = radarState(answering.map((l) => l.status));
          expect(state === 'gap').toBe(answering.length === 0);
        },
      ),
    );
  });

  it('takes the furthest along of the answers: completed, in progress, planned or paused', () => {
    const state = (...statuses: Status[]) => radarState(statuses);
    expect(state()).toBe('gap');
    expect(state('cancelled')).toBe('gap');
    expect(state('planned')).toBe('planned');
    expect(state('paused')).toBe('planned');
    expect(state('paused', 'preparation')).toBe('inProgress');
    expect(state('ongoing', 'planned')).toBe('inProgress');
    expect(state('planned', 'completed', 'ongoing')).toBe('completed');
  });
});

describe('radarCounts and the order', () => {
  it('counts the coming dates and their gaps apart from the past ones', () => {
    expect(
      radarCounts([
        { past: true, gap: true },
        { past: false, gap: true },
        { past: false, gap: false },
        { past: false, gap: true },
      ]),
    ).toEqual({ coming: 3, comingGaps: 2, past: 1, pastGaps: 1 });
  });

  it('orders by date, then act, then kind', () => {
    const d = (date: string, shortName: string, kind: 'application' | 'transposition') => ({
      date,
      kind,
      act: { shortName },
    });
    const sorted = [
      d('2027-01-01', 'B', 'application'),
      d('2027-01-01', 'A', 'transposition'),
      d('2027-01-01', 'A', 'application'),
      d('2026-12-01', 'C', 'application'),
    ].sort(compareRadarDates);
    expect(sorted.map((x) => `${x.date} ${x.act.shortName} ${x.kind}`)).toEqual([
      '2026-12-01 C application',
      '2027-01-01 A application',
      '2027-01-01 A transposition',
      '2027-01-01 B application',
    ]);
  });
});

describe('radarCooperationDates', () => {
  const today = '2026-12-01';
  const window = radarWindow(today);
  const name = (fi: string) => ({ fi, sv: null, en: null });
  const body = (id: string, nextMeetingOn: string | null) => ({
    id,
    shortName: id,
    name: name(id),
    nextMeetingOn,
  });
  const bench = (id: string, nextPublicationOn: string | null) => ({
    id,
    shortName: id,
    name: name(id),
    nextPublicationOn,
  });

  it('keeps the meetings and publications inside the window, both ends included, and marks the past ones', () => {
    const dates = radarCooperationDates(
      [
        body('Before', addDays(window.from, -1)),
        body('First', window.from),
        body('None', null),
        body('Today', today),
      ],
      [
        bench('Last', window.to),
        bench('After', addDays(window.to, 1)),
        bench('Yesterday', addDays(today, -1)),
      ],
      window,
      today,
    );
    expect(dates.map((d) => [d.date, d.kind, d.subject.shortName, d.past])).toEqual([
      [window.from, 'meeting', 'First', true],
      [addDays(today, -1), 'publication', 'Yesterday', true],
      [today, 'meeting', 'Today', false],
      [window.to, 'publication', 'Last', false],
    ]);
    expect(dates.map((d) => d.id)).toEqual([
      'meeting:First',
      'publication:Yesterday',
      'meeting:Today',
      'publication:Last',
    ]);
  });

  it('orders one day meetings first, then by short name', () => {
    const day = addDays(today, 10);
    const dates = radarCooperationDates([body('Z', day), body('A', day)], [bench('B', day)], window, today);
    expect(dates.map((d) => `${d.kind} ${d.subject.shortName}`)).toEqual([
      'meeting A',
      'meeting Z',
      'publication B',
    ]);
  });
});
