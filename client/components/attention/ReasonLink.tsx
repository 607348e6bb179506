import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import type { AttentionItem, AttentionReason } from '../../../shared/attention.ts';
import type { SessionUser } from '../../../shared/user.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { describeAttentionReason, reasonTarget } from './describe-attention.ts';
import { focusWhenShown } from './focus-anchor.ts';

const GRAVE = new Set<AttentionReason['kind']>(['red', 'euDutyOverdue']);

/** One reason as a sentence that links to where it is put right (see reasonTarget). */
export function ReasonLink({
  reason,
  item,
  user,
}: {
  reason: AttentionReason;
  item: Pick<AttentionItem, 'id' | 'leadMinistry'>;
  user: SessionUser | null;
}) {
  const { t, formatDate } = useI18n();
  const target = reasonTarget(reason, item, user);
  const follow = (event: MouseEvent) => {
    // A new tab or window is the browser's to open; this tab stays where it is.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    focusWhenShown(target.anchor);
  };
  const grave = GRAVE.has(reason.kind);
  return (
    <span className={grave ? 'attention-reason attention-reason--grave' : 'attention-reason'}>
      {/* The shape repeats what the colour says: a square for the gravest, a triangle for the rest. */}
      <span aria-hidden="true" className="attention-reason__mark">
        {grave ? '■' : '▲'}
      </span>{' '}
      <Link to={{ pathname: target.pathname, hash: target.anchor }} onClick={follow}>
        {describeAttentionReason({ t, formatDate }, reason)}
      </Link>
    </span>
  );
}
