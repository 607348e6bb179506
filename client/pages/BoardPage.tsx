import '../styles/board.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import { DEFAULT_CARDS_PER_TIER, MAX_CARDS_PER_TIER } from '../../shared/board.ts';
import { isCoordinator, type SessionUser } from '../../shared/user.ts';
import { BoardView } from '../components/board/BoardView.tsx';
import { type BoardOrder, orderByScore } from '../components/board/board-order.ts';
import { DecisionsPanel } from '../components/board/DecisionsPanel.tsx';
import { ExportMenu } from '../components/export/ExportMenu.tsx';
import { FilterChips } from '../components/FilterChips.tsx';
import { FilterPanel } from '../components/FilterPanel.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { SavedViewsMenu } from '../components/SavedViewsMenu.tsx';
import { WeightingSelect } from '../components/scoring/WeightingSelect.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { snapshotInput, useSnapshotId } from '../lib/snapshot-mode.tsx';
import { trpc } from '../lib/trpc.ts';
import { useBoardMove } from '../lib/use-board-move.ts';
import { type BoardTab, useBoardParams } from '../lib/use-board-params.ts';

const TABS: BoardTab[] = ['board', 'decisions'];
const ORDERS: BoardOrder[] = ['manual', 'score'];

/**
 * /board: the prioritisation board under the list's filters, saved views and URL, scored by a
 * chosen weighting; coordinators and admins move cards, everyone else reads. The cards are in
 * the manual (rank) order, where moves are made, or by score under the weighting, read-only.
 * The decision log is the second tab.
 */
export function BoardPage({ user }: { user: SessionUser }) {
  const { t, language } = useI18n();
  const snapshotId = useSnapshotId();
  const params = useBoardParams();
  const { filter, sort, weightingId, order, tab } = params;
  const id = useId();
  const [failure, setFailure] = useState<string | null>(null);
  // Each tier's first cards come with the board; "show more" past them asks for more.
  const [perTier, setPerTier] = useState(DEFAULT_CARDS_PER_TIER);
  const input = { filter, weightingId, language, perTier, snapshotId };
  const board = useQuery({
    ...trpc.board.get.queryOptions(input),
    placeholderData: keepPreviousData,
    enabled: tab === 'board',
  });
  const weightings = useQuery(trpc.scoring.weightings.queryOptions(snapshotInput(snapshotId)));
  const decisions = useQuery({
    ...trpc.board.decisions.queryOptions({ from: params.from, to: params.to }),
    enabled: tab === 'decisions',
  });
  const { move, savingIds } = useBoardMove(input, setFailure);
  const canMove = isCoordinator(user);

  // By score a tier is ranked whole, so it needs all its cards (up to the cap), not the first ones.
  const largestTier = board.data?.columns.reduce((most, column) => Math.max(most, column.total), 0) ?? 0;
  if (order === 'score' && largestTier > perTier && perTier < MAX_CARDS_PER_TIER) {
    setPerTier(Math.min(MAX_CARDS_PER_TIER, largestTier));
  }
  const loaded = board.data?.columns;
  const columns = useMemo(
    () => (loaded && order === 'score' ? orderByScore(loaded) : loaded),
    [loaded, order],
  );
  const manualRadio = useRef<HTMLInputElement>(null);
  const toManual = () => {
    params.setOrder('manual');
    // The button goes with the note; focus goes to the switch it stands for.
    manualRadio.current?.focus();
  };

  const boardHeading = useRef<HTMLHeadingElement>(null);
  const toBoard = () => {
    boardHeading.current?.focus({ preventScroll: true });
    boardHeading.current?.scrollIntoView({ block: 'start' });
  };
  const tabRefs = useRef<Record<BoardTab, HTMLButtonElement | null>>({ board: null, decisions: null });
  const onTabKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length] as BoardTab;
    params.setTab(next);
    tabRefs.current[next]?.focus();
  };
  const total = board.data?.total ?? 0;

  return (
    <div className="board-page">
      <div className="page-title">
        <Heading variant="h1">{t('board.title')}</Heading>
      </div>
      <div className="board-tabs" role="tablist" aria-label={t('board.tabs.label')}>
        {TABS.map((value) => (
          <button
            key={value}
            ref={(element) => {
              tabRefs.current[value] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${value}`}
            aria-selected={tab === value}
            aria-controls={`${id}-panel-${value}`}
            tabIndex={tab === value ? 0 : -1}
            className="board-tabs__tab"
            onClick={() => params.setTab(value)}
            onKeyDown={onTabKey}
          >
            {t(`board.tabs.${value}`)}
          </button>
        ))}
      </div>
      {tab === 'decisions' ? (
        <div role="tabpanel" id={`${id}-panel-decisions`} aria-labelledby={`${id}-tab-decisions`}>
          <DecisionsPanel from={params.from} to={params.to} onPeriod={params.setPeriod} query={decisions} />
        </div>
      ) : (
        <div role="tabpanel" id={`${id}-panel-board`} aria-labelledby={`${id}-tab-board`}>
          <SavedViewsMenu user={user} filter={filter} sort={sort} onApply={params.apply} />
          <ExportMenu />
          <div className="board-page__filters">
            <FilterPanel
              filter={filter}
              onChange={params.setFilter}
              resultCount={board.data ? total : undefined}
              onShowResults={toBoard}
            />
          </div>
          <FilterChips filter={filter} onChange={params.setFilter} onAllRemoved={toBoard} />
          <div className="board-toolbar">
            <WeightingSelect
              weightings={weightings.data}
              value={weightingId ?? board.data?.weighting?.id}
              onChange={params.setWeighting}
            />
            <fieldset className="board-toolbar__order">
              <legend>{t('board.order.legend')}</legend>
              {ORDERS.map((value) => (
                <label key={value}>
                  <input
                    ref={value === 'manual' ? manualRadio : undefined}
                    type="radio"
                    name={`${id}-order`}
                    value={value}
                    checked={order === value}
                    onChange={() => params.setOrder(value)}
                  />{' '}
                  {t(`board.order.${value}`)}
                </label>
              ))}
            </fieldset>
            <h2 ref={boardHeading} tabIndex={-1} className="board-toolbar__count">
              <span role="status">
                {board.data ? t('board.count', { count: total }) : t('common.loading')}
              </span>
            </h2>
          </div>
          {order === 'score' ? (
            <p className="board-page__help">
              {t('board.order.scoreNote')}{' '}
              {canMove ? (
                <>
                  {t('board.order.movesInManual')}{' '}
                  <button type="button" className="board-button" onClick={toManual}>
                    {t('board.order.backToManual')}
                  </button>
                </>
              ) : (
                t('board.readOnly')
              )}
            </p>
          ) : (
            <p className="board-page__help">{canMove ? t('board.canMove') : t('board.readOnly')}</p>
          )}
          {failure && (
            <InlineAlert status="error" role="alert" className="board-page__failure">
              <p>{failure}</p>
              <Button variant="secondaryNoBorder" onClick={() => setFailure(null)}>
                {t('board.move.dismiss')}
              </Button>
            </InlineAlert>
          )}
          {(board.isError || (board.isPending && !board.data)) && <QueryState query={board} />}
          {columns && (
            <BoardView
              columns={columns}
              canMove={canMove && order === 'manual'}
              savingIds={savingIds}
              onMove={(moveInput) => {
                setFailure(null);
                move(moveInput);
              }}
              onNeedCards={(needed) => {
                const rounded = Math.ceil(needed / DEFAULT_CARDS_PER_TIER) * DEFAULT_CARDS_PER_TIER;
                setPerTier((current) => Math.min(MAX_CARDS_PER_TIER, Math.max(current, rounded)));
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
