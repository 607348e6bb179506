/**
 * Calendar dates as people in Finland write them (d.M.yyyy: 1.12.2026), to and from the ISO
 * strings (YYYY-MM-DD) the schemas and the API use. Pure: the date inputs and their tests use it.
 */

const FINNISH = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * What a person typed, as an ISO date: "5.3.2026" → "2026-03-05"; an ISO date is taken as it
 * is; blank → "". Only the shape is read here: "31.2.2026" becomes "2026-02-31", so that the
 * schema can say the date does not exist. Anything else → null (not a date at all).
 */
export function parseDateText(text: string): string | null {
  const value = text.trim().replace(/\.$/, '');
  if (value === '') return '';
  const finnish = FINNISH.exec(value);
  if (finnish) return iso(finnish[3] ?? '', finnish[2] ?? '', finnish[1] ?? '');
  const isoMatch = ISO.exec(value);
  if (isoMatch) return iso(isoMatch[1] ?? '', isoMatch[2] ?? '', isoMatch[3] ?? '');
  return null;
}

/** An ISO date as d.M.yyyy ("2026-03-05" → "5.3.2026"); anything else is returned unchanged. */
export function formatDateText(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return `${Number(match[3])}.${Number(match[2])}.${match[1]}`;
}

/** A calendar Date (as the date picker gives it, local midnight) ↔ an ISO date. */
export function dateToIso(date: Date): string {
  return iso(String(date.getFullYear()), String(date.getMonth() + 1), String(date.getDate()));
}

/** The local Date of an ISO date, or an invalid Date when it is not a real one. */
export function isoToDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return new Date(Number.NaN);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date
    : new Date(Number.NaN);
}

function iso(year: string, month: string, day: string): string {
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
