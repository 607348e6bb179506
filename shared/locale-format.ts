import type { Language } from './codes.ts';

/**
 * Dates, counts and euros as each language writes them, for text made outside the browser
 * (the change sentences, the PDF and PPTX packs): 2.12.2026 and `1 234 567 €` in Finnish and
 * Swedish, `2 Dec 2026` and `€1,234,567` in English. One set of Intl formats per language, made
 * once (building one costs more than formatting a whole pack's dates).
 */
const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

interface Formats {
  date: Intl.DateTimeFormat;
  count: Intl.NumberFormat;
  euros: Intl.NumberFormat;
  cents: Intl.NumberFormat;
}
const formats = new Map<Language, Formats>();

function formatsOf(language: Language): Formats {
  let found = formats.get(language);
  if (!found) {
    const locale = LOCALES[language];
    const money = { style: 'currency', currency: 'EUR' } as const;
    found = {
      // Calendar dates carry no time zone: read and written in UTC, so the day never shifts.
      date: new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: language === 'en' ? 'short' : 'numeric',
        year: 'numeric',
        timeZone: 'UTC',
      }),
      count: new Intl.NumberFormat(locale),
      euros: new Intl.NumberFormat(locale, { ...money, maximumFractionDigits: 0 }),
      cents: new Intl.NumberFormat(locale, { ...money, minimumFractionDigits: 2 }),
    };
    formats.set(language, found);
  }
  return found;
}

export function localeOf(language: Language): string {
  return LOCALES[language];
}

/** An ISO calendar date (YYYY-MM-DD, or a timestamp's day) in the language's form; as given when it is none. */
export function formatIsoDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : formatsOf(language).date.format(date);
}

export function formatCount(value: number, language: Language): string {
  return formatsOf(language).count.format(value);
}

/** Cents as euros: whole euros without decimals, any cents exactly. */
export function formatEurosExact(cents: number, language: Language): string {
  const { euros, cents: exact } = formatsOf(language);
  return cents % 100 === 0 ? euros.format(cents / 100) : exact.format(cents / 100);
}

/** Cents as whole euros, rounded: a sum in a pack, not an account. */
export function formatWholeEuros(cents: number, language: Language): string {
  return formatsOf(language).euros.format(Math.round(cents / 100));
}
