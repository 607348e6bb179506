import { AsyncLocalStorage } from 'node:async_hooks';
import { z } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodFi from 'zod/v4/locales/fi.js';
import zodSv from 'zod/v4/locales/sv.js';
import { LANGUAGES, type Language } from '../../shared/codes.ts';
import { setValidationLanguageSource } from '../../shared/validation-messages.ts';

/** The header the client sends with its UI language; scripts may send Accept-Language instead. */
export const LANGUAGE_HEADER = 'x-digisalkku-language';

const storage = new AsyncLocalStorage<Language>();

const currentLanguage = () => storage.getStore() ?? 'en';

// Messages raised while a request is handled speak its language; outside requests, English.
// zod's own messages (a wrong type, a number out of range) too: one error map that asks.
setValidationLanguageSource(currentLanguage);
const ZOD_LOCALES = { fi: zodFi().localeError, sv: zodSv().localeError, en: zodEn().localeError };
z.config({ localeError: (issue) => ZOD_LOCALES[currentLanguage()](issue) });

const isLanguage = (value: string | undefined | null): value is Language =>
  !!value && (LANGUAGES as readonly string[]).includes(value);

/** The language a request asks for: our header, else the first fi/sv/en of Accept-Language, else English. */
export function requestLanguage(request: Request): Language {
  const asked = request.headers.get(LANGUAGE_HEADER);
  if (isLanguage(asked)) return asked;
  const accepted = (request.headers.get('accept-language') ?? '')
    .split(',')
    .map((part) => part.split(';')[0]?.trim().slice(0, 2).toLowerCase())
    .find(isLanguage);
  return accepted ?? 'en';
}

/** Runs the handling of one request in its language. */
export function withRequestLanguage<T>(request: Request, handle: () => T): T {
  return storage.run(requestLanguage(request), handle);
}
