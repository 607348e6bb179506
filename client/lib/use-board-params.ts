import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { addDays, isRealDate, todayInFinland } from '../../shared/dates.ts';
import {
  filterFromSearchParams,
  filterToSearchParams,
  type InitiativeFilter,
  type InitiativeSort,
} from '../../shared/initiative-filter.ts';
import type { BoardOrder } from '../components/board/board-order.ts';
import { readWeightingParam, WEIGHTING_PARAM } from './weighting-param.ts';

export type BoardTab = 'board' | 'decisions';

/** How far back the decision log looks unless told otherwise. */
export const DECISION_DAYS = 90;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateParam = (value: string | null) =>
  value && ISO_DATE.test(value) && isRealDate(value) ? value : null;

export interface BoardParams {
  filter: InitiativeFilter;
  /** Kept in the URL so a saved view or a link back to the list keeps its order; the board orders by rank. */
  sort: InitiativeSort | undefined;
  weightingId: string | undefined;
  /** Cards by rank (the default, where moves are made) or by weighted score (`order=score`). */
  order: BoardOrder;
  tab: BoardTab;
  from: string;
  to: string;
}

/**
 * The board's state in the URL: the list's filter (the same parser, so a list link opens the
 * same selection on the board), `weighting`, `order`, the tab (`view=decisions`) and the decision log's
 * period (`from`, `to`; the last DECISION_DAYS days by default). A hand-typed bad value is
 * dropped, never an error.
 */
export function readBoardParams(params: URLSearchParams, today: string): BoardParams {
  const { filter, sort } = filterFromSearchParams(params);
  return {
    filter,
    sort,
    weightingId: readWeightingParam(params),
    order: params.get('order') === 'score' ? 'score' : 'manual',
    tab: params.get('view') === 'decisions' ? 'decisions' : 'board',
    from: dateParam(params.get('from')) ?? addDays(today, -DECISION_DAYS),
    to: dateParam(params.get('to')) ?? today,
  };
}

/** The URL of a board state; the period only once chosen, so the default follows the calendar. */
export function writeBoardParams(state: BoardParams, withPeriod: boolean): URLSearchParams {
  const out = filterToSearchParams(state.filter, state.sort);
  if (state.weightingId) out.set(WEIGHTING_PARAM, state.weightingId);
  if (state.order === 'score') out.set('order', 'score');
  if (state.tab === 'decisions') out.set('view', 'decisions');
  if (withPeriod) {
    out.set('from', state.from);
    out.set('to', state.to);
  }
  return out;
}

export function useBoardParams(): BoardParams & {
  setFilter(filter: InitiativeFilter): void;
  apply(filter: InitiativeFilter, sort: InitiativeSort | null | undefined): void;
  setWeighting(id: string | undefined): void;
  setOrder(order: BoardOrder): void;
  setTab(tab: BoardTab): void;
  setPeriod(from: string, to: string): void;
} {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readBoardParams(params, todayInFinland()), [params]);
  const write = useCallback(
    (next: Partial<BoardParams>, choosePeriod = false) =>
      setParams(
        writeBoardParams({ ...state, ...next }, choosePeriod || params.has('from') || params.has('to')),
      ),
    [state, params, setParams],
  );
  return {
    ...state,
    setFilter: (filter) => write({ filter }),
    apply: (filter, sort) => write({ filter, sort: sort ?? undefined }),
    setWeighting: (weightingId) => write({ weightingId }),
    setOrder: (order) => write({ order }),
    setTab: (tab) => write({ tab }),
    setPeriod: (from, to) => write({ from, to }, true),
  };
}
