import { filterToSearchParams, type InitiativeFilter } from '../../../shared/initiative-filter.ts';

/** The initiative list of a filter, as a link: what every tile, bar and table figure opens. */
export function listHref(filter: InitiativeFilter): string {
  const query = filterToSearchParams(filter).toString();
  return query ? `/initiatives?${query}` : '/initiatives';
}
