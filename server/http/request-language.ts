import { AsyncLocalStorage } from 'node:async_hooks';
import { LANGUAGES, type Language } from '../../shared/codes.ts';
import { setValidationLanguageSource } from '../../shared/validation-messages.ts';

/** The header the client sends with its UI language; scripts may send Accept-Language instead. */
export const LANGUAGE_HEADER = 'x-digisalkku-language';

const storage = new AsyncLocalStorage<Language>();

// Messages raised while a request is handled speak its language; outside requests, English.
setValidationLanguageSource(() => storage.getStore() ?? 'en');

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
