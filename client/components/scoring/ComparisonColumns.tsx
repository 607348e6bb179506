import { Link } from 'react-router';
import type { Comparison } from '../../../shared/scoring-input.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import {
  differsStrongly,
  type NamedWeighting,
  RANK_DIFFERENCE,
  rankDifferenceText,
  rankSpread,
} from './rank-text.ts';
import { formatScore } from './score-format.ts';

/**
 * The top N of each weighting side by side. Each initiative says in words where it stands
 * under every compared weighting ("3rd for LVM, 11th for VM"), and a strong difference is
 * marked with words as well as a background, never colour alone.
 */
export function ComparisonColumns({
  comparison,
  weightings,
}: {
  comparison: Comparison;
  /** The compared weightings in column order, with their ministries for the short names. */
  weightings: readonly NamedWeighting[];
}) {
  const { t, language } = useI18n();
  const ids = weightings.map((w) => w.id);
  const byId = new Map(comparison.initiatives.map((item) => [item.id, item]));
  return (
    <>
      <p className="muted">{t('scoring.compare.differsLegend', { count: RANK_DIFFERENCE })}</p>
      <div className="compare-columns">
        {comparison.columns.map((column) => {
          const headingId = `compare-${column.weighting.id}`;
          return (
            <section key={column.weighting.id} className="compare-column" aria-labelledby={headingId}>
              <h2 id={headingId}>
                <LocalizedTextView text={column.weighting.name} />
              </h2>
              {column.top.length === 0 ? (
                <p>{t('scoring.compare.empty')}</p>
              ) : (
                <ol className="compare-list">
                  {column.top.map((entry) => {
                    const item = byId.get(entry.id);
                    const positions = item?.positions ?? {};
                    const differs = differsStrongly(rankSpread(positions, ids));
                    return (
                      <li
                        key={entry.id}
                        className={`compare-item${differs ? ' compare-item--differs' : ''}`}
                        data-testid="compare-item"
                      >
                        <span className="compare-item__position">
                          <span className="visually-hidden">{t('scoring.compare.position')} </span>
                          {entry.position}.
                        </span>
                        <span>
                          <Link to={`/initiatives/${entry.id}`}>
                            {item ? <LocalizedTextView text={item.title} /> : entry.id}
                          </Link>
                          {entry.score !== null && (
                            <span className="muted">
                              {' '}
                              · {t('scoring.compare.score')} {formatScore(entry.score, language)}
                            </span>
                          )}
                        </span>
                        <span className="compare-item__places">
                          {t('scoring.compare.places')}:{' '}
                          {rankDifferenceText(positions, weightings, language, t)}
                        </span>
                        {differs && (
                          <span className="compare-item__differs">
                            <span aria-hidden="true">⇅ </span>
                            {t('scoring.compare.differs')}
                          </span>
                        )}
                      </li>
                    );
                  })}
                </ol>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
