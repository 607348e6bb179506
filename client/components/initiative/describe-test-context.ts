/** The describers' context as the app builds it, for tests without React. */
import type { Language } from '../../../shared/codes.ts';
import { messages } from '../../i18n/all-languages.ts';
import type { DescribeContext } from './describe-change.ts';

export const AI_ACT = '0b9c6f1e-1111-4c1d-9e2a-000000000001';
export const DATA_ACT = '0b9c6f1e-1111-4c1d-9e2a-000000000002';

/** The catalogue as the app reads it, without React: dotted keys, {{vars}}, one/other plurals. */
export function context(language: Language): DescribeContext {
  const locale = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[language];
  const plurals = new Intl.PluralRules(locale);
  return {
    language,
    t(key, vars) {
      let node: unknown = messages[language];
      for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
      if (node === undefined) throw new Error(`No message ${key}`);
      const template =
        typeof node === 'string'
          ? node
          : (node as { one: string; other: string })[
              plurals.select(Number(vars?.count ?? 0)) === 'one' ? 'one' : 'other'
            ];
      return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars?.[name]));
    },
    formatDate: (iso) => (iso ? iso.split('-').reverse().join('.') : '–'),
    formatEuros: (cents) => (cents === null || cents === undefined ? '–' : `${cents / 100} €`),
    actName: (id) => ({ [AI_ACT]: 'AI Act', [DATA_ACT]: 'Data Act' })[id],
  };
}
