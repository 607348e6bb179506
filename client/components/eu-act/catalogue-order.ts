import { compareNames } from '../../../shared/collation.ts';
import type { EuActSummary } from '../../../shared/eu-act.ts';
import type { Language } from '../../../shared/language.ts';

export const CATALOGUE_ORDERS = ['next', 'name'] as const;
export type CatalogueOrder = (typeof CATALOGUE_ORDERS)[number];

/** The order from the URL (`?sort=name`); what is coming first unless asked otherwise. */
export function catalogueOrderOf(value: string | null): CatalogueOrder {
  return value === 'name' ? 'name' : 'next';
}

/**
 * The catalogue in the chosen order. "next": by the next key date, the nearest first; acts with
 * nothing coming after them, by name. "name": by short name, in the alphabet of the UI language.
 */
export function sortCatalogue(
  acts: readonly EuActSummary[],
  order: CatalogueOrder,
  language: Language,
): EuActSummary[] {
  return [...acts].sort((a, b) => {
    if (order === 'next') {
      const x = a.nextKeyDate?.date ?? null;
      const y = b.nextKeyDate?.date ?? null;
      if (x !== y) return x === null ? 1 : y === null ? -1 : x.localeCompare(y);
    }
    return compareNames(a.shortName, b.shortName, language);
  });
}
