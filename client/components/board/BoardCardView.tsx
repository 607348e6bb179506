import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useEffect } from 'react';
import { Link } from 'react-router';
import type { BoardCard } from '../../../shared/board.ts';
import type { Language } from '../../../shared/codes.ts';
import { localeOf } from '../../../shared/locale-format.ts';
import { pickLocalized } from '../../../shared/localized-text.ts';
import { MINISTRY_NAMES } from '../../../shared/ministry.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { HealthBadge } from '../HealthBadge.tsx';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { deadlineOverdueDays } from '../lateness/describe-lateness.ts';
import { OverdueText } from '../lateness/LatenessText.tsx';

const scoreFormats = new Map<Language, Intl.NumberFormat>();
function formatScore(score: number, language: Language): string {
  let format = scoreFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 });
    scoreFormats.set(language, format);
  }
  return format.format(score);
}

/**
 * What a card says: title (Finnish fallback marked), ministries, status, both health ratings
 * with whose they are, EU acts with the nearest deadline, the weighted score and, in words,
 * when its manual place is far from where its score would put it. Memoised: while a card is
 * dragged only the cards that move re-render their frame, never their content.
 */
export const BoardCardBody = memo(function BoardCardBody({ card }: { card: BoardCard }) {
  const { t, language, formatDate } = useI18n();
  const overdueDays = deadlineOverdueDays(card.nearestEuDeadline, card.lateness);
  return (
    <div className="board-card__body">
      <h3 className="board-card__title">
        <Link to={`/initiatives/${card.id}`}>
          <LocalizedTextView text={card.title} />
        </Link>
      </h3>
      <p className="board-card__line">
        <abbr
          title={`${card.leadMinistry} – ${pickLocalized(MINISTRY_NAMES[card.leadMinistry], language).text}`}
        >
          {card.leadMinistry}
        </abbr>
        {card.participatingMinistries.length > 0 && (
          <span className="board-card__muted">
            {' · '}
            {t('board.card.participants', { ministries: card.participatingMinistries.join(', ') })}
          </span>
        )}
      </p>
      <p className="board-card__line">{t(`codes.status.${card.status}`)}</p>
      <div className="board-card__health">
        <span className="board-card__health-item">
          <span className="board-card__who">{t('board.card.healthByMinistry')}</span>
          <HealthBadge rating={card.ministryHealth} />
        </span>
        <span className="board-card__health-item">
          <span className="board-card__who">{t('board.card.healthByDigitoimisto')}</span>
          <HealthBadge rating={card.digitoimistoHealth} />
        </span>
      </div>
      {card.euActs.length > 0 && (
        <ul className="board-card__acts" aria-label={t('board.card.euActs')}>
          {card.euActs.map((act) => (
            <li key={act} className="board-card__act">
              {act}
            </li>
          ))}
        </ul>
      )}
      {card.bodies.length > 0 && (
        <ul className="board-card__acts board-card__bodies" aria-label={t('board.card.bodies')}>
          {card.bodies.map((body) => (
            <li key={body} className="board-card__act">
              {body}
            </li>
          ))}
        </ul>
      )}
      {card.nearestEuDeadline && (
        <p className="board-card__line board-card__deadline">
          {t('board.card.nearestDeadline', { date: formatDate(card.nearestEuDeadline) })}
          {overdueDays !== null && (
            <>
              {' '}
              <OverdueText daysLate={overdueDays} />
            </>
          )}
        </p>
      )}
      <p className="board-card__line board-card__score">
        {t('board.card.score')}:{' '}
        {card.weightedScore === null ? (
          <span className="board-card__muted">{t('board.card.noScore')}</span>
        ) : (
          <strong>{formatScore(card.weightedScore, language)}</strong>
        )}
      </p>
      {card.placeDiffers && card.scorePosition !== null && (
        <p className="board-card__differs">
          <span aria-hidden="true">⚑ </span>
          {t('board.card.placeDiffers')}:{' '}
          {t('board.card.placeDiffersDetail', { board: card.boardPosition, score: card.scorePosition })}
        </p>
      )}
    </div>
  );
});

/** A card for readers: no handle, no menu. */
export function StaticBoardCard({ card }: { card: BoardCard }) {
  return (
    <li className="board-card">
      <BoardCardBody card={card} />
    </li>
  );
}

/** The move button beside a card's handle; also the place focus returns to after the dialog. */
function MoveMenuButton({ card, onOpen }: { card: BoardCard; onOpen: (id: string) => void }) {
  const { t, language } = useI18n();
  return (
    <button
      type="button"
      className="board-card__move"
      aria-haspopup="dialog"
      data-menu-for={card.id}
      onClick={() => onOpen(card.id)}
    >
      {t('board.card.moveMenu')}
      <span className="visually-hidden"> {pickLocalized(card.title, language).text}</span>
    </button>
  );
}

/**
 * A card coordinators move: the handle (a button, so it is in the tab order) takes the drag by
 * pointer and by keyboard; the card is the sortable element. `saving` locks it until its move
 * has an answer, so a second move never goes with a stale priority version.
 */
export function SortableBoardCard({
  card,
  saving,
  reducedMotion,
  onOpenMenu,
}: {
  card: BoardCard;
  saving: boolean;
  reducedMotion: boolean;
  onOpenMenu: (id: string) => void;
}) {
  const { t, language } = useI18n();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({
      id: card.id,
      disabled: saving,
      attributes: { roleDescription: t('board.card.roleDescription') },
      ...(reducedMotion ? { transition: null } : {}),
    });
  const title = pickLocalized(card.title, language).text;
  // Carried by keyboard into another tier, the card mounts anew in that column and the focus
  // would stay behind on nothing: its handle takes it back, and the browser brings it into view
  // (dnd-kit's scrolling of the column may leave the new place above it).
  useEffect(() => {
    if (!isDragging || (document.activeElement && document.activeElement !== document.body)) return;
    document.querySelector<HTMLElement>(`[data-handle-for="${window.CSS.escape(card.id)}"]`)?.focus();
  }, [isDragging, card.id]);
  return (
    <li
      ref={setNodeRef}
      className={`board-card board-card--movable${isDragging ? ' board-card--placeholder' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-busy={saving || undefined}
    >
      <div className="board-card__tools">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="board-card__handle"
          data-handle-for={card.id}
          {...attributes}
          {...listeners}
          aria-label={t('board.card.dragHandle', { title })}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        {saving && <span className="board-card__saving">{t('board.card.saving')}</span>}
        <MoveMenuButton card={card} onOpen={onOpenMenu} />
      </div>
      <BoardCardBody card={card} />
    </li>
  );
}

/** The card under the pointer while it is dragged (dnd-kit's DragOverlay). */
export function DraggedBoardCard({ card }: { card: BoardCard }) {
  return (
    <div className="board-card board-card--dragged" aria-hidden="true" inert>
      <div className="board-card__tools">
        <span className="board-card__handle">⠿</span>
      </div>
      <BoardCardBody card={card} />
    </div>
  );
}
