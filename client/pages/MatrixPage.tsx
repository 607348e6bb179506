import '../styles/screens.css';
import '../styles/scoring.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Button, Heading } from 'suomifi-ui-components';
import { MAX_CARDS_PER_TIER } from '../../shared/board.ts';
import { HEALTH_RATINGS } from '../../shared/codes.ts';
import { pickLocalized } from '../../shared/localized-text.ts';
import type { Criterion } from '../../shared/scoring.ts';
import { FilterChips } from '../components/FilterChips.tsx';
import { FilterPanel } from '../components/FilterPanel.tsx';
import { SelectField } from '../components/form/fields.tsx';
import { HealthSymbol, MatrixChart } from '../components/matrix/MatrixChart.tsx';
import { MatrixTable } from '../components/matrix/MatrixTable.tsx';
import { type MatrixPoint, matrixPoints, quadrantCounts } from '../components/matrix/matrix-points.ts';
import { QueryState } from '../components/QueryState.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { snapshotInput, useSnapshotId } from '../lib/snapshot-mode.tsx';
import { trpc } from '../lib/trpc.ts';
import { useFilterParams } from '../lib/use-filter-params.ts';

const OWN_KEYS = ['x', 'y', 'view'] as const;
/** Value up, effort across: the classic matrix, when those criteria exist. */
const DEFAULT_Y = 'societal_impact';
const DEFAULT_X = 'cost';

/** The criterion a URL names, else the default, else the first of the wanted direction, else any. */
function axisCriterion(
  criteria: readonly Criterion[],
  wanted: string | null,
  fallback: string,
  direction: Criterion['direction'],
): Criterion | undefined {
  return (
    criteria.find((c) => c.key === wanted) ??
    criteria.find((c) => c.key === fallback) ??
    criteria.find((c) => c.direction === direction) ??
    criteria[0]
  );
}

/**
 * /matrix: the value/effort matrix of the active initiatives under the list's filters (in the
 * URL, with the two axes and the table view). The board's data is the source: every active
 * card with its scores. Recharts is loaded with this page only.
 */
export function MatrixPage() {
  const { t, language } = useI18n();
  const snapshotId = useSnapshotId();
  const navigate = useNavigate();
  const { filter, own, setFilter, setOwn } = useFilterParams(OWN_KEYS);
  const criteria = useQuery(trpc.scoring.criteria.queryOptions(snapshotInput(snapshotId)));
  const board = useQuery({
    // Every card of every tier, up to the API's most per tier.
    ...trpc.board.get.queryOptions({ filter, language, perTier: MAX_CARDS_PER_TIER, snapshotId }),
    placeholderData: keepPreviousData,
  });
  const list = criteria.data ?? [];
  const yCriterion = axisCriterion(list, own.y, DEFAULT_Y, 'benefit');
  const xCriterion = axisCriterion(list, own.x, DEFAULT_X, 'cost');
  const asTable = own.view === 'table';
  const { points, unscored } = useMemo(() => {
    if (!board.data || !xCriterion || !yCriterion) return { points: [] as MatrixPoint[], unscored: 0 };
    return matrixPoints(
      board.data.columns.flatMap((column) => column.cards),
      xCriterion,
      yCriterion,
    );
  }, [board.data, xCriterion, yCriterion]);

  if (!criteria.data) return <QueryState query={criteria} />;
  const nameOf = (c: Criterion) => pickLocalized(c.name, language).text;
  const axisOptions = list.map((c) => ({
    value: c.key,
    label: t('scoring.matrix.axisOption', {
      name: nameOf(c),
      direction: t(`scoring.direction.${c.direction}`),
    }),
  }));
  const counts = quadrantCounts(points);
  const leftOut = (board.data?.columns ?? []).reduce((sum, c) => sum + c.total - c.cards.length, 0);
  const pointLabel = (point: MatrixPoint) =>
    xCriterion && yCriterion
      ? t('scoring.matrix.point', {
          title: pickLocalized(point.title, language).text,
          x: nameOf(xCriterion),
          xScore: point.x,
          y: nameOf(yCriterion),
          yScore: point.y,
          quadrant: t(`scoring.matrix.quadrant.${point.quadrant ?? 'boundary'}`),
          health: t(`codes.health.${point.health}`),
        })
      : '';
  return (
    <div className="list-page">
      <Heading variant="h1">{t('scoring.matrix.title')}</Heading>
      <p>{t('scoring.matrix.intro')}</p>
      <div className="list-layout">
        <FilterPanel filter={filter} onChange={setFilter} resultCount={board.data?.total} />
        <section className="results" aria-labelledby="matrix-heading">
          <h2 id="matrix-heading" className="visually-hidden">
            {t('scoring.matrix.title')}
          </h2>
          <div className="matrix-controls">
            <SelectField
              id="matrix-y"
              label={t('scoring.matrix.yAxis')}
              value={yCriterion?.key ?? ''}
              options={axisOptions}
              onChange={(y) => setOwn({ y })}
            />
            <SelectField
              id="matrix-x"
              label={t('scoring.matrix.xAxis')}
              value={xCriterion?.key ?? ''}
              options={axisOptions}
              onChange={(x) => setOwn({ x })}
            />
            <Button
              variant="secondary"
              aria-pressed={asTable}
              onClick={() => setOwn({ view: asTable ? null : 'table' })}
            >
              {t('scoring.matrix.showTable')}
            </Button>
          </div>
          <FilterChips filter={filter} onChange={setFilter} onAllRemoved={() => undefined} />
          {!board.data && <QueryState query={board} />}
          {board.data && xCriterion && yCriterion && (
            <figure
              className="matrix-figure"
              aria-labelledby="matrix-label"
              aria-describedby="matrix-summary"
            >
              <figcaption>
                <strong id="matrix-label">
                  {t('scoring.matrix.chartLabel', { x: nameOf(xCriterion), y: nameOf(yCriterion) })}
                </strong>
                <p id="matrix-summary" role="status">
                  {t('scoring.matrix.summary', { count: points.length, ...counts, unscored })}
                </p>
                {leftOut > 0 && (
                  <p className="notice">
                    {t('scoring.matrix.truncated', { count: leftOut, max: MAX_CARDS_PER_TIER })}
                  </p>
                )}
                {!asTable && points.length > 0 && <p className="muted">{t('scoring.matrix.keyboardHint')}</p>}
              </figcaption>
              {points.length === 0 ? (
                <p>{t('scoring.matrix.empty')}</p>
              ) : asTable ? (
                <MatrixTable points={points} xCriterion={xCriterion} yCriterion={yCriterion} />
              ) : (
                <>
                  <HealthLegend />
                  <MatrixChart
                    points={points}
                    xCriterion={xCriterion}
                    yCriterion={yCriterion}
                    pointLabel={pointLabel}
                    onOpen={(id) => navigate(`/initiatives/${id}`)}
                  />
                </>
              )}
            </figure>
          )}
        </section>
      </div>
    </div>
  );
}

/** What each colour and shape means, in words. */
function HealthLegend() {
  const { t } = useI18n();
  return (
    <div>
      <p className="visually-hidden" id="matrix-legend">
        {t('scoring.matrix.legend')}
      </p>
      <ul className="matrix-legend" aria-labelledby="matrix-legend">
        <li className="muted" aria-hidden="true">
          {t('scoring.matrix.legend')}:
        </li>
        {HEALTH_RATINGS.map((rating) => (
          <li key={rating}>
            <svg
              width="20"
              height="20"
              viewBox="-10 -10 20 20"
              className="matrix-legend__symbol"
              aria-hidden="true"
            >
              <HealthSymbol rating={rating} r={6} />
            </svg>{' '}
            {t(`codes.health.${rating}`)}
          </li>
        ))}
      </ul>
      <p className="muted">{t('scoring.matrix.sizeByBudget')}</p>
    </div>
  );
}
