/**
 * Case folding and sort keys that the database computes the same way (migration 0004:
 * `title_sort_key`, `search_join`), so a title sorts and matches alike in SQL and here. The
 * keys are compared byte by byte (COLLATE "C" in SQL, plain `<` here): the same order on PGlite,
 * which has only the C collation, and on PostgreSQL, whatever its locale.
 */
import type { Language } from './codes.ts';

const ASCII_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LETTERS_LOWER = 'åäöæøüÿéèêëáàâãíìîïóòôõúùûýçñš';
const LETTERS_UPPER = 'ÅÄÖÆØÜŸÉÈÊËÁÀÂÃÍÌÎÏÓÒÔÕÚÙÛÝÇÑŠ';
/** Finnish and Swedish: å, ä, ö after z ('{', '|', '}' follow 'z'), æ as ä, ø as ö, ü as y. */
const NORDIC_KEYS = '{|}|}yyeeeeaaaaiiiioooouuuycns';
/** English: the Nordic letters fold to their base letters like every other accent. */
const ENGLISH_KEYS = 'aaoaouyeeeeaaaaiiiioooouuuycns';

function translator(from: string, to: string): (text: string) => string {
  const map = new Map([...from].map((c, i) => [c, to[i] as string]));
  return (text) => {
    let out = '';
    for (const c of text) out += map.get(c) ?? c;
    return out;
  };
}

const fold = translator(ASCII_UPPER + LETTERS_UPPER, ASCII_UPPER.toLowerCase() + LETTERS_LOWER);
const nordicKey = translator(
  ASCII_UPPER + LETTERS_LOWER + LETTERS_UPPER,
  ASCII_UPPER.toLowerCase() + NORDIC_KEYS + NORDIC_KEYS,
);
const englishKey = translator(
  ASCII_UPPER + LETTERS_LOWER + LETTERS_UPPER,
  ASCII_UPPER.toLowerCase() + ENGLISH_KEYS + ENGLISH_KEYS,
);

/** Lower case for searching, the same on every server (the database's `search_join`). */
export const foldCase = fold;

/** A title's sort key in a language's alphabet (the database's `title_sort_key`). */
export function titleSortKey(title: string, language: Language): string {
  return language === 'en' ? englishKey(title) : nordicKey(title);
}

/** Sorts titles as the list does: by their key, then as given. */
export function compareTitles(a: string, b: string, language: Language): number {
  const [ka, kb] = [titleSortKey(a, language), titleSortKey(b, language)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
