import type { Language } from './language.ts';
import { localeOf } from './locale-format.ts';

/**
 * Names and titles in the alphabet of a language, for lists sorted where they are shown (the
 * database sorts by the stored keys of shared/title-sort.ts, which agree letter by letter;
 * here digits also read as numbers).
 * Finnish and Swedish put å, ä and ö after z; English reads them as a and o. Case and accents
 * only break ties, and digits are read as numbers ("NIS2" before "NIS10"). One collator per
 * language: making one costs far more than comparing with it.
 */
const collators = new Map<Language, Intl.Collator>();

export function collatorOf(language: Language): Intl.Collator {
  let found = collators.get(language);
  if (!found) {
    found = new Intl.Collator(localeOf(language), { numeric: true });
    collators.set(language, found);
  }
  return found;
}

/** Compares two names or titles as the language's readers alphabetise them. */
export function compareNames(a: string, b: string, language: Language): number {
  return collatorOf(language).compare(a, b);
}
