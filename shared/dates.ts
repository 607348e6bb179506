import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

/**
 * Calendar dates travel as ISO strings (YYYY-MM-DD): they have no time zone, so a date set
 * in Helsinki is the same date everywhere, and they compare correctly as strings.
 */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const MIN_DATE = '1990-01-01';
export const MAX_DATE = '2100-12-31';

export const isoDateSchema = textSchema()
  .trim()
  .regex(ISO_DATE_PATTERN, { error: () => vm('dateFormat') })
  .refine((value) => isRealDate(value), { error: () => vm('dateNotReal') })
  .refine((value) => value >= MIN_DATE && value <= MAX_DATE, {
    error: () => vm('dateRange', { min: MIN_DATE, max: MAX_DATE }),
  });

export function isRealDate(value: string): boolean {
  const known = realDates.get(value);
  if (known !== undefined) return known;
  const date = new Date(`${value}T00:00:00Z`);
  const real = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  // An import checks the same few thousand dates over and over; the answers never change.
  if (realDates.size < 100_000) realDates.set(value, real);
  return real;
}
const realDates = new Map<string, boolean>();

/** Today in Finland, as an ISO date: deadlines are Finnish calendar days. */
// Made once: building a DateTimeFormat costs more than most requests spend on their data.
const HELSINKI_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' });

export function todayInFinland(now: Date = new Date()): string {
  // Asked before every request: formatting once a minute is enough, and exact, since Finland's
  // day starts on a whole hour of UTC.
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastMinute = minute;
    lastDay = HELSINKI_DATE.format(now);
  }
  return lastDay;
}
let lastMinute = Number.NaN;
let lastDay = '';

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
