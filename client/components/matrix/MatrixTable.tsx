import { Link } from 'react-router';
import { pickLocalized } from '../../../shared/localized-text.ts';
import type { Criterion } from '../../../shared/scoring.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { HealthBadge } from '../HealthBadge.tsx';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import type { MatrixPoint } from './matrix-points.ts';

/** The matrix as a table: the same points, in the same order, each a row with its scores and quadrant. */
export function MatrixTable({
  points,
  xCriterion,
  yCriterion,
}: {
  points: readonly MatrixPoint[];
  xCriterion: Criterion;
  yCriterion: Criterion;
}) {
  const { t, language } = useI18n();
  const score = (criterion: Criterion, value: number) => {
    const level = criterion.levels[value - 1];
    return (
      <>
        {t('scoring.scoreOutOf', { score: value })}
        {level && (
          <span className="score-table__direction">
            <LocalizedTextView text={level} />
          </span>
        )}
      </>
    );
  };
  return (
    <div className="table-scroll">
      <table className="data-table matrix-table">
        <caption className="visually-hidden">{t('scoring.matrix.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scoring.matrix.initiative')}</th>
            <th scope="col">
              <LocalizedTextView text={yCriterion.name} />
            </th>
            <th scope="col">
              <LocalizedTextView text={xCriterion.name} />
            </th>
            <th scope="col">{t('scoring.matrix.quadrantColumn')}</th>
            <th scope="col">{t('scoring.matrix.health')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.id}>
              <th scope="row" data-label={t('scoring.matrix.initiative')}>
                <Link to={`/initiatives/${point.id}`}>
                  <LocalizedTextView text={point.title} />
                </Link>
              </th>
              <td data-label={pickLocalized(yCriterion.name, language).text}>{score(yCriterion, point.y)}</td>
              <td data-label={pickLocalized(xCriterion.name, language).text}>{score(xCriterion, point.x)}</td>
              <td data-label={t('scoring.matrix.quadrantColumn')}>
                {t(`scoring.matrix.quadrant.${point.quadrant ?? 'boundary'}`)}
              </td>
              <td data-label={t('scoring.matrix.health')}>
                <HealthBadge rating={point.health} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
