import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  filterFromSearchParams,
  filterToSearchParams,
  type InitiativeFilter,
} from '../../shared/initiative-filter.ts';

/**
 * The list's filters in the URL (the same parameters as the list, one shared/ parser) beside a
 * page's own parameters, such as the matrix's axes: changing either keeps the other.
 */
/** `ownKeys`: a constant of the page (a new array each render would recompute everything). */
export function useFilterParams<Key extends string>(ownKeys: readonly Key[]) {
  const [params, setParams] = useSearchParams();
  const { filter } = useMemo(() => filterFromSearchParams(params), [params]);
  const own = useMemo(
    () => Object.fromEntries(ownKeys.map((key) => [key, params.get(key)])) as Record<Key, string | null>,
    [params, ownKeys],
  );
  const write = useCallback(
    (nextFilter: InitiativeFilter, nextOwn: Partial<Record<Key, string | null>>) => {
      const next = filterToSearchParams(nextFilter);
      for (const key of ownKeys) {
        const value = key in nextOwn ? nextOwn[key] : params.get(key);
        if (value !== null && value !== undefined && value !== '') next.set(key, value);
      }
      setParams(next, { replace: false });
    },
    [params, setParams, ownKeys],
  );
  return {
    filter,
    own,
    setFilter: (next: InitiativeFilter) => write(next, {}),
    setOwn: (next: Partial<Record<Key, string | null>>) => write(filter, next),
  };
}
