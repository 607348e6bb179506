import type { Language } from '../../../shared/codes.ts';
import { localeOf } from '../../../shared/locale-format.ts';

const formats = new Map<Language, Intl.NumberFormat>();

/** A weighted score (0–100) as people read it: one decimal at most, with the language's decimal mark. */
export function formatScore(score: number, language: Language): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 });
    formats.set(language, format);
  }
  return format.format(score);
}
