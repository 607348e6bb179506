import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useEffect, useMemo, useState } from 'react';
import type { BoardCard, BoardColumn, BoardMoveInput } from '../../../shared/board.ts';
import { TIERS, type Tier } from '../../../shared/codes.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMediaQuery } from '../../lib/use-media-query.ts';
import { DraggedBoardCard } from './BoardCardView.tsx';
import { COLUMN_PAGE, MovableColumn, StaticColumn } from './BoardColumnView.tsx';
import { findCard, isSamePlace, neighboursOf, placeCard, placeOfMenuChoice } from './board-moves.ts';
import { type MenuChoice, MoveDialog, ReasonDialog } from './MoveDialogs.tsx';
import { useBoardDrag } from './use-board-drag.ts';

/** Below this width the board shows one tier at a time, with a switcher (no sideways scroll at 320 px). */
export const BOARD_PHONE = '(max-width: 640px)';
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

type Columns = BoardColumn[];
type FocusKind = 'handle' | 'menu';

/** A drop to another tier, waiting for its reason. */
interface Awaiting {
  columns: Columns;
  input: BoardMoveInput;
  card: BoardCard;
  from: Tier;
  to: Tier;
}

const FIRST_LIMITS = Object.fromEntries(TIERS.map((tier) => [tier, COLUMN_PAGE])) as Record<Tier, number>;

/**
 * The board: a column per tier, cards in rank order. Coordinators move cards by pointer, by
 * keyboard (dnd-kit's keyboard sensor: Space or Enter picks up, arrows move, Space or Enter
 * drops, Escape cancels, each step announced in the UI language) and by the "move to…"
 * dialog; a tier change asks for its reason first. `onMove` persists (optimistically, in the
 * page); until the board it is given changes, the board shows the move made.
 *
 * Each column shows its first COLUMN_PAGE cards and more on request ("show more"), rather than
 * a virtual list: dnd-kit sorts only what is mounted, so a virtualiser would unmount drop
 * targets in the middle of a drag and the keyboard could not travel past the rendered rows.
 * A column grows only when asked (or when a move puts a card further down; past what the
 * server sent, `onNeedCards` asks it for more), cards out of sight skip layout and paint
 * (content-visibility in board.css), and the dialog reaches any place of the cards loaded.
 */
export function BoardView({
  columns,
  canMove,
  savingIds,
  onMove,
  onNeedCards,
}: {
  columns: Columns;
  canMove: boolean;
  savingIds: ReadonlySet<string>;
  onMove: (input: BoardMoveInput) => void;
  /** The server sends each tier's first cards only: asks for at least this many per tier. */
  onNeedCards: (perTier: number) => void;
}) {
  const { t } = useI18n();
  const phone = useMediaQuery(BOARD_PHONE);
  const reducedMotion = useMediaQuery(REDUCED_MOTION);
  const [limits, setLimits] = useState(FIRST_LIMITS);
  const [phoneTier, setPhoneTier] = useState<Tier>(TIERS[0]);
  const [override, setOverride] = useState<Columns | null>(null);
  const [awaiting, setAwaiting] = useState<Awaiting | null>(null);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const [focusAfter, setFocusAfter] = useState<{ id: string; kind: FocusKind } | null>(null);

  // A move shows at once; once the page's board changes (the optimistic update, a rollback,
  // a refetch) that board is the truth again.
  const [seen, setSeen] = useState(columns);
  if (seen !== columns) {
    setSeen(columns);
    setOverride(null);
  }
  const base = awaiting?.columns ?? override ?? columns;
  const drag = useBoardDrag({
    board: base,
    reducedMotion,
    onDrop: (board, id, original) => commit(board, id, original, null),
  });
  const shown = drag.draft ?? base;
  const activeId = drag.activeId;

  const visible = useMemo(
    () =>
      shown.map((column) => {
        const activeIndex = activeId ? column.cards.findIndex((card) => card.id === activeId) : -1;
        return column.cards.slice(0, Math.max(limits[column.tier], activeIndex + 1));
      }),
    [shown, limits, activeId],
  );
  drag.visibleIds.current = new Map(
    shown.map((column, i) => [column.tier, (visible[i] ?? []).map((c) => c.id)]),
  );

  // Focus back on the card's handle or move button once it is where the move put it.
  useEffect(() => {
    if (!focusAfter) return;
    const element = document.querySelector<HTMLElement>(
      `[data-${focusAfter.kind}-for="${CSS.escape(focusAfter.id)}"]`,
    );
    if (element) {
      element.focus();
      setFocusAfter(null);
    }
  });

  /** Shows a card that a move put beyond its column's shown cards (and its tier on a phone). */
  const reveal = (board: Columns, id: string) => {
    const found = findCard(board, id);
    if (!found) return;
    if (found.index >= limits[found.tier]) {
      setLimits((l) => ({ ...l, [found.tier]: found.index + 1 }));
      onNeedCards(found.index + 1);
    }
    if (phone) setPhoneTier(found.tier);
  };

  /** A move decided: within a tier it goes at once, to another tier after its reason. */
  const commit = (
    board: Columns,
    id: string,
    original: BoardCard,
    focus: FocusKind | null,
    reason?: string,
  ) => {
    const found = findCard(board, id);
    if (!found) return;
    const input: BoardMoveInput = {
      id,
      priorityVersion: original.priorityVersion,
      tier: found.tier,
      ...neighboursOf(board, id),
    };
    reveal(board, id);
    if (found.tier !== original.tier && reason === undefined) {
      setAwaiting({ columns: board, input, card: original, from: original.tier, to: found.tier });
      return;
    }
    setOverride(board);
    onMove(reason ? { ...input, reason } : input);
    if (focus) setFocusAfter({ id, kind: focus });
  };

  const onMenuChoice = (choice: MenuChoice) => {
    const id = menuFor;
    setMenuFor(null);
    if (!id) return;
    setFocusAfter({ id, kind: 'menu' });
    const found = findCard(shown, id);
    const place = placeOfMenuChoice(shown, id, choice.tier, choice.position);
    if (!found || !place || isSamePlace(shown, id, place)) return;
    commit(placeCard(shown, id, place), id, found.card, 'menu', choice.reason.trim());
  };

  const finishAwaiting = (reason: string | null) => {
    const pending = awaiting;
    setAwaiting(null);
    if (!pending) return;
    if (reason !== null) {
      setOverride(pending.columns);
      onMove({ ...pending.input, ...(reason.trim() ? { reason: reason.trim() } : {}) });
    }
    setFocusAfter({ id: pending.input.id, kind: 'handle' });
  };

  const activeCard = activeId ? (findCard(shown, activeId)?.card ?? null) : null;
  const menuCard = menuFor ? (findCard(shown, menuFor)?.card ?? null) : null;
  const showMore = (tier: Tier) => {
    const limit = limits[tier] + COLUMN_PAGE;
    setLimits((l) => ({ ...l, [tier]: limit }));
    onNeedCards(limit);
  };

  const rendered = shown
    .map((column, i) => ({ column, visible: visible[i] ?? [] }))
    .filter(({ column }) => !phone || column.tier === phoneTier);

  const board = (
    <div className="board__columns">
      {rendered.map(({ column, visible: cards }) =>
        canMove ? (
          <MovableColumn
            key={column.tier}
            tier={column.tier}
            total={column.total}
            visible={cards}
            onShowMore={() => showMore(column.tier)}
            savingIds={savingIds}
            reducedMotion={reducedMotion}
            onOpenMenu={setMenuFor}
          />
        ) : (
          <StaticColumn
            key={column.tier}
            tier={column.tier}
            total={column.total}
            visible={cards}
            onShowMore={() => showMore(column.tier)}
          />
        ),
      )}
    </div>
  );

  return (
    <div className="board">
      {phone && (
        <fieldset className="board__switcher">
          <legend>{t('board.phoneTier')}</legend>
          {shown.map((column) => (
            <button
              key={column.tier}
              type="button"
              className="board-button"
              aria-pressed={column.tier === phoneTier}
              onClick={() => setPhoneTier(column.tier)}
            >
              {t(`codes.tier.${column.tier}`)} ({column.total})
            </button>
          ))}
        </fieldset>
      )}
      {canMove ? (
        <DndContext {...drag.context}>
          {board}
          {/* dnd-kit slides the lifted card between keyboard steps and back on a drop: not when asked for less motion. */}
          <DragOverlay
            dropAnimation={reducedMotion ? null : undefined}
            transition={reducedMotion ? 'none' : undefined}
          >
            {activeCard ? <DraggedBoardCard card={activeCard} /> : null}
          </DragOverlay>
        </DndContext>
      ) : (
        board
      )}
      {canMove && (
        <>
          <MoveDialog
            key={menuFor ?? ''}
            card={menuCard}
            columns={shown}
            onSubmit={onMenuChoice}
            onCancel={() => {
              if (menuFor) setFocusAfter({ id: menuFor, kind: 'menu' });
              setMenuFor(null);
            }}
          />
          <ReasonDialog
            key={awaiting?.input.id ?? ''}
            card={awaiting?.card ?? null}
            from={awaiting?.from ?? 'unprioritised'}
            to={awaiting?.to ?? 'unprioritised'}
            onConfirm={(reason) => finishAwaiting(reason)}
            onCancel={() => finishAwaiting(null)}
          />
        </>
      )}
    </div>
  );
}
