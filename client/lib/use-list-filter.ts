import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  filterFromSearchParams,
  filterToSearchParams,
  type InitiativeFilter,
  type InitiativeSort,
} from '../../shared/initiative-filter.ts';

export const PAGE_SIZE = 50;

/**
 * The list's filter, sort and page live in the URL (one shared/ parser), so a view is a link
 * and survives a reload. Changing the filter goes back to page 1.
 */
export function useListFilter() {
  const [params, setParams] = useSearchParams();
  const { filter, sort } = useMemo(() => filterFromSearchParams(params), [params]);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);

  const write = useCallback(
    (nextFilter: InitiativeFilter, nextSort: InitiativeSort | undefined, nextPage = 1) => {
      const next = filterToSearchParams(nextFilter, nextSort);
      if (nextPage > 1) next.set('page', String(nextPage));
      setParams(next);
    },
    [setParams],
  );

  return {
    filter,
    sort,
    page,
    setFilter: (next: InitiativeFilter) => write(next, sort),
    setSort: (next: InitiativeSort | undefined) => write(filter, next),
    setPage: (next: number) => write(filter, sort, next),
    /** Replaces filter and sort at once (a saved view). */
    apply: (nextFilter: InitiativeFilter, nextSort: InitiativeSort | null | undefined) =>
      write(nextFilter, nextSort ?? undefined),
  };
}
