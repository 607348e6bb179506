import { type FormEvent, type ReactNode, type RefObject, useId, useRef, useState } from 'react';
import { Button } from 'suomifi-ui-components';
import type { BoardCard } from '../../../shared/board.ts';
import { TIERS, type Tier } from '../../../shared/codes.ts';
import { pickLocalized } from '../../../shared/localized-text.ts';
import { MAX_REASON_LENGTH } from '../../../shared/priority.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { useModalDialog } from '../ui/use-modal-dialog.ts';
import type { MenuPosition } from './board-moves.ts';

/**
 * A small modal form on the native <dialog>: the browser keeps focus inside and Escape cancels.
 * Focus starts on `initialFocus`; where it goes after closing is the board's to say (the card's
 * handle or its move button, which may have moved to another column meanwhile).
 */
function BoardDialog({
  open,
  title,
  initialFocus,
  onSubmit,
  onCancel,
  children,
}: {
  open: boolean;
  title: string;
  initialFocus: RefObject<HTMLElement | null>;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const dialog = useModalDialog(open, initialFocus);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <dialog
      ref={dialog}
      className="board-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open && (
        <form onSubmit={submit} className="board-dialog__form">
          <h2 id={`${id}-title`} className="board-dialog__title">
            {title}
          </h2>
          {children}
        </form>
      )}
    </dialog>
  );
}

function ReasonField({
  value,
  onChange,
  inputRef,
}: {
  value: string;
  onChange: (value: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="board-dialog__field">
      <label htmlFor={id}>{t('board.move.reason')}</label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        value={value}
        maxLength={MAX_REASON_LENGTH}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <span id={`${id}-hint`} className="board-dialog__hint">
        {t('board.move.reasonHint')}
      </span>
    </div>
  );
}

/** After a drag to another tier: the optional one-line reason for the decision log, or undo the move. */
export function ReasonDialog({
  card,
  from,
  to,
  onConfirm,
  onCancel,
}: {
  card: BoardCard | null;
  from: Tier;
  to: Tier;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const [reason, setReason] = useState('');
  const input = useRef<HTMLInputElement>(null);
  return (
    <BoardDialog
      open={card !== null}
      title={t('board.move.reasonTitle')}
      initialFocus={input}
      onSubmit={() => onConfirm(reason)}
      onCancel={onCancel}
    >
      {card && (
        <p>
          {t('board.move.reasonText', {
            title: pickLocalized(card.title, language).text,
            from: t(`codes.tier.${from}`),
            to: t(`codes.tier.${to}`),
          })}
        </p>
      )}
      <ReasonField value={reason} onChange={setReason} inputRef={input} />
      <div className="board-dialog__buttons">
        <Button type="submit">{t('board.move.confirm')}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('board.move.cancelMove')}
        </Button>
      </div>
    </BoardDialog>
  );
}

export interface MenuChoice {
  tier: Tier;
  position: MenuPosition;
  reason: string;
}

type Kind = MenuPosition['kind'];
const KINDS: Kind[] = ['top', 'bottom', 'before', 'after'];

/**
 * "Move to…": a tier, and first, last, or before or after a named initiative of that tier,
 * with the reason when the tier changes. Works for every card, shown or not, on any screen.
 */
export function MoveDialog({
  card,
  columns,
  onSubmit,
  onCancel,
}: {
  card: BoardCard | null;
  columns: readonly { tier: Tier; cards: readonly BoardCard[] }[];
  onSubmit: (choice: MenuChoice) => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const [tier, setTier] = useState<Tier>(card?.tier ?? 'unprioritised');
  const [kind, setKind] = useState<Kind>('top');
  const [targetId, setTargetId] = useState('');
  const [reason, setReason] = useState('');
  const tierSelect = useRef<HTMLSelectElement>(null);
  const targets = (columns.find((c) => c.tier === tier)?.cards ?? []).filter((c) => c.id !== card?.id);
  const target = targets.some((c) => c.id === targetId) ? targetId : (targets[0]?.id ?? '');
  const needsTarget = kind === 'before' || kind === 'after';

  const submit = () => {
    if (needsTarget && !target) return;
    const position: MenuPosition = needsTarget ? { kind, targetId: target } : { kind };
    onSubmit({ tier, position, reason: tier === card?.tier ? '' : reason });
  };
  return (
    <BoardDialog
      open={card !== null}
      title={t('board.move.title')}
      initialFocus={tierSelect}
      onSubmit={submit}
      onCancel={onCancel}
    >
      {card && (
        <p className="board-dialog__card">
          <LocalizedTextView text={card.title} />
        </p>
      )}
      <div className="board-dialog__field">
        <label htmlFor={`${id}-tier`}>{t('board.move.tier')}</label>
        <select
          ref={tierSelect}
          id={`${id}-tier`}
          value={tier}
          onChange={(event) => setTier(event.target.value as Tier)}
        >
          {TIERS.map((value) => (
            <option key={value} value={value}>
              {t(`codes.tier.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="board-dialog__field board-dialog__choices">
        <legend>{t('board.move.position')}</legend>
        {KINDS.map((value) => (
          <label key={value} className="board-dialog__choice">
            <input
              type="radio"
              name={`${id}-position`}
              value={value}
              checked={kind === value}
              onChange={() => setKind(value)}
            />
            {t(`board.move.${value}`)}
          </label>
        ))}
      </fieldset>
      {needsTarget &&
        (targets.length > 0 ? (
          <div className="board-dialog__field">
            <label htmlFor={`${id}-target`}>{t('board.move.target')}</label>
            <select id={`${id}-target`} value={target} onChange={(event) => setTargetId(event.target.value)}>
              {targets.map((c) => (
                <option key={c.id} value={c.id}>
                  {pickLocalized(c.title, language).text}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p className="board-dialog__hint">{t('board.move.noTargets')}</p>
        ))}
      {card && tier !== card.tier && <ReasonField value={reason} onChange={setReason} />}
      <div className="board-dialog__buttons">
        <Button type="submit" disabled={needsTarget && !target}>
          {t('board.move.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('board.move.cancel')}
        </Button>
      </div>
    </BoardDialog>
  );
}
