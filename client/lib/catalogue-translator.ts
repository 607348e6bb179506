import type { Language } from '../../shared/codes.ts';
import { messages } from '../i18n/all-languages.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { fillTemplate, uiFormats } from '../i18n/formats.ts';

/**
 * The catalogue as the app reads it, without React (for pure functions' tests): dotted keys,
 * `{{vars}}`, one/other plurals. A missing key throws, so a test cannot pass on a key name.
 */
export function catalogueTranslator(language: Language) {
  const formats = uiFormats(language);
  return (key: MessageKey, vars?: Record<string, string | number>): string => {
    let node: unknown = messages[language];
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    if (node === undefined) throw new Error(`No message ${key}`);
    const template =
      typeof node === 'string'
        ? node
        : (node as { one: string; other: string })[
            formats.plurals.select(Number(vars?.count ?? 0)) === 'one' ? 'one' : 'other'
          ];
    return fillTemplate(template, vars, formats);
  };
}
