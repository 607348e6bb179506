import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { type Column, describePlace, findCard, type Place } from './board-moves.ts';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** What the announcements read of the drag in progress; functions, as the drag changes under them. */
export interface DragView {
  /** The board when the card was picked up. */
  start(): readonly Column[] | null;
  /** The board as the drag shows it now. */
  current(): readonly Column[] | null;
  /** Where the card would go if dropped now; null when it is over nothing. */
  place(): Place | null;
  /** The card's title in the UI language. */
  title(id: string): string;
}

/**
 * What a screen reader hears while a card is moved by keyboard (or pointer), in the UI
 * language: the card, its tier and its place, "3/12", at pick-up, on every move, at the drop
 * and when cancelled (dnd-kit reads these into its live region).
 */
export function boardAnnouncements(t: Translate, view: DragView): Announcements {
  const tierName = (place: Pick<Place, 'tier'>) => t(`codes.tier.${place.tier}`);
  const at = (key: MessageKey, id: string, columns: readonly Column[] | null, place: Place | null) => {
    if (!columns || !place) return undefined;
    const where = describePlace(columns, id, place);
    return t(key, {
      title: view.title(id),
      tier: tierName(where),
      position: where.position,
      count: where.count,
    });
  };
  const startPlace = (id: string): Place | null => {
    const columns = view.start();
    const found = columns ? findCard(columns, id) : null;
    return found ? { tier: found.tier, index: found.index } : null;
  };
  // The place last told, so that a step which changes nothing (the first "over", right after
  // the pick-up, is the card itself) does not talk over what was just said.
  let told: string | null = null;
  const key = (place: Place | null) => (place ? `${place.tier}:${place.index}` : '');
  return {
    onDragStart({ active }) {
      const id = String(active.id);
      const place = startPlace(id);
      told = key(place);
      return at('board.dnd.pickedUp', id, view.start(), place);
    },
    onDragOver({ active, over }) {
      const id = String(active.id);
      const place = over ? view.place() : null;
      if (key(place) === told) return undefined;
      told = key(place);
      if (!over) return t('board.dnd.overNothing', { title: view.title(id) });
      return at('board.dnd.over', id, view.current(), place);
    },
    onDragEnd({ active, over }) {
      const id = String(active.id);
      if (!over) return t('board.dnd.droppedNothing', { title: view.title(id) });
      return at('board.dnd.dropped', id, view.current(), view.place());
    },
    onDragCancel({ active }) {
      const id = String(active.id);
      const place = startPlace(id);
      const columns = view.start();
      if (!place || !columns) return undefined;
      const where = describePlace(columns, id, place);
      return t('board.dnd.cancelled', {
        title: view.title(id),
        tier: tierName(where),
        position: where.position,
      });
    },
  };
}

export function boardScreenReaderInstructions(t: Translate): ScreenReaderInstructions {
  return { draggable: t('board.dnd.instructions') };
}
