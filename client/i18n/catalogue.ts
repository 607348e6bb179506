import { codes } from '../../shared/code-labels.ts';
import type { Language } from '../../shared/codes.ts';
import { common } from './messages/common.ts';
import { euAct } from './messages/eu-act.ts';
import { initiative } from './messages/initiative.ts';
import { lateness } from './messages/lateness.ts';
import { list } from './messages/list.ts';
import { records } from './messages/records.ts';

/**
 * The UI text in Finnish, Swedish and English. Each area has its own file; the Finnish text
 * is the source and the type system checks that Swedish and English have every key.
 */
const areas = { codes, common, euAct, initiative, lateness, list, records } as const;

type Areas = typeof areas;
type Catalogue = { [A in keyof Areas]: Areas[A]['fi'] };

export const messages = Object.fromEntries(
  (['fi', 'sv', 'en'] as const).map((language) => [
    language,
    Object.fromEntries(Object.entries(areas).map(([name, area]) => [name, area[language]])),
  ]),
) as Record<Language, Catalogue>;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : T[K] extends { one: string; other: string }
      ? `${Prefix}${K}`
      : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Catalogue>;
