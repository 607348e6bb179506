import type { Language } from '../codes.ts';
import { localeOf } from '../locale-format.ts';
import { validationLanguage } from '../validation-messages.ts';

/** A message catalogue: each key in the three languages, `{{name}}` marking what is filled in. */
export type MessageCatalogue = Readonly<Record<string, Readonly<Record<Language, string>>>>;

export type MessageVars = Record<string, string | number>;

/** A template with `{{name}}` filled in from vars (an unknown name becomes empty). */
export function fillMessage(template: string, vars: MessageVars = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/**
 * The lookup of one catalogue in the current language: the language of the request being
 * handled on the server (English outside requests), the UI language in the browser.
 */
export function messagesOf<C extends MessageCatalogue>(catalogue: C) {
  return (key: keyof C & string, vars: MessageVars = {}): string =>
    fillMessage((catalogue[key] as Record<Language, string>)[validationLanguage()], vars);
}

/** A count as the current language writes it: "1,001", "1 001". */
export function formatCount(value: number): string {
  return value.toLocaleString(localeOf(validationLanguage()));
}
