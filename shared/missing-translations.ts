/**
 * Missing translations: an initiative's content texts (its title, its summary — every
 * localized field of the field registry) are written in Finnish, the one language a record
 * must have, and should be in Swedish and English too. The list's "missing translation"
 * filter (`missing=sv,en`) selects those lacking either; the server mirrors lacksTranslation
 * in SQL (server/services/translation-sql.ts), and a test holds the two equal.
 */
import { z } from 'zod';
import { INITIATIVE_FIELD_REGISTRY, type RegistryField } from './initiative-fields.ts';
import type { LocalizedText } from './localized-text.ts';

/** The languages a content text may lack (Finnish it cannot). */
export const TRANSLATION_LANGUAGES = ['sv', 'en'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];
export const translationLanguageSchema = z.enum(TRANSLATION_LANGUAGES);

/** The registry's localized fields: a new one there is checked here too. */
export const LOCALIZED_FIELDS: readonly RegistryField[] = INITIATIVE_FIELD_REGISTRY.filter(
  (field) => field.kind === 'localizedText',
).map((field) => field.key);

/** Blank as the data-quality flags count it (shared/data-quality.ts): nothing but white space. */
const blank = (text: string | null | undefined) => !text || text.trim() === '';

/** Whether any content text of the initiative lacks its text in `language`. */
export function lacksTranslation(
  initiative: Partial<Record<RegistryField, unknown>>,
  language: TranslationLanguage,
): boolean {
  return LOCALIZED_FIELDS.some((key) => blank((initiative[key] as LocalizedText | undefined)?.[language]));
}
