import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../shared/dates.ts';
import { dateToIso, formatDateText, isoToDate, parseDateText } from './date-text.ts';

describe('parseDateText', () => {
  it('reads d.M.yyyy as an ISO date', () => {
    expect(parseDateText('5.3.2026')).toBe('2026-03-05');
    expect(parseDateText('05.03.2026')).toBe('2026-03-05');
    expect(parseDateText('1.12.2026')).toBe('2026-12-01');
    expect(parseDateText(' 31.12.2026. ')).toBe('2026-12-31');
  });

  it('takes ISO dates as they are, and blank as no date', () => {
    expect(parseDateText('2026-03-05')).toBe('2026-03-05');
    expect(parseDateText('2026-3-5')).toBe('2026-03-05');
    expect(parseDateText('')).toBe('');
    expect(parseDateText('   ')).toBe('');
  });

  it('keeps the shape of a date that does not exist, for the schema to name', () => {
    expect(parseDateText('31.2.2026')).toBe('2026-02-31');
    expect(isRealDate(parseDateText('31.2.2026') ?? '')).toBe(false);
  });

  it('refuses what is not a date', () => {
    for (const text of [
      '5.3.26',
      '2026/03/05',
      '5/3/2026',
      'huomenna',
      '5.3',
      '123.4.2026',
      '5.3.2026 klo 9',
    ])
      expect(parseDateText(text)).toBeNull();
  });
});

describe('formatDateText', () => {
  it('writes an ISO date as d.M.yyyy', () => {
    expect(formatDateText('2026-03-05')).toBe('5.3.2026');
    expect(formatDateText('2026-12-01')).toBe('1.12.2026');
    expect(formatDateText('')).toBe('');
    expect(formatDateText('not a date')).toBe('not a date');
  });

  it('round-trips every real date', () => {
    const day = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2100-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (iso) => {
        expect(parseDateText(formatDateText(iso))).toBe(iso);
        expect(dateToIso(isoToDate(iso))).toBe(iso);
      }),
    );
  });
});

describe('isoToDate', () => {
  it('is the local calendar day, and invalid for a date that does not exist', () => {
    const date = isoToDate('2026-03-05');
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 2, 5]);
    expect(Number.isNaN(isoToDate('2026-02-31').getTime())).toBe(true);
    expect(Number.isNaN(isoToDate('5.3.2026').getTime())).toBe(true);
  });
});
