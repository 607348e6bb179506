import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { z } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodFi from 'zod/v4/locales/fi.js';
import zodSv from 'zod/v4/locales/sv.js';
import { LANGUAGES, type Language } from '../../shared/codes.ts';
import { setValidationLanguage } from '../../shared/validation-messages.ts';
import { type MessageKey, messages } from './catalogue.ts';

const STORAGE_KEY = 'digisalkku.language';

type Vars = Record<string, string | number>;
type Plural = { one: string; other: string };

function lookup(language: Language, key: string): string | Plural | undefined {
  let node: unknown = messages[language];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node as string | Plural | undefined;
}

function interpolate(template: string, vars: Vars | undefined): string {
  return vars
    ? template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`))
    : template;
}

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  /** The message for a key; `{{name}}` is filled from vars, and `count` picks the plural form. */
  t(key: MessageKey, vars?: Vars): string;
  formatDate(isoDate: string | Date | null | undefined): string;
  /** A moment with its time of day, on the Finnish clock. */
  formatDateTime(moment: Date): string;
  formatEuros(cents: number | null | undefined): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'fi';
}

const ZOD_LOCALES = { fi: zodFi, sv: zodSv, en: zodEn };

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  // Validation in the browser speaks the UI language: our rules via shared/, zod's own via its locales.
  setValidationLanguage(language);
  z.config(ZOD_LOCALES[language]());
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const plurals = new Intl.PluralRules(LOCALES[language]);
    // Calendar dates (ISO strings) have no time zone; moments (Date) are shown on the Finnish calendar.
    const moments = new Intl.DateTimeFormat(LOCALES[language], {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      timeZone: 'Europe/Helsinki',
    });
    const dateTimes = new Intl.DateTimeFormat(LOCALES[language], {
      dateStyle: 'short',
      timeStyle: 'short',
      timeZone: 'Europe/Helsinki',
    });
    const dates = new Intl.DateTimeFormat(LOCALES[language], {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const euros = new Intl.NumberFormat(LOCALES[language], {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
    const eurosAndCents = new Intl.NumberFormat(LOCALES[language], {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
    });
    return {
      language,
      setLanguage,
      t(key, vars) {
        const found = lookup(language, key) ?? lookup('fi', key);
        if (found === undefined) return key;
        if (typeof found === 'string') return interpolate(found, vars);
        const count = Number(vars?.count ?? 0);
        return interpolate(plurals.select(count) === 'one' ? found.one : found.other, vars);
      },
      formatDate(value) {
        if (!value) return '–';
        return typeof value === 'string'
          ? dates.format(new Date(`${value.slice(0, 10)}T00:00:00Z`))
          : moments.format(value);
      },
      formatDateTime(moment) {
        return dateTimes.format(moment);
      },
      formatEuros(cents) {
        if (cents === null || cents === undefined) return '–';
        // Whole euros print without decimals; any cents print exactly (cents / 100 is exact to two places).
        return cents % 100 === 0 ? euros.format(cents / 100) : eurosAndCents.format(cents / 100);
      },
    };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n needs an I18nProvider above it.');
  return context;
}
