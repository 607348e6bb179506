import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
// zod's core only: its schemas (the classic API) are not in the first load.
import { config as zodConfig } from 'zod/v4/core';
import { LANGUAGES, type Language } from '../../shared/language.ts';
import { setValidationLanguage } from '../../shared/validation-messages.ts';
import type { MessageKey, Translation } from './catalogue.ts';
import { fillTemplate, type MessageVars, uiFormats } from './formats.ts';
import { FINNISH, type LanguagePack, loadedPack, loadPack } from './language-pack.ts';

const STORAGE_KEY = 'digisalkku.language';

type Vars = MessageVars;
type Plural = { one: string; other: string };

function lookup(messages: Translation, key: string): string | Plural | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node as string | Plural | undefined;
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

/** The language the UI shows, with its pack: a chosen language is shown once its pack is here. */
type Shown = { language: Language; pack: LanguagePack };

export function I18nProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown | null>(() => {
    const language = initialLanguage();
    const pack = loadedPack(language);
    return pack ? { language, pack } : null;
  });
  // The latest choice wins when packs arrive out of order.
  const wanted = useRef<Language>(shown?.language ?? initialLanguage());
  const show = useCallback((language: Language) => {
    wanted.current = language;
    const pack = loadedPack(language);
    if (pack) {
      setShown({ language, pack });
      return;
    }
    loadPack(language).then(
      (loaded) => {
        if (wanted.current === language) setShown({ language, pack: loaded });
      },
      (error: unknown) => {
        console.error(`The ${language} UI text did not load.`, error);
        // Nothing shown yet (a reload in Swedish or English, offline): Finnish rather than a blank page.
        setShown((current) => current ?? { language: 'fi', pack: FINNISH });
      },
    );
  }, []);
  useEffect(() => {
    if (!shown) show(wanted.current);
  }, [shown, show]);
  const language = shown?.language ?? 'fi';
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  if (shown) {
    // Validation in the browser speaks the UI language: our rules via shared/, zod's own via its locales.
    setValidationLanguage(shown.language);
    zodConfig(shown.pack.zodLocale);
  }
  const setLanguage = useCallback(
    (next: Language) => {
      localStorage.setItem(STORAGE_KEY, next);
      show(next);
    },
    [show],
  );
  const messages = shown?.pack.messages ?? FINNISH.messages;
  const value = useMemo<I18n>(() => {
    // One set of formats per language (formats.ts): 2.12.2026 and 1 234 567 € in fi and sv, en-GB's in English.
    const formats = uiFormats(language);
    return {
      language,
      setLanguage,
      t(key, vars) {
        const found = lookup(messages, key) ?? lookup(FINNISH.messages, key);
        if (found === undefined) return key;
        if (typeof found === 'string') return fillTemplate(found, vars, formats);
        const count = Number(vars?.count ?? 0);
        return fillTemplate(formats.plurals.select(count) === 'one' ? found.one : found.other, vars, formats);
      },
      formatDate: formats.date,
      formatDateTime: formats.dateTime,
      formatEuros: formats.euros,
    };
  }, [language, messages, setLanguage]);
  // Until the chosen language is here, nothing: never a flash of text in another language.
  if (!shown) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n needs an I18nProvider above it.');
  return context;
}
