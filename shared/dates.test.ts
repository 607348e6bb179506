import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isoDateSchema,
  isRealDate,
  MAX_DATE,
  MIN_DATE,
  todayInFinland,
} from './dates.ts';

const dateInRange = fc
  .integer({ min: 0, max: daysBetween(MIN_DATE, MAX_DATE) })
  .map((n) => addDays(MIN_DATE, n));

describe('isoDateSchema', () => {
  it('accepts real dates in range, trimmed', () => {
    expect(isoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(isoDateSchema.parse(' 2025-12-31 ')).toBe('2025-12-31');
    expect(isoDateSchema.parse(MIN_DATE)).toBe(MIN_DATE);
    expect(isoDateSchema.parse(MAX_DATE)).toBe(MAX_DATE);
  });

  it('rejects dates that do not exist', () => {
    for (const bad of ['2025-02-30', '2023-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00']) {
      const result = isoDateSchema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('That date does not exist.');
    }
  });

  it('rejects years out of range', () => {
    for (const bad of ['1989-12-31', '2101-01-01', '0000-01-01', '9999-12-31']) {
      expect(isoDateSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('rejects other ways of writing a date', () => {
    for (const bad of ['2025-1-5', '5.1.2025', '20250105', '2025-01-05T00:00:00Z', '+02025-01-05', '']) {
      expect(isoDateSchema.safeParse(bad).error?.issues[0]?.message, bad).toBe(
        'Write the date as YYYY-MM-DD.',
      );
    }
  });

  it('accepts every day in range', () => {
    fc.assert(
      fc.property(dateInRange, (date) => {
        expect(isoDateSchema.safeParse(date).success).toBe(true);
      }),
    );
  });
});

describe('date arithmetic', () => {
  it('addDays and daysBetween undo each other', () => {
    fc.assert(
      fc.property(dateInRange, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        const later = addDays(date, days);
        expect(isRealDate(later)).toBe(true);
        expect(daysBetween(date, later)).toBe(days);
      }),
    );
  });

  it('ISO dates compare as strings in time order', () => {
    fc.assert(
      fc.property(dateInRange, dateInRange, (a, b) => {
        expect(Math.sign(a.localeCompare(b))).toBe(Math.sign(daysBetween(b, a)));
      }),
    );
  });

  it('today in Finland follows Helsinki time, not UTC', () => {
    // 22:30 UTC on 31 December is already 00:30 on 1 January in Helsinki (UTC+2).
    expect(todayInFinland(new Date('2025-12-31T22:30:00Z'))).toBe('2026-01-01');
    // 20:30 UTC on 30 June is 23:30 in Helsinki (summer time, UTC+3).
    expect(todayInFinland(new Date('2025-06-30T20:30:00Z'))).toBe('2025-06-30');
  });

  it('turns to the next day at Helsinki midnight to the millisecond, however often it is asked', () => {
    // It remembers the day for a minute: the minute before midnight and the one after differ.
    expect(todayInFinland(new Date('2025-12-31T21:59:00.000Z'))).toBe('2025-12-31');
    expect(todayInFinland(new Date('2025-12-31T21:59:59.999Z'))).toBe('2025-12-31');
    expect(todayInFinland(new Date('2025-12-31T22:00:00.000Z'))).toBe('2026-01-01');
    expect(todayInFinland(new Date('2025-12-31T21:59:30.000Z'))).toBe('2025-12-31');
  });
});
