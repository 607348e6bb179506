import type { Shape } from '../../shared/message-shape.ts';
import type { fi } from './messages/fi/index.ts';

/**
 * The UI text in Finnish, Swedish and English: a folder per language (messages/fi, sv, en)
 * and a file per area in each. The Finnish text is the source; the type system checks that
 * Swedish and English have every key (each area is a `Shape` of its Finnish one). Only types
 * here: the app loads one language at a time (language-pack.ts), tests all (all-languages.ts).
 */
export type Catalogue = typeof fi;

/** A catalogue in any language: the Finnish keys, any strings. */
export type Translation = Shape<Catalogue>;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : T[K] extends { one: string; other: string }
      ? `${Prefix}${K}`
      : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Catalogue>;
