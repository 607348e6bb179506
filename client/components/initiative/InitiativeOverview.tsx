import { Heading } from 'suomifi-ui-components';
import type { Initiative } from '../../../shared/initiative.ts';
import { projectRegisterUrl } from '../../../shared/register-codes.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMinistryName } from '../../lib/use-ministry-names.ts';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { ExternalLink } from '../ui/ExternalLink.tsx';
import { Fact } from '../ui/Fact.tsx';

/** Classification, ministries, register codes, schedule and the summary. */
export function InitiativeOverview({ initiative }: { initiative: Initiative }) {
  const { t, formatDate } = useI18n();
  const ministryName = useMinistryName();
  const list = (items: string[], empty: string) =>
    items.length === 0 ? (
      <span className="muted">{empty}</span>
    ) : (
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    );
  return (
    <section className="screen-section" aria-labelledby="overview-heading">
      <Heading variant="h2" id="overview-heading">
        {t('initiative.page.basics')}
      </Heading>
      <LocalizedTextView text={initiative.summary} as="p" />
      <dl className="facts">
        <Fact term={t('initiative.field.status')}>{t(`codes.status.${initiative.status}`)}</Fact>
        {initiative.preparationStage && (
          <Fact term={t('initiative.field.preparationStage')}>
            {t(`codes.stage.${initiative.preparationStage}`)}
          </Fact>
        )}
        <Fact term={t('initiative.field.kind')}>{t(`codes.kind.${initiative.kind}`)}</Fact>
        <Fact term={t('initiative.field.track')}>{t(`codes.track.${initiative.track}`)}</Fact>
        <Fact term={t('initiative.field.themes')}>
          {list(
            initiative.themes.map((theme) => t(`codes.theme.${theme}`)),
            t('initiative.page.noThemes'),
          )}
        </Fact>
        <Fact term={t('initiative.field.leadMinistry')}>{ministryName(initiative.leadMinistry)}</Fact>
        <Fact term={t('initiative.field.participatingMinistries')}>
          {list(initiative.participatingMinistries.map(ministryName), t('initiative.page.noParticipants'))}
        </Fact>
        <Fact term={t('initiative.field.projectNumber')}>
          {initiative.projectNumber ? (
            <ExternalLink href={projectRegisterUrl(initiative.projectNumber)}>
              {t('initiative.page.registerLink', { code: initiative.projectNumber })}
            </ExternalLink>
          ) : (
            <span className="muted">{t('initiative.page.notSet')}</span>
          )}
        </Fact>
        <Fact term={t('initiative.field.caseNumbers')}>
          {list(initiative.caseNumbers, t('initiative.page.notSet'))}
        </Fact>
        <Fact term={t('initiative.field.startDate')}>{formatDate(initiative.startDate)}</Fact>
        <Fact term={t('initiative.field.endDate')}>{formatDate(initiative.endDate)}</Fact>
      </dl>
    </section>
  );
}
