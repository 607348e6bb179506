import zodFi from 'zod/v4/locales/fi.js';
import type { Language } from '../../shared/language.ts';
import type { Translation } from './catalogue.ts';
import { fi } from './messages/fi/index.ts';

/** What the UI needs to speak a language: its catalogue, and zod's own messages in it. */
export interface LanguagePack {
  messages: Translation;
  zodLocale: ReturnType<typeof zodFi>;
}

/** Finnish, the default and the fallback of a missing key, is in the first load; Swedish and English are fetched when chosen. */
export const FINNISH: LanguagePack = { messages: fi, zodLocale: zodFi() };

const LOADERS: Record<Language, () => Promise<LanguagePack>> = {
  fi: async () => FINNISH,
  sv: async () => {
    const [{ sv }, zod] = await Promise.all([
      import('./messages/sv/index.ts'),
      import('zod/v4/locales/sv.js'),
    ]);
    return { messages: sv, zodLocale: zod.default() };
  },
  en: async () => {
    const [{ en }, zod] = await Promise.all([
      import('./messages/en/index.ts'),
      import('zod/v4/locales/en.js'),
    ]);
    return { messages: en, zodLocale: zod.default() };
  },
};

const loaded: Partial<Record<Language, LanguagePack>> = { fi: FINNISH };
const loading = new Map<Language, Promise<LanguagePack>>();

/** The pack of a language if it is here already (Finnish always is), so a switch can be instant. */
export function loadedPack(language: Language): LanguagePack | undefined {
  return loaded[language];
}

/** Loads a language's pack, once; a failed load (a dropped connection) is tried again next time. */
export function loadPack(language: Language): Promise<LanguagePack> {
  const ready = loaded[language];
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]().then(
      (pack) => {
        loaded[language] = pack;
        return pack;
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}
