import type { Language } from '../../shared/language.ts';
import { formatEurosExact, localeOf } from '../../shared/locale-format.ts';

/**
 * Dates, euros and counts as the UI language writes them: `2.12.2026` and `1 234 567 €` in
 * Finnish and Swedish (sv-FI, Finland's Swedish), `02/12/2026` and `€1,234,567` in English
 * (en-GB). The spaces are the no-break ones Intl gives, so a sum never breaks across lines.
 * Pure and without React, so the provider (i18n.tsx) and tests share one definition.
 */

export interface UiFormats {
  plurals: Intl.PluralRules;
  /** A calendar date (ISO string, no time zone) or a moment (Date, on the Finnish calendar); '–' when none. */
  date(value: string | Date | null | undefined): string;
  /** A moment with its time of day, on the Finnish clock. */
  dateTime(moment: Date): string;
  /** Cents as euros: whole euros without decimals, any cents exactly; '–' when none. */
  euros(cents: number | null | undefined): string;
  /** A count with the language's grouping: `1 234`, `1,234`. */
  count(value: number): string;
}

const made = new Map<Language, UiFormats>();

/** The formats of a language, made once: building an Intl format costs more than using it. */
export function uiFormats(language: Language): UiFormats {
  const found = made.get(language);
  if (found) return found;
  const locale = localeOf(language);
  const numeric = { day: 'numeric', month: 'numeric', year: 'numeric' } as const;
  // Calendar dates have no time zone (read and written in UTC); moments are shown on the Finnish calendar.
  const dates = new Intl.DateTimeFormat(locale, { ...numeric, timeZone: 'UTC' });
  const moments = new Intl.DateTimeFormat(locale, { ...numeric, timeZone: 'Europe/Helsinki' });
  const dateTimes = new Intl.DateTimeFormat(locale, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  });
  const counts = new Intl.NumberFormat(locale);
  const formats: UiFormats = {
    plurals: new Intl.PluralRules(locale),
    date(value) {
      if (!value) return '–';
      return typeof value === 'string'
        ? dates.format(new Date(`${value.slice(0, 10)}T00:00:00Z`))
        : moments.format(value);
    },
    dateTime: (moment) => dateTimes.format(moment),
    euros(cents) {
      // The server's files write euros with the same formats (shared/locale-format.ts).
      return cents === null || cents === undefined ? '–' : formatEurosExact(cents, language);
    },
    count: (value) => counts.format(value),
  };
  made.set(language, formats);
  return formats;
}

export type MessageVars = Record<string, string | number>;

/**
 * A message template with its `{{name}}` slots filled. The `count` that picks the plural form is
 * a quantity and is written with the language's grouping ("1 234 hanketta"); other numbers (a
 * year, a version, a rank) are written as they are.
 */
export function fillTemplate(template: string, vars: MessageVars | undefined, formats: UiFormats): string {
  if (!vars) return template;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) return `{{${name}}}`;
    return name === 'count' && typeof value === 'number' ? formats.count(value) : String(value);
  });
}
