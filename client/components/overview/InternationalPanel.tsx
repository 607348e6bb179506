import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { International } from '../../../shared/international.ts';
import { type LocalizedText, pickLocalized } from '../../../shared/localized-text.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * What comes up in international cooperation (stats.international): the bodies meeting in the
 * next 60 days and the benchmarks published in the next 90, each a dated list whose entry opens
 * the body's or the benchmark's page. The list does not follow the initiative filters: bodies
 * and benchmarks are not initiatives.
 */
export function InternationalPanel({ international }: { international: International }) {
  const { t } = useI18n();
  return (
    <section className="overview-international" aria-labelledby="overview-international-heading">
      <h2 id="overview-international-heading">{t('overview.international.title')}</h2>
      <p>{t('overview.international.intro')}</p>
      <div className="overview-international__columns">
        <DatedList
          id="overview-international-meetings"
          title={t('overview.international.meetings')}
          empty={t('overview.international.noMeetings')}
          items={international.meetings.map((m) => ({
            key: `${m.body.id}:${m.date}`,
            date: m.date,
            href: `/cooperation/bodies/${m.body.id}`,
            shortName: m.body.shortName,
            name: m.body.name,
          }))}
        />
        <DatedList
          id="overview-international-publications"
          title={t('overview.international.publications')}
          empty={t('overview.international.noPublications')}
          items={international.publications.map((p) => ({
            key: `${p.benchmark.id}:${p.date}`,
            date: p.date,
            href: `/cooperation/benchmarks/${p.benchmark.id}`,
            shortName: p.benchmark.shortName,
            name: p.benchmark.name,
          }))}
        />
      </div>
      <p>
        <Link to="/cooperation">{t('overview.international.all')}</Link>
      </p>
    </section>
  );
}

interface DatedItem {
  key: string;
  date: string;
  href: string;
  shortName: string;
  name: LocalizedText;
}

function DatedList({
  id,
  title,
  empty,
  items,
}: {
  id: string;
  title: ReactNode;
  empty: string;
  items: DatedItem[];
}) {
  const { language, formatDate } = useI18n();
  return (
    <div className="overview-international__list">
      <h3 id={id}>{title}</h3>
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul aria-labelledby={id}>
          {items.map((item) => {
            const name = pickLocalized(item.name, language);
            return (
              <li key={item.key}>
                <time dateTime={item.date}>{formatDate(item.date)}</time>{' '}
                <Link to={item.href}>{item.shortName}</Link>
                {name.text !== item.shortName && (
                  <>
                    {' '}
                    <span className="overview-international__name" lang={name.language}>
                      {name.text}
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
