import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { type ReactNode, useId, useMemo } from 'react';
import type { BoardCard } from '../../../shared/board.ts';
import type { Tier } from '../../../shared/codes.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { SortableBoardCard, StaticBoardCard } from './BoardCardView.tsx';
import { columnDropId } from './board-moves.ts';

/** How many cards a column shows at first, and how many more each "show more" adds. */
export const COLUMN_PAGE = 25;

interface FrameProps {
  tier: Tier;
  total: number;
  shown: number;
  onShowMore: () => void;
  dropRef?: (element: HTMLElement | null) => void;
  children: ReactNode;
}

/** A tier: its heading with the count, its cards in rank order (an ordered list), and "show more". */
function ColumnFrame({ tier, total, shown, onShowMore, dropRef, children }: FrameProps) {
  const { t } = useI18n();
  const headingId = useId();
  const more = Math.min(COLUMN_PAGE, total - shown);
  return (
    <section className={`board-column board-column--${tier}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="board-column__heading">
        {t(`codes.tier.${tier}`)}{' '}
        <span className="board-column__count">{t('board.column.cards', { count: total })}</span>
      </h2>
      <div className="board-column__scroll" ref={dropRef}>
        {total === 0 && <p className="board-column__empty">{t('board.column.empty')}</p>}
        <ol className="board-column__cards">{children}</ol>
        {shown < total && (
          <div className="board-column__more">
            <span aria-live="polite">{t('board.column.shown', { shown, total })}</span>
            <button type="button" className="board-button" onClick={onShowMore}>
              {t('board.column.showMore', { count: more })}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}

export interface ColumnProps {
  tier: Tier;
  /** How many cards the tier has, and the ones shown (the first of them). */
  total: number;
  visible: readonly BoardCard[];
  onShowMore: () => void;
}

export function StaticColumn({ tier, total, visible, onShowMore }: ColumnProps) {
  return (
    <ColumnFrame tier={tier} total={total} shown={visible.length} onShowMore={onShowMore}>
      {visible.map((card) => (
        <StaticBoardCard key={card.id} card={card} />
      ))}
    </ColumnFrame>
  );
}

/**
 * A tier coordinators sort: a sortable list of the cards shown, and the column itself a drop
 * area, so a card can go into an empty tier or below the last card.
 */
export function MovableColumn({
  tier,
  total,
  visible,
  onShowMore,
  savingIds,
  reducedMotion,
  onOpenMenu,
}: ColumnProps & {
  savingIds: ReadonlySet<string>;
  reducedMotion: boolean;
  onOpenMenu: (id: string) => void;
}) {
  const { setNodeRef } = useDroppable({ id: columnDropId(tier) });
  const ids = useMemo(() => visible.map((card) => card.id), [visible]);
  return (
    <ColumnFrame
      tier={tier}
      total={total}
      shown={visible.length}
      onShowMore={onShowMore}
      dropRef={setNodeRef}
    >
      <SortableContext id={tier} items={ids} strategy={verticalListSortingStrategy}>
        {visible.map((card) => (
          <SortableBoardCard
            key={card.id}
            card={card}
            saving={savingIds.has(card.id)}
            reducedMotion={reducedMotion}
            onOpenMenu={onOpenMenu}
          />
        ))}
      </SortableContext>
    </ColumnFrame>
  );
}
