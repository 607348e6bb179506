import './lateness.css';
import type { Lateness } from '../../../shared/lateness.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { latenessKinds, overdueText } from './describe-lateness.ts';

/** "■ myöhässä 45 pv": the square repeats in shape what the colour says, so colour is never the only sign. */
export function OverdueText({ daysLate }: { daysLate: number }) {
  const { t, formatDate } = useI18n();
  return (
    <span className="overdue">
      <span aria-hidden="true">■ </span>
      {overdueText({ t, formatDate }, daysLate)}
    </span>
  );
}

/** The list's lateness cell: the worst days late and the kinds of what passed, or a dash. */
export function LatenessSummary({ lateness }: { lateness: Lateness }) {
  const { t, formatDate } = useI18n();
  if (!lateness.late || lateness.worstDaysLate === null) {
    return (
      <>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('lateness.notLate')}</span>
      </>
    );
  }
  return (
    <>
      <OverdueText daysLate={lateness.worstDaysLate} />
      <span className="lateness-kinds">{latenessKinds({ t, formatDate }, lateness)}</span>
    </>
  );
}
