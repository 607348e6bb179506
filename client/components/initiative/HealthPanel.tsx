import { Heading } from 'suomifi-ui-components';
import { assessmentsDisagree, type HealthAssessment } from '../../../shared/health.ts';
import type { Initiative } from '../../../shared/initiative.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { HealthBadge } from '../HealthBadge.tsx';
import { FinnishText } from '../LocalizedTextView.tsx';

function Assessment({ title, assessment }: { title: string; assessment: HealthAssessment }) {
  const { t, formatDate } = useI18n();
  const by = assessment.assessedBy
    ? t('initiative.health.assessed', { by: assessment.assessedBy, date: formatDate(assessment.assessedOn) })
    : assessment.assessedOn
      ? t('initiative.health.assessedOn', { date: formatDate(assessment.assessedOn) })
      : null;
  return (
    <div className="health-card">
      <h3 className="health-card__title">{title}</h3>
      <p className="health-card__rating">
        <HealthBadge rating={assessment.rating} />
      </p>
      {assessment.reason ? (
        <FinnishText as="p" text={assessment.reason} />
      ) : (
        <p className="muted">{t('initiative.health.noReason')}</p>
      )}
      {by && <p className="muted">{by}</p>}
    </div>
  );
}

/** Both assessments side by side: the lead ministry's own and Digitoimisto's. */
export function HealthPanel({ initiative }: { initiative: Initiative }) {
  const { t } = useI18n();
  return (
    <section className="screen-section" aria-labelledby="health-heading">
      <Heading variant="h2" id="health-heading">
        {t('initiative.form.health')}
      </Heading>
      <div className="health-cards">
        <Assessment
          title={t('initiative.health.ministry', { ministry: initiative.leadMinistry })}
          assessment={initiative.ministryHealth}
        />
        <Assessment title={t('initiative.health.digitoimisto')} assessment={initiative.digitoimistoHealth} />
      </div>
      {assessmentsDisagree(initiative.ministryHealth.rating, initiative.digitoimistoHealth.rating) && (
        <p className="notice">
          <span aria-hidden="true">⚠ </span>
          {t('initiative.health.disagree')}
        </p>
      )}
    </section>
  );
}
