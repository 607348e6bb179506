import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  FUNDING_STYLES,
  HEALTH_STYLES,
  RELATION_STYLES,
  type SeriesStyle,
  SINGLE_STYLE,
  STATUS_STYLES,
} from '../../../shared/chart-palette.ts';
import { EU_RELATIONS, HEALTH_RATINGS, STATUSES } from '../../../shared/codes.ts';
import { euActSlug } from '../../../shared/eu-act.ts';
import type { InitiativeFilter } from '../../../shared/initiative-filter.ts';
import type { FundingBucket, MinistryFigures, Overview } from '../../../shared/overview.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ChartFigure } from '../charts/ChartFigure.tsx';
import { ChartTable } from '../charts/ChartTable.tsx';
import { type ChartRow, type ChartSeries, rowTotal, seriesInUse } from '../charts/chart-data.ts';
import { PatternDefs } from '../charts/PatternDefs.tsx';
import { StackedBars } from '../charts/StackedBars.tsx';
import { listHref } from './list-link.ts';

const FUNDING_BUCKETS = Object.keys(FUNDING_STYLES) as FundingBucket[];
/** The coverage chart's bars; the table has every act. */
const MOST_ACTS = 15;

/** The bar with the most of `value`, for a chart's one-sentence summary. */
function top<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  return items.reduce<T | undefined>(
    (best, item) => (best === undefined || value(item) > value(best) ? item : best),
    undefined,
  );
}

/**
 * The overview's charts, each with its name, summary, legend and table: initiatives by lead
 * ministry and status, health by ministry (the ministry's own or Digitoimisto's), by theme,
 * budget by ministry and funding, and EU-act coverage. Every segment and table figure opens the
 * list of the filter plus that segment's conditions.
 */
export function OverviewCharts({ overview, filter }: { overview: Overview; filter: InitiativeFilter }) {
  const { t, formatEuros } = useI18n();
  const navigate = useNavigate();
  const [whose, setWhose] = useState<'ministry' | 'digitoimisto'>('ministry');
  const to = (extra: InitiativeFilter) => listHref({ ...filter, ...extra });
  const count = (n: number) => String(n);
  const euros = (cents: number) => formatEuros(Math.round(cents));
  const series = <K extends string>(
    keys: readonly K[],
    styles: Record<K, SeriesStyle>,
    label: (key: K) => string,
  ) => keys.map((key): ChartSeries => ({ key, label: label(key), style: styles[key] }));
  const segmentLabel = (format: (n: number) => string) => (row: ChartRow, s: ChartSeries, value: number) =>
    t('overview.segment', { row: row.label, series: s.label, value: format(value) });
  const ministryRow = (
    m: MinistryFigures,
    values: Record<string, number>,
    extra: (key: string) => InitiativeFilter | null,
  ): ChartRow => ({
    key: m.ministry,
    label: m.ministry,
    values,
    rowHref: to({ leadMinistries: [m.ministry] }),
    href: (key) => {
      const more = extra(key);
      return more ? to({ leadMinistries: [m.ministry], ...more }) : null;
    },
  });

  const statusSeries = series(STATUSES, STATUS_STYLES, (s) => t(`codes.status.${s}`));
  const statusRows = overview.byMinistry.map((m) =>
    ministryRow(m, m.byStatus, (s) => ({ statuses: [s as never] })),
  );
  const busiest = top(overview.byMinistry, (m) => m.total);

  const healthKey = whose === 'ministry' ? 'ministryHealth' : 'digitoimistoHealth';
  const healthSeries = series(HEALTH_RATINGS, HEALTH_STYLES, (r) => t(`codes.health.${r}`));
  const healthRows = overview.byMinistry.map((m) =>
    ministryRow(m, m[healthKey], (rating) => ({ [healthKey]: [rating] }) as InitiativeFilter),
  );
  const reddest = top(overview.byMinistry, (m) => m[healthKey].red);
  const healthTotals = overview.health[whose];

  const themeRows: ChartRow[] = overview.byTheme.map(({ theme, count: n }) => ({
    key: theme,
    label: t(`codes.theme.${theme}`),
    values: { single: n },
    rowHref: to({ themes: [theme] }),
    href: () => to({ themes: [theme] }),
  }));
  const themeSeries: ChartSeries[] = [
    { key: 'single', label: t('overview.tiles.total'), style: SINGLE_STYLE },
  ];
  const commonest = top(overview.byTheme, (th) => th.count);

  const fundingLabel = (bucket: FundingBucket) =>
    bucket === 'several'
      ? t('overview.budget.several')
      : bucket === 'none'
        ? t('overview.budget.none')
        : t(`codes.funding.${bucket}`);
  const budgetSeries = series(FUNDING_BUCKETS, FUNDING_STYLES, fundingLabel);
  const budgetRows = overview.byMinistry
    .filter((m) => Object.values(m.budgetCents).some((cents) => cents > 0))
    .map((m) =>
      ministryRow(m, m.budgetCents, (bucket) =>
        // A single source is a filter; "several" and "none" have none that selects exactly them.
        bucket === 'several' || bucket === 'none' ? null : { fundingSources: [bucket as never] },
      ),
    );
  const biggest = top(budgetRows, rowTotal);

  const relationSeries = series(EU_RELATIONS, RELATION_STYLES, (r) => t(`codes.relation.${r}`));
  const actRows: ChartRow[] = overview.euCoverage.map((act) => ({
    key: act.id,
    label: act.shortName,
    values: act.byRelation,
    rowHref: to({ euActs: [euActSlug(act.shortName)] }),
    href: () => to({ euActs: [euActSlug(act.shortName)] }),
  }));
  const linkedActs = actRows.filter((row) => rowTotal(row) > 0);
  const chartActs = linkedActs.slice(0, MOST_ACTS);

  const chart = (rows: ChartRow[], s: ChartSeries[], format: (n: number) => string) => (
    <StackedBars
      rows={rows}
      series={s}
      format={format}
      segmentLabel={segmentLabel(format)}
      onOpen={(href) => navigate(href)}
    />
  );
  const table = (
    caption: string,
    heading: string,
    rows: ChartRow[],
    s: ChartSeries[],
    format: (n: number) => string,
  ) => (
    <ChartTable
      caption={caption}
      categoryHeading={heading}
      totalHeading={t('overview.total')}
      rows={rows}
      series={s}
      format={format}
    />
  );

  return (
    <section className="overview-charts" aria-labelledby="overview-charts-heading">
      <h2 id="overview-charts-heading">{t('overview.charts')}</h2>
      <PatternDefs
        styles={[STATUS_STYLES, HEALTH_STYLES, FUNDING_STYLES, RELATION_STYLES]
          .flatMap((s) => Object.values(s))
          .concat(SINGLE_STYLE)}
      />
      <ChartFigure
        id="chart-status"
        title={t('overview.byMinistry.title')}
        summary={t('overview.byMinistry.summary', {
          count: overview.total,
          ministries: overview.byMinistry.length,
          top: busiest?.ministry ?? '–',
          topCount: busiest?.total ?? 0,
        })}
        series={seriesInUse(statusRows, statusSeries)}
        chart={chart(statusRows, statusSeries, count)}
        table={table(t('overview.byMinistry.title'), t('overview.ministry'), statusRows, statusSeries, count)}
      />
      <ChartFigure
        id="chart-health"
        title={t('overview.health.title')}
        summary={
          healthTotals.red > 0
            ? t('overview.health.summary', {
                red: healthTotals.red,
                amber: healthTotals.amber,
                top: reddest?.ministry ?? '–',
                topCount: reddest?.[healthKey].red ?? 0,
              })
            : t('overview.health.summaryNoRed', { amber: healthTotals.amber })
        }
        series={seriesInUse(healthRows, healthSeries)}
        controls={
          <fieldset className="chart-switch">
            <legend>{t('overview.health.whose')}</legend>
            {(['ministry', 'digitoimisto'] as const).map((option) => (
              <label key={option}>
                <input
                  type="radio"
                  name="health-whose"
                  value={option}
                  checked={whose === option}
                  onChange={() => setWhose(option)}
                />{' '}
                {t(`overview.health.${option}`)}
              </label>
            ))}
          </fieldset>
        }
        chart={chart(healthRows, healthSeries, count)}
        table={table(t('overview.health.title'), t('overview.ministry'), healthRows, healthSeries, count)}
      />
      <ChartFigure
        id="chart-theme"
        title={t('overview.theme.title')}
        summary={t('overview.theme.summary', {
          top: commonest ? t(`codes.theme.${commonest.theme}`) : '–',
          count: commonest?.count ?? 0,
        })}
        series={themeSeries}
        chart={chart(themeRows, themeSeries, count)}
        table={table(t('overview.theme.title'), t('overview.theme.heading'), themeRows, themeSeries, count)}
      />
      <ChartFigure
        id="chart-budget"
        title={t('overview.budget.title')}
        summary={t('overview.budget.summary', {
          total: formatEuros(overview.budget.totalCents),
          top: biggest?.label ?? '–',
          topTotal: euros(biggest ? rowTotal(biggest) : 0),
        })}
        series={seriesInUse(budgetRows, budgetSeries)}
        chart={chart(budgetRows, budgetSeries, euros)}
        table={table(t('overview.budget.title'), t('overview.ministry'), budgetRows, budgetSeries, euros)}
      />
      <ChartFigure
        id="chart-coverage"
        title={t('overview.coverage.title')}
        summary={`${t('overview.coverage.summary', {
          acts: actRows.length,
          linked: linkedActs.length,
          gaps: actRows.length - linkedActs.length,
        })}${
          linkedActs.length > MOST_ACTS
            ? ` ${t('overview.coverage.initiativesShown', { shown: MOST_ACTS, count: actRows.length })}`
            : ''
        }`}
        series={seriesInUse(chartActs, relationSeries)}
        chart={chart(chartActs, relationSeries, count)}
        table={table(
          t('overview.coverage.title'),
          t('overview.coverage.heading'),
          actRows,
          relationSeries,
          count,
        )}
      />
    </section>
  );
}
