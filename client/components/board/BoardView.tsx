import {
  type Active,
  type CollisionDetection,
  closestCenter,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  DragOverlay,
  type DragStartEvent,
  getFirstCollision,
  KeyboardSensor,
  MeasuringStrategy,
  type Over,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BoardCard, BoardColumn, BoardMoveInput } from '../../../shared/board.ts';
import { TIERS, type Tier } from '../../../shared/codes.ts';
import { pickLocalized } from '../../../shared/localized-text.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMediaQuery } from '../../lib/use-media-query.ts';
import { DraggedBoardCard } from './BoardCardView.tsx';
import { COLUMN_PAGE, MovableColumn, StaticColumn } from './BoardColumnView.tsx';
import { boardAnnouncements, boardScreenReaderInstructions } from './board-announcements.ts';
import {
  findCard,
  isSamePlace,
  neighboursOf,
  type Place,
  placeCard,
  placeOfMenuChoice,
  placeWhileOver,
  tierOfColumnDropId,
} from './board-moves.ts';
import { type MenuChoice, MoveDialog, ReasonDialog } from './MoveDialogs.tsx';

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

/** Whether the dragged card's middle is below the middle of what it is over. */
function isBelow(active: Active, over: Over): boolean {
  const rect = active.rect.current.translated;
  return rect ? rect.top + rect.height / 2 > over.rect.top + over.rect.height / 2 : false;
}

/**
 * The board: a column per tier, cards in rank order. Coordinators move cards by pointer, by
 * keyboard (dnd-kit's keyboard sensor: Space or Enter picks up, arrows move, Space or Enter
 * drops, Escape cancels, each step announced in the UI language) and by the "move to…"
 * dialog; a tier change asks for its reason first. `onMove` persists (optimistically, in the
 * page); until the board it is given changes, the board shows the move made.
 *
 * Each column shows its first COLUMN_PAGE cards and more on request, rather than a virtual
 * list: dnd-kit sorts only what is mounted, so a virtualiser would unmount drop targets in
 * the middle of a drag and the keyboard could not travel past the rendered rows. A column
 * grows only when asked (or when a move puts a card further down), and the dialog reaches any
 * place in any tier without rendering it.
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
  const { t, language } = useI18n();
  const phone = useMediaQuery(BOARD_PHONE);
  const reducedMotion = useMediaQuery(REDUCED_MOTION);
  const [limits, setLimits] = useState(FIRST_LIMITS);
  const [phoneTier, setPhoneTier] = useState<Tier>(TIERS[0]);
  const [draft, setDraft] = useState<Columns | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
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
  const shown = awaiting?.columns ?? draft ?? override ?? columns;

  const startRef = useRef<Columns | null>(null);
  const draftRef = useRef<Columns | null>(null);
  const placeRef = useRef<Place | null>(null);
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const movedToNewTier = useRef(false);

  const visible = useMemo(
    () =>
      shown.map((column) => {
        const activeIndex = activeId ? column.cards.findIndex((card) => card.id === activeId) : -1;
        return column.cards.slice(0, Math.max(limits[column.tier], activeIndex + 1));
      }),
    [shown, limits, activeId],
  );
  const visibleIds = useRef<Map<Tier, string[]>>(new Map());
  visibleIds.current = new Map(shown.map((column, i) => [column.tier, (visible[i] ?? []).map((c) => c.id)]));

  useEffect(() => {
    if (!draft) return;
    requestAnimationFrame(() => {
      movedToNewTier.current = false;
    });
  }, [draft]);

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

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
      scrollBehavior: reducedMotion ? 'auto' : 'smooth',
    }),
  );

  const titleOf = useCallback(
    (id: string) => {
      const found = findCard(shownRef.current, id) ?? findCard(startRef.current ?? [], id);
      return found ? pickLocalized(found.card.title, language).text : '';
    },
    [language],
  );
  const accessibility = useMemo(
    () => ({
      announcements: boardAnnouncements(t, {
        start: () => startRef.current,
        current: () => draftRef.current,
        place: () => placeRef.current,
        title: titleOf,
      }),
      screenReaderInstructions: boardScreenReaderInstructions(t),
    }),
    [t, titleOf],
  );

  // Over a column, the card nearest the pointer in it; after a jump to another tier, the card
  // itself until the layout settles (dnd-kit's multiple-container pattern).
  const collisionDetection: CollisionDetection = useCallback((args) => {
    const pointer = pointerWithin(args);
    const hits = pointer.length > 0 ? pointer : rectIntersection(args);
    let overId = getFirstCollision(hits, 'id');
    if (overId != null) {
      const tier = tierOfColumnDropId(String(overId));
      const inColumn = tier ? (visibleIds.current.get(tier) ?? []) : [];
      if (inColumn.length > 0) {
        const nearest = closestCenter({
          ...args,
          droppableContainers: args.droppableContainers.filter((c) => inColumn.includes(String(c.id))),
        });
        overId = nearest[0]?.id ?? overId;
      }
      lastOverId.current = overId;
      return [{ id: overId }];
    }
    if (movedToNewTier.current) lastOverId.current = args.active.id;
    return lastOverId.current != null ? [{ id: lastOverId.current }] : [];
  }, []);

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

  const onDragStart = ({ active }: DragStartEvent) => {
    const id = String(active.id);
    const found = findCard(shown, id);
    startRef.current = shown;
    draftRef.current = shown;
    placeRef.current = found ? { tier: found.tier, index: found.index } : null;
    lastOverId.current = null;
    setDraft(shown);
    setActiveId(id);
  };

  const onDragOver = ({ active, over }: DragOverEvent) => {
    const current = draftRef.current;
    const id = String(active.id);
    if (!current) return;
    if (!over) {
      placeRef.current = null;
      return;
    }
    const place = placeWhileOver(current, id, String(over.id), isBelow(active, over));
    placeRef.current = place;
    if (place && findCard(current, id)?.tier !== place.tier) {
      const next = placeCard(current, id, place);
      draftRef.current = next;
      movedToNewTier.current = true;
      setDraft(next);
    }
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const id = String(active.id);
    const start = startRef.current;
    const current = draftRef.current;
    setDraft(null);
    setActiveId(null);
    const place =
      current && over ? placeWhileOver(current, id, String(over.id), isBelow(active, over)) : null;
    placeRef.current = place;
    const original = start ? findCard(start, id) : null;
    if (!current || !place || !original) return;
    const final = placeCard(current, id, place);
    draftRef.current = final;
    if (isSamePlace(start ?? [], id, findPlace(final, id))) return;
    commit(final, id, original.card, null);
  };

  const onDragCancel = () => {
    draftRef.current = startRef.current;
    setDraft(null);
    setActiveId(null);
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
        <DndContext
          sensors={sensors}
          collisionDetection={collisionDetection}
          measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
          accessibility={accessibility}
          onDragStart={onDragStart}
          onDragOver={onDragOver}
          onDragEnd={onDragEnd}
          onDragCancel={onDragCancel}
        >
          {board}
          <DragOverlay dropAnimation={reducedMotion ? null : undefined}>
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

function findPlace(columns: Columns, id: string): Place {
  const found = findCard(columns, id);
  return found ? { tier: found.tier, index: found.index } : { tier: 'unprioritised', index: -1 };
}
