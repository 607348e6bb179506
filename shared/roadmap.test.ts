import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  barSpan,
  dataWindow,
  dateOfDay,
  dayNumber,
  dayPosition,
  isoWeek,
  parsePeriodParam,
  periodOf,
  periodParam,
  periodRange,
  positionOf,
  roadmapInputSchema,
  roadmapView,
} from './roadmap.ts';

const bar = (startDate: string, endDate: string, dueDates: string[] = []) => ({
  startDate,
  endDate,
  milestones: dueDates.map((dueDate) => ({ dueDate })),
});

describe('roadmapInputSchema', () => {
  it('defaults to grouping by lead ministry and 300 bars, and refuses more than 2000', () => {
    expect(roadmapInputSchema.parse(undefined)).toEqual({ groupBy: 'leadMinistry', limit: 300 });
    expect(roadmapInputSchema.parse({ groupBy: 'theme', limit: 2000 }).limit).toBe(2000);
    expect(roadmapInputSchema.safeParse({ limit: 2001 }).success).toBe(false);
    expect(roadmapInputSchema.safeParse({ limit: 0 }).success).toBe(false);
    expect(roadmapInputSchema.safeParse({ groupBy: 'status' }).success).toBe(false);
  });
});

describe('dataWindow', () => {
  it('spans whole years from the earliest date to the latest, milestones included', () => {
    const window = dataWindow(
      [bar('2024-03-01', '2025-06-30', ['2027-02-01']), bar('2023-12-31', '2024-01-01')],
      '2025-05-05',
    );
    expect(window).toEqual({ from: '2023-01-01', to: '2028-01-01' });
  });

  it('always holds today, also with no bars at all', () => {
    expect(dataWindow([], '2026-12-31')).toEqual({ from: '2026-01-01', to: '2027-01-01' });
    expect(dataWindow([bar('2020-01-01', '2020-02-01')], '2026-01-01')).toEqual({
      from: '2020-01-01',
      to: '2027-01-01',
    });
  });
});

describe('periods', () => {
  it('numbers years and quarters, and reads and writes them as the URL does', () => {
    expect(periodOf('2026-03-31', 'quarter')).toBe(2026 * 4);
    expect(periodOf('2026-04-01', 'quarter')).toBe(2026 * 4 + 1);
    expect(periodOf('2026-12-31', 'year')).toBe(2026);
    expect(periodParam(2026 * 4 + 2, 'quarter')).toBe('2026-Q3');
    expect(parsePeriodParam('2026-Q3', 'quarter')).toBe(2026 * 4 + 2);
    expect(parsePeriodParam('2026', 'year')).toBe(2026);
    // A period of the other zoom, or nonsense, is no period: the view falls back to today's.
    expect(parsePeriodParam('2026', 'quarter')).toBeNull();
    expect(parsePeriodParam('2026-Q5', 'quarter')).toBeNull();
    expect(parsePeriodParam('2026-Q1', 'year')).toBeNull();
    expect(parsePeriodParam(null, 'year')).toBeNull();
  });

  it('covers leap days: 2028 has 366 days, its first quarter 91 and the same quarter of 2027 90', () => {
    const days = (r: { from: string; to: string }) => dayNumber(r.to) - dayNumber(r.from);
    const window = { from: '2020-01-01', to: '2030-01-01' };
    expect(periodRange(2028, 'year', window)).toEqual({ from: '2028-01-01', to: '2029-01-01' });
    expect(days(periodRange(2028, 'year', window))).toBe(366);
    expect(days(periodRange(2027, 'year', window))).toBe(365);
    expect(days(periodRange(2028 * 4, 'quarter', window))).toBe(91);
    expect(days(periodRange(2027 * 4, 'quarter', window))).toBe(90);
    expect(periodRange(2028 * 4 + 3, 'quarter', window)).toEqual({ from: '2028-10-01', to: '2029-01-01' });
    expect(periodRange(0, 'all', window)).toBe(window);
  });
});

describe('roadmapView', () => {
  const window = { from: '2024-01-01', to: '2028-01-01' };

  it('shows the period holding today unless another is asked for', () => {
    expect(roadmapView(window, 'year', null, '2026-07-01').range).toEqual({
      from: '2026-01-01',
      to: '2027-01-01',
    });
    expect(roadmapView(window, 'quarter', null, '2026-07-01').range).toEqual({
      from: '2026-07-01',
      to: '2026-10-01',
    });
    expect(roadmapView(window, 'year', 2025, '2026-07-01').range.from).toBe('2025-01-01');
  });

  it('clamps the period to the data window and says whether a step either way stays inside', () => {
    const early = roadmapView(window, 'year', 1999, '2026-07-01');
    expect(early.period).toBe(2024);
    expect(early).toMatchObject({ canPrevious: false, canNext: true });
    const late = roadmapView(window, 'quarter', 2040 * 4, '2026-07-01');
    expect(periodParam(late.period, 'quarter')).toBe('2027-Q4');
    expect(late).toMatchObject({ canPrevious: true, canNext: false });
    const all = roadmapView(window, 'all', 5, '2026-07-01');
    expect(all).toMatchObject({ period: 0, range: window, canPrevious: false, canNext: false });
  });

  it('ticks a year by months, its quarters marked, at their share of the days', () => {
    const view = roadmapView(window, 'year', 2028, '2026-07-01');
    // 2028 is outside the window (it ends with 2027): clamped to 2027.
    expect(view.range.from).toBe('2027-01-01');
    expect(view.ticks.map((t) => t.date)).toEqual(
      Array.from({ length: 12 }, (_, m) => `2027-${String(m + 1).padStart(2, '0')}-01`),
    );
    expect(view.ticks.filter((t) => t.kind === 'quarter').map((t) => t.date.slice(5))).toEqual([
      '01-01',
      '04-01',
      '07-01',
      '10-01',
    ]);
    expect(view.ticks[0]?.position).toBe(0);
    expect(view.ticks[1]?.position).toBeCloseTo(31 / 365, 10);
  });

  it('ticks a quarter by months and by the Mondays of ISO weeks, week 53 of 2026 included', () => {
    const view = roadmapView({ from: '2026-01-01', to: '2027-01-01' }, 'quarter', 2026 * 4 + 3, '2026-07-01');
    const months = view.ticks.filter((t) => t.kind === 'month').map((t) => t.date);
    expect(months).toEqual(['2026-10-01', '2026-11-01', '2026-12-01']);
    const weeks = view.ticks.filter((t) => t.kind === 'week');
    expect(weeks[0]).toMatchObject({ date: '2026-10-05', week: 41 });
    expect(weeks.at(-1)).toMatchObject({ date: '2026-12-28', week: 53 });
    expect(weeks).toHaveLength(13);
    // In date order, every one inside the range.
    expect(view.ticks.map((t) => t.date)).toEqual(view.ticks.map((t) => t.date).sort());
    for (const tick of view.ticks) expect(tick.position).toBeGreaterThanOrEqual(0);
    for (const tick of view.ticks) expect(tick.position).toBeLessThan(1);
  });

  it('ticks the whole window by years, with quarters up to five years and fewer years when there are many', () => {
    const short = roadmapView({ from: '2024-01-01', to: '2026-01-01' }, 'all', null, '2025-01-01');
    expect(short.ticks.map((t) => `${t.kind}:${t.date}`)).toEqual([
      'year:2024-01-01',
      'quarter:2024-04-01',
      'quarter:2024-07-01',
      'quarter:2024-10-01',
      'year:2025-01-01',
      'quarter:2025-04-01',
      'quarter:2025-07-01',
      'quarter:2025-10-01',
    ]);
    const long = roadmapView({ from: '1990-01-01', to: '2101-01-01' }, 'all', null, '2025-01-01');
    expect(long.ticks.every((t) => t.kind === 'year')).toBe(true);
    expect(long.ticks.length).toBeLessThanOrEqual(12);
    expect(long.ticks[0]?.date).toBe('1990-01-01');
    expect(long.ticks[1]?.date).toBe('2000-01-01');
  });
});

describe('isoWeek', () => {
  it('follows ISO 8601 at the turn of the year', () => {
    expect(isoWeek('2026-01-01')).toBe(1); // a Thursday
    expect(isoWeek('2026-12-31')).toBe(53);
    expect(isoWeek('2027-01-03')).toBe(53); // Sunday of 2026's week 53
    expect(isoWeek('2027-01-04')).toBe(1);
    expect(isoWeek('2021-01-03')).toBe(53);
    expect(isoWeek('2024-12-30')).toBe(1); // Monday of 2025's week 1
    expect(isoWeek('2028-02-29')).toBe(9);
  });
});

describe('positions', () => {
  const year = { from: '2026-01-01', to: '2027-01-01' };

  it('puts today at the middle of its day, also on the first and the last day, and nowhere outside', () => {
    expect(dayPosition('2026-01-01', year)).toBeCloseTo(0.5 / 365, 10);
    expect(dayPosition('2026-12-31', year)).toBeCloseTo(364.5 / 365, 10);
    expect(dayPosition('2027-01-01', year)).toBeNull();
    expect(dayPosition('2025-12-31', year)).toBeNull();
  });

  it('counts the leap day: 1 March 2028 is 60 days into the year', () => {
    expect(positionOf('2028-03-01', { from: '2028-01-01', to: '2029-01-01' })).toBeCloseTo(60 / 366, 10);
    expect(dayNumber('2028-02-29') + 1).toBe(dayNumber('2028-03-01'));
    expect(dateOfDay(dayNumber('2028-02-29'))).toBe('2028-02-29');
  });
});

describe('barSpan', () => {
  const year = { from: '2026-01-01', to: '2027-01-01' };

  it('draws a bar inside the range from the start of its first day to the end of its last', () => {
    expect(barSpan('2026-01-01', '2026-12-31', year)).toEqual({
      start: 0,
      end: 1,
      startsBefore: false,
      endsAfter: false,
    });
    const span = barSpan('2026-02-01', '2026-02-01', year);
    expect(span?.start).toBeCloseTo(31 / 365, 10);
    expect(span?.end).toBeCloseTo(32 / 365, 10);
  });

  it('clamps a bar that starts before the range or ends after it, and says so', () => {
    expect(barSpan('2025-06-01', '2026-03-31', year)).toMatchObject({
      start: 0,
      startsBefore: true,
      endsAfter: false,
    });
    expect(barSpan('2026-10-01', '2027-01-01', year)).toMatchObject({
      end: 1,
      startsBefore: false,
      endsAfter: true,
    });
    expect(barSpan('2020-01-01', '2030-01-01', year)).toEqual({
      start: 0,
      end: 1,
      startsBefore: true,
      endsAfter: true,
    });
  });

  it('leaves out a bar wholly outside: ending the day before the range, starting the day after it', () => {
    expect(barSpan('2025-01-01', '2025-12-31', year)).toBeNull();
    expect(barSpan('2027-01-01', '2027-06-01', year)).toBeNull();
    // Touching the range by one day is inside.
    expect(barSpan('2025-01-01', '2026-01-01', year)).toMatchObject({ start: 0, startsBefore: true });
    expect(barSpan('2026-12-31', '2027-06-01', year)).toMatchObject({ end: 1, endsAfter: true });
  });

  it('draws an end before the start as the start day', () => {
    const span = barSpan('2026-05-10', '2026-05-01', year);
    expect(span?.end).toBeCloseTo((dayNumber('2026-05-11') - dayNumber('2026-01-01')) / 365, 10);
  });

  it('always lies within 0–1, start not after end, for any dates and any period', () => {
    const date = fc
      .integer({ min: dayNumber('2019-01-01'), max: dayNumber('2031-12-31') })
      .map((d) => dateOfDay(d));
    fc.assert(
      fc.property(date, date, fc.integer({ min: 2020 * 4, max: 2030 * 4 + 3 }), (a, b, quarter) => {
        const range = periodRange(quarter, 'quarter', year);
        const span = barSpan(a, b, range);
        const last = b < a ? a : b;
        expect(span === null).toBe(last < range.from || a >= range.to);
        if (span) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(1);
          expect(span.start).toBeLessThan(span.end);
        }
      }),
    );
  });
});
