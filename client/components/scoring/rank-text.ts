/**
 * Words for the weightings' comparison: an ordinal in the reader's language and "3rd for LVM,
 * 11th for VM". Pure, and takes its translator as an argument, so it is tested without React.
 */
import type { Language } from '../../../shared/codes.ts';
import { type LocalizedText, pickLocalized } from '../../../shared/localized-text.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Places apart under two weightings that mark a rank difference in the comparison. */
export const RANK_DIFFERENCE = 3;

const ENGLISH_ORDINALS = new Intl.PluralRules('en-GB', { type: 'ordinal' });
const ENGLISH_SUFFIX: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** 3 → "3." (fi), "3:e" (sv), "3rd" (en). */
export function ordinal(position: number, language: Language): string {
  if (language === 'fi') return `${position}.`;
  if (language === 'sv') {
    // Swedish: 1:a, 2:a, 3:e … 21:a, 22:a, but 11:e, 12:e.
    const last = position % 10;
    const lastTwo = position % 100;
    return `${position}:${(last === 1 || last === 2) && lastTwo !== 11 && lastTwo !== 12 ? 'a' : 'e'}`;
  }
  return `${position}${ENGLISH_SUFFIX[ENGLISH_ORDINALS.select(position)] ?? 'th'}`;
}

export interface NamedWeighting {
  id: string;
  name: LocalizedText;
  ministry?: string | null;
}

/** A weighting as named in running text: its ministry's code when it has one ("LVM"), else its name. */
export function weightingShortName(weighting: NamedWeighting, language: Language): string {
  return weighting.ministry || pickLocalized(weighting.name, language).text;
}

/** "3rd for LVM, 11th for VM" (unscored under one: "unscored for VM"), in the order of the weightings. */
export function rankDifferenceText(
  positions: Readonly<Record<string, number | null>>,
  weightings: readonly NamedWeighting[],
  language: Language,
  t: Translate,
): string {
  return weightings
    .map((weighting) => {
      const position = positions[weighting.id] ?? null;
      const name = weightingShortName(weighting, language);
      return position === null
        ? t('scoring.compare.unscoredFor', { weighting: name })
        : t('scoring.compare.positionFor', { position: ordinal(position, language), weighting: name });
    })
    .join(', ');
}

/**
 * How far apart an initiative's places are under the weightings: the largest minus the
 * smallest; null when it is ranked under none. Unscored under one but ranked under another
 * counts as far apart (Infinity): that is the biggest difference there is.
 */
export function rankSpread(
  positions: Readonly<Record<string, number | null>>,
  weightingIds: readonly string[],
): number | null {
  const values = weightingIds.map((id) => positions[id] ?? null);
  const ranked = values.filter((v): v is number => v !== null);
  if (ranked.length === 0) return null;
  if (ranked.length < values.length) return Number.POSITIVE_INFINITY;
  return Math.max(...ranked) - Math.min(...ranked);
}

/** Whether the places differ enough to be highlighted. */
export function differsStrongly(spread: number | null): boolean {
  return spread !== null && spread >= RANK_DIFFERENCE;
}
