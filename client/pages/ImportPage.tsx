import '../styles/screens.css';
import { Heading, InlineAlert } from 'suomifi-ui-components';
import { isCoordinator, type SessionUser } from '../../shared/user.ts';
import { ImportPanel } from '../components/records/ImportPanel.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/** /import: importing for coordinators, exporting for everyone. */
export function ImportPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  return (
    <div className="screen">
      <Heading variant="h1">{t('records.title')}</Heading>
      <section className="screen-section" aria-labelledby="import-heading">
        <Heading variant="h2" id="import-heading">
          {t('records.import.heading')}
        </Heading>
        {isCoordinator(user) ? (
          <ImportPanel />
        ) : (
          <InlineAlert status="neutral">{t('records.coordinatorsOnly')}</InlineAlert>
        )}
      </section>
      <section className="screen-section" aria-labelledby="export-heading">
        <Heading variant="h2" id="export-heading">
          {t('records.export.heading')}
        </Heading>
        <p>{t('records.export.intro')}</p>
        <p>
          <a className="button-link" href="/api/export/current.json" download>
            {t('records.export.link')}
          </a>
        </p>
      </section>
    </div>
  );
}
