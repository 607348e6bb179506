import { Heading } from 'suomifi-ui-components';
import { todayInFinland } from '../../../shared/dates.ts';
import type { Initiative } from '../../../shared/initiative.ts';
import { lateness } from '../../../shared/lateness.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { describeReason } from '../lateness/describe-lateness.ts';
import { OverdueText } from '../lateness/LatenessText.tsx';

/** Why the initiative is late, worst first, by the one rule of shared/lateness.ts; nothing when it is not. */
export function LatenessPanel({ initiative }: { initiative: Initiative }) {
  const { t, formatDate } = useI18n();
  const result = lateness(initiative, todayInFinland());
  if (!result.late) return null;
  return (
    <section className="lateness-panel" aria-labelledby="lateness-heading">
      <Heading variant="h2" id="lateness-heading">
        {t('lateness.panel.heading')}
      </Heading>
      <p>{t('lateness.panel.intro')}</p>
      <ul className="lateness-panel__reasons">
        {result.reasons.map((reason) => (
          <li key={JSON.stringify(reason)}>
            {describeReason({ t, formatDate }, reason, initiative.status)}
            {' – '}
            <OverdueText daysLate={reason.daysLate} />
          </li>
        ))}
      </ul>
    </section>
  );
}
