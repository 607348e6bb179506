import { Heading } from 'suomifi-ui-components';
import type { Initiative } from '../../../shared/initiative.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FinnishText } from '../LocalizedTextView.tsx';
import { ExternalLink } from '../ui/ExternalLink.tsx';
import { Fact } from '../ui/Fact.tsx';

/** Budget and funding, the contact person, links, and who created and last changed the record. */
export function FinanceAndContact({ initiative }: { initiative: Initiative }) {
  const { t, formatEuros, formatDate } = useI18n();
  const { contact } = initiative;
  return (
    <>
      <section className="screen-section" aria-labelledby="finance-heading">
        <Heading variant="h2" id="finance-heading">
          {t('initiative.page.finance')}
        </Heading>
        <dl className="facts">
          <Fact term={t('initiative.field.budgetCents')}>{formatEuros(initiative.budgetCents)}</Fact>
          <Fact term={t('initiative.field.fundingSources')}>
            {initiative.fundingSources.length === 0 ? (
              <span className="muted">{t('initiative.page.noFunding')}</span>
            ) : (
              <ul className="plain-list">
                {initiative.fundingSources.map((source) => (
                  <li key={source}>{t(`codes.funding.${source}`)}</li>
                ))}
              </ul>
            )}
          </Fact>
        </dl>
      </section>
      <section className="screen-section" aria-labelledby="contact-heading">
        <Heading variant="h2" id="contact-heading">
          {t('initiative.page.contactAndLinks')}
        </Heading>
        <dl className="facts">
          <Fact term={t('initiative.field.contact')}>
            {contact ? (
              <>
                {contact.name}
                {contact.email && (
                  <>
                    {' '}
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </>
                )}
              </>
            ) : (
              <span className="muted">{t('initiative.page.noContact')}</span>
            )}
          </Fact>
          <Fact term={t('initiative.field.links')}>
            {initiative.links.length === 0 ? (
              <span className="muted">{t('initiative.page.noLinks')}</span>
            ) : (
              <ul className="plain-list">
                {initiative.links.map((link) => (
                  <li key={`${link.url}:${link.label}`}>
                    <ExternalLink href={link.url}>
                      <FinnishText text={link.label} />
                    </ExternalLink>
                  </li>
                ))}
              </ul>
            )}
          </Fact>
        </dl>
      </section>
      <section className="screen-section" aria-labelledby="record-heading">
        <Heading variant="h2" id="record-heading">
          {t('initiative.page.record')}
        </Heading>
        <ul className="plain-list muted">
          <li>
            {t('initiative.page.created', {
              date: formatDate(initiative.createdAt),
              by: initiative.createdBy ?? t('initiative.page.unknownUser'),
            })}
          </li>
          <li>
            {t('initiative.page.updated', {
              date: formatDate(initiative.updatedAt),
              by: initiative.updatedBy ?? t('initiative.page.unknownUser'),
            })}
          </li>
          <li>{t('initiative.page.version', { version: initiative.version })}</li>
        </ul>
      </section>
    </>
  );
}
