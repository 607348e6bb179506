import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  filterFromSearchParams,
  filterToSearchParams,
  type InitiativeFilter,
  type InitiativeSort,
} from '../../shared/initiative-filter.ts';
import { readWeightingParam, WEIGHTING_PARAM } from './weighting-param.ts';

export const PAGE_SIZE = 50;

interface ListState {
  filter: InitiativeFilter;
  sort: InitiativeSort | undefined;
  weightingId: string | undefined;
  page: number;
}

/**
 * The list's filter, sort, weighting and page live in the URL (one shared/ parser for the
 * filter), so a view is a link and survives a reload. Changing the filter, the sort or the
 * weighting goes back to page 1; a saved view keeps the weighting chosen.
 */
export function useListFilter() {
  const [params, setParams] = useSearchParams();
  const { filter, sort } = useMemo(() => filterFromSearchParams(params), [params]);
  const weightingId = readWeightingParam(params);
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);

  const write = useCallback(
    (next: ListState) => {
      const out = filterToSearchParams(next.filter, next.sort);
      if (next.weightingId) out.set(WEIGHTING_PARAM, next.weightingId);
      if (next.page > 1) out.set('page', String(next.page));
      setParams(out);
    },
    [setParams],
  );
  const state: ListState = { filter, sort, weightingId, page: 1 };

  return {
    filter,
    sort,
    weightingId,
    page,
    setFilter: (next: InitiativeFilter) => write({ ...state, filter: next }),
    setSort: (next: InitiativeSort | undefined) => write({ ...state, sort: next }),
    setWeighting: (next: string | undefined) => write({ ...state, weightingId: next }),
    setPage: (next: number) => write({ ...state, page: next }),
    /** Replaces filter and sort at once (a saved view). */
    apply: (nextFilter: InitiativeFilter, nextSort: InitiativeSort | null | undefined) =>
      write({ ...state, filter: nextFilter, sort: nextSort ?? undefined }),
  };
}
