import {
  type Active,
  type CollisionDetection,
  closestCenter,
  type DndContextProps,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
  getFirstCollision,
  type KeyboardCoordinateGetter,
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
import type { BoardCard, BoardColumn } from '../../../shared/board.ts';
import type { Tier } from '../../../shared/codes.ts';
import { pickLocalized } from '../../../shared/localized-text.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { boardAnnouncements, boardScreenReaderInstructions } from './board-announcements.ts';
import {
  columnDropId,
  findCard,
  isSamePlace,
  type Place,
  placeCard,
  placeWhileOver,
  tierOfColumnDropId,
} from './board-moves.ts';

type Columns = BoardColumn[];

/** Whether the dragged card's middle is below the middle of what it is over. */
function isBelow(active: Active, over: Over): boolean {
  const rect = active.rect.current.translated;
  return rect ? rect.top + rect.height / 2 > over.rect.top + over.rect.height / 2 : false;
}

/**
 * dnd-kit's multiple-container sorting for the board. While a card is dragged the hook keeps a
 * draft of the board: crossing into another tier moves the card there at once (so the other
 * column opens a gap for it); within a tier dnd-kit's transforms show the gap. The drop is
 * handed to `onDrop` with the board as it would be, only when the card's place changed.
 * Pointer (5 px before a drag starts, so the handle can still be clicked) and keyboard
 * (Space or Enter, arrows, Space or Enter, Escape), announced in the UI language.
 */
export function useBoardDrag({
  board,
  reducedMotion,
  onDrop,
}: {
  board: Columns;
  reducedMotion: boolean;
  onDrop: (board: Columns, id: string, original: BoardCard) => void;
}) {
  const { t, language } = useI18n();
  const [draft, setDraft] = useState<Columns | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const startRef = useRef<Columns | null>(null);
  const draftRef = useRef<Columns | null>(null);
  const placeRef = useRef<Place | null>(null);
  const shownRef = useRef(board);
  shownRef.current = draft ?? board;
  const lastOverId = useRef<UniqueIdentifier | null>(null);
  const movedToNewTier = useRef(false);
  /** The ids of the cards each column shows; the board sets it on every render. */
  const visibleIds = useRef<Map<Tier, string[]>>(new Map());

  useEffect(() => {
    if (!draft) return;
    requestAnimationFrame(() => {
      movedToNewTier.current = false;
    });
  }, [draft]);

  // dnd-kit's sortable arrows, except that ArrowLeft never picks the card's own column: its drop
  // area starts left of the card (the column's padding), so the first ArrowLeft landed there
  // and moved nothing.
  const coordinateGetter: KeyboardCoordinateGetter = useCallback((event, args) => {
    const id = args.context.active?.id;
    const tier =
      event.code === 'ArrowLeft' && id != null ? findCard(shownRef.current, String(id))?.tier : null;
    if (!tier) return sortableKeyboardCoordinates(event, args);
    const containers = args.context.droppableContainers;
    const Containers = containers.constructor as new (
      entries: Iterable<[UniqueIdentifier, ReturnType<typeof containers.toArray>[number]]>,
    ) => typeof containers;
    const others = new Containers([...containers].filter(([key]) => key !== columnDropId(tier)));
    return sortableKeyboardCoordinates(event, {
      ...args,
      context: { ...args.context, droppableContainers: others },
    });
  }, []);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
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

  const onDragStart = ({ active }: DragStartEvent) => {
    const id = String(active.id);
    const found = findCard(board, id);
    startRef.current = board;
    draftRef.current = board;
    placeRef.current = found ? { tier: found.tier, index: found.index } : null;
    lastOverId.current = null;
    setDraft(board);
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
    if (!start || !current || !place || !original) return;
    const final = placeCard(current, id, place);
    draftRef.current = final;
    const now = findCard(final, id);
    if (!now || isSamePlace(start, id, { tier: now.tier, index: now.index })) return;
    onDrop(final, id, original.card);
  };

  const onDragCancel = () => {
    draftRef.current = startRef.current;
    setDraft(null);
    setActiveId(null);
  };

  const context: DndContextProps = {
    sensors,
    collisionDetection,
    measuring: { droppable: { strategy: MeasuringStrategy.Always } },
    accessibility,
    onDragStart,
    onDragOver,
    onDragEnd,
    onDragCancel,
  };
  return { draft, activeId, visibleIds, context };
}
