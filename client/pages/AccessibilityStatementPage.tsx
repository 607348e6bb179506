import { localeOf } from '../../shared/locale-format.ts';
import '../styles/screens.css';
import '../styles/statement.css';
import { useEffect } from 'react';
import { Heading } from 'suomifi-ui-components';
import type { Language } from '../../shared/language.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ACCESSIBILITY_STATEMENT } from '../lib/accessibility-statement.ts';

/** A statement's date written out ("2. joulukuuta 2026", "2 December 2026"): never ambiguous in English. */
function longDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/**
 * The accessibility statement (Act on the Provision of Digital Services 306/2019), in the order
 * of the Finnish model statement. Public: signed out it has a frame of its own (PublicFrame).
 */
export function AccessibilityStatementPage() {
  const { t, language } = useI18n();
  const { feedbackEmail, preparedOn, updatedOn, supervisoryAuthorityUrl } = ACCESSIBILITY_STATEMENT;
  useEffect(() => {
    document.title = `${t('statement.title')} – ${t('common.appName')}`;
  }, [t]);
  return (
    <div className="screen statement">
      <Heading variant="h1">{t('statement.title')}</Heading>

      <section>
        <Heading variant="h2">{t('statement.service.heading')}</Heading>
        <p>{t('statement.service.text')}</p>
        <p>{t('statement.service.law')}</p>
      </section>

      <section>
        <Heading variant="h2">{t('statement.compliance.heading')}</Heading>
        <p>{t('statement.compliance.text')}</p>
        <ul>
          <li>{t('statement.compliance.axe')}</li>
          <li>{t('statement.compliance.keyboard')}</li>
          <li>{t('statement.compliance.reflow')}</li>
        </ul>
        <p>{t('statement.compliance.limitations')}</p>
      </section>

      <section>
        <Heading variant="h2">{t('statement.limitations.heading')}</Heading>
        <ul>
          <li>
            <p>{t('statement.limitations.exports')}</p>
            <p>{t('statement.limitations.exportsAlternative')}</p>
          </li>
          <li>
            <p>{t('statement.limitations.board', { move: t('board.card.moveMenu') })}</p>
          </li>
          <li>
            <p>
              {t('statement.limitations.timelines', {
                roadmapList: t('roadmap.showList'),
                radarList: t('radar.showList'),
              })}
            </p>
          </li>
        </ul>
      </section>

      <section>
        <Heading variant="h2">{t('statement.method.heading')}</Heading>
        <p>
          {t('statement.method.text', {
            prepared: longDate(preparedOn, language),
            updated: longDate(updatedOn, language),
          })}
        </p>
        <p>{t('statement.method.assessment')}</p>
      </section>

      <section>
        <Heading variant="h2">{t('statement.feedback.heading')}</Heading>
        <p>{t('statement.feedback.text')}</p>
        <p>
          {t('statement.feedback.email')} <a href={`mailto:${feedbackEmail}`}>{feedbackEmail}</a>
        </p>
        <p>{t('statement.feedback.reply')}</p>
      </section>

      <section>
        <Heading variant="h2">{t('statement.enforcement.heading')}</Heading>
        <p>{t('statement.enforcement.text')}</p>
        <p>{t('statement.enforcement.authority')}</p>
        <p>
          <strong>{t('statement.enforcement.name')}</strong>
          <br />
          {t('statement.enforcement.web')}{' '}
          <a href={supervisoryAuthorityUrl}>{supervisoryAuthorityUrl.replace(/^https:\/\//, '')}</a>
        </p>
      </section>
    </div>
  );
}
