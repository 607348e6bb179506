import { Link } from 'react-router';
import { QUALITY_FLAGS } from '../../../shared/data-quality.ts';
import type { InitiativeFilter } from '../../../shared/initiative-filter.ts';
import { TRANSLATION_LANGUAGES } from '../../../shared/missing-translations.ts';
import type { Overview } from '../../../shared/overview.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { listHref } from './list-link.ts';

/**
 * The quality score of each lead ministry (the share of its initiatives without a data-quality
 * flag) and the flags by kind: what a coordinator asks a ministry to fix, each a link to the
 * list of that ministry's initiatives with gaps.
 */
export function QualityByMinistry({ overview, filter }: { overview: Overview; filter: InitiativeFilter }) {
  const { t } = useI18n();
  const flags = QUALITY_FLAGS.filter((flag) => overview.quality.byFlag[flag] > 0);
  return (
    <section className="overview-quality" aria-labelledby="overview-quality-heading">
      <h2 id="overview-quality-heading">{t('overview.qualityTable.title')}</h2>
      <p>{t('overview.qualityTable.intro')}</p>
      <div className="table-scroll">
        <table className="chart-table">
          <thead>
            <tr>
              <th scope="col">{t('overview.ministry')}</th>
              <th scope="col">{t('overview.tiles.total')}</th>
              <th scope="col">{t('overview.qualityTable.clean')}</th>
              <th scope="col">{t('overview.qualityTable.flagged')}</th>
              <th scope="col">{t('overview.qualityTable.score')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.byMinistry.map((m) => {
              const flagged = m.total - m.qualityClean;
              return (
                <tr key={m.ministry}>
                  <th scope="row">{m.ministry}</th>
                  <td>
                    <Link to={listHref({ ...filter, leadMinistries: [m.ministry] })}>{m.total}</Link>
                  </td>
                  <td>{m.qualityClean}</td>
                  <td>
                    {flagged > 0 ? (
                      <Link to={listHref({ ...filter, leadMinistries: [m.ministry], qualityIssues: true })}>
                        {flagged}
                      </Link>
                    ) : (
                      0
                    )}
                  </td>
                  <td>{m.qualityScore === null ? '–' : `${m.qualityScore} %`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {flags.length > 0 && (
        <>
          <h3>{t('overview.qualityTable.byFlag')}</h3>
          <ul className="overview-quality__flags">
            {flags.map((flag) => (
              <li key={flag}>
                {t(`quality.flag.${flag}`)}: {overview.quality.byFlag[flag]}
              </li>
            ))}
          </ul>
        </>
      )}
      {/* The flags count titles only; these lists hold every content text (title or summary) lacking its translation. */}
      <h3>{t('list.missingTranslations')}</h3>
      <ul className="overview-quality__flags">
        {TRANSLATION_LANGUAGES.map((language) => (
          <li key={language}>
            <Link to={listHref({ ...filter, missingTranslations: [language] })}>
              {t(`overview.qualityTable.missing.${language}`)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
