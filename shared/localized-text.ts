import { z } from 'zod';
import type { Language } from './codes.ts';
import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

/** Longest text field we accept; protects the database and every export from runaway input. */
export const MAX_TITLE_LENGTH = 500;
export const MAX_SUMMARY_LENGTH = 10_000;

const optionalText = (max: number) =>
  textSchema()
    .trim()
    .max(max, { error: () => vm('maxLength', { max }) })
    .optional()
    .nullable()
    .transform((value) => (value ? value : null));

/** Text in the three languages; Finnish is the one that must be there. */
export const localizedTextSchema = (max: number) =>
  z.object({
    fi: textSchema()
      .trim()
      .min(1, { error: () => vm('finnishRequired') })
      .max(max, { error: () => vm('maxLength', { max }) }),
    sv: optionalText(max),
    en: optionalText(max),
  });

export interface LocalizedText {
  fi: string;
  sv?: string | null;
  en?: string | null;
}

export interface PickedText {
  text: string;
  /** The language the text is really in: differs from the wanted one when we fell back to Finnish. */
  language: Language;
  fallback: boolean;
}

/** The text in the wanted language, falling back to Finnish (the language every record has). */
export function pickLocalized(text: LocalizedText, language: Language): PickedText {
  const wanted = language === 'fi' ? text.fi : text[language];
  if (wanted) return { text: wanted, language, fallback: false };
  return { text: text.fi, language: 'fi', fallback: language !== 'fi' };
}
