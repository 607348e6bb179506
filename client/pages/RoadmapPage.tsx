import '../styles/screens.css';
import '../styles/roadmap.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Button, Heading } from 'suomifi-ui-components';
import { todayInFinland } from '../../shared/dates.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import {
  barSpan,
  DEFAULT_ROADMAP_LIMIT,
  dataWindow,
  dateOfDay,
  dayNumber,
  MAX_ROADMAP_LIMIT,
  parsePeriodParam,
  periodOf,
  periodParam,
  ROADMAP_GROUPINGS,
  ROADMAP_ZOOMS,
  type RoadmapGrouping,
  type RoadmapInitiative,
  type RoadmapZoom,
  roadmapView,
} from '../../shared/roadmap.ts';
import { FilterChips } from '../components/FilterChips.tsx';
import { FilterPanel } from '../components/FilterPanel.tsx';
import { SelectField } from '../components/form/fields.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { RoadmapChart, StatusPatterns } from '../components/roadmap/RoadmapChart.tsx';
import { RoadmapLegend } from '../components/roadmap/RoadmapLegend.tsx';
import { RoadmapTable, RoadmapUndatedList } from '../components/roadmap/RoadmapTable.tsx';
import { groupLabel, periodLabel } from '../components/roadmap/roadmap-text.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { useSnapshotId } from '../lib/snapshot-mode.tsx';
import { trpc } from '../lib/trpc.ts';
import { useFilterParams } from '../lib/use-filter-params.ts';
import { useMinistryName } from '../lib/use-ministry-names.ts';

/** The page's own URL parameters beside the list's filters: grouping, zoom, period, list view, more bars. */
const OWN_KEYS = ['group', 'zoom', 'at', 'view', 'bars'] as const;

const pick = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : fallback;

/**
 * /roadmap: the initiatives under the list's filters as bars from start to end date with their
 * milestones, grouped by lead ministry, theme or tier, over the whole data, a year or a
 * quarter (stepped back and forth, or to today), with a summary, a legend and a list view.
 * Everything the user chooses is in the URL, so a view can be shared as a link.
 */
export function RoadmapPage() {
  const { t, language, formatDate } = useI18n();
  const snapshotId = useSnapshotId();
  const { filter, own, setFilter, setOwn } = useFilterParams(OWN_KEYS);
  const ministryName = useMinistryName();
  const groupBy = pick<RoadmapGrouping>(ROADMAP_GROUPINGS, own.group, 'leadMinistry');
  const zoom = pick<RoadmapZoom>(ROADMAP_ZOOMS, own.zoom, 'all');
  const asList = own.view === 'list';
  const limit = own.bars === 'max' ? MAX_ROADMAP_LIMIT : DEFAULT_ROADMAP_LIMIT;
  const roadmap = useQuery({
    ...trpc.stats.roadmap.queryOptions({ filter, groupBy, language, limit, snapshotId }),
    placeholderData: keepPreviousData,
  });
  const data = roadmap.data;
  const today = data?.today ?? todayInFinland();
  // Each initiative once (by theme, one may be in several groups).
  const bars = useMemo(() => {
    const byId = new Map<string, RoadmapInitiative>();
    for (const group of data?.groups ?? []) for (const bar of group.initiatives) byId.set(bar.id, bar);
    return [...byId.values()];
  }, [data]);
  const dataRange = useMemo(() => dataWindow(bars, today), [bars, today]);
  const view = useMemo(
    () => roadmapView(dataRange, zoom, parsePeriodParam(own.at, zoom), today),
    [dataRange, zoom, own.at, today],
  );
  const textContext = { t, formatDate, language };
  const groupName = (key: string | null) =>
    groupLabel(textContext, groupBy, key, (code) => ministryName(code as MinistryCode));

  /** Another zoom keeps the place: the period holding today if it is in sight, else the range's start. */
  const changeZoom = (next: RoadmapZoom) => {
    const anchor = today >= view.range.from && today < view.range.to ? today : view.range.from;
    setOwn({
      zoom: next === 'all' ? null : next,
      at: next === 'all' ? null : periodParam(periodOf(anchor, next), next),
    });
  };
  const step = (steps: -1 | 1) => {
    if (steps < 0 ? !view.canPrevious : !view.canNext) return;
    setOwn({ at: periodParam(view.period + steps, zoom) });
  };
  const toToday = () => setOwn({ zoom: zoom === 'all' ? 'year' : zoom, at: null });

  const overdue = bars.reduce((sum, bar) => sum + bar.milestones.filter((m) => m.overdue).length, 0);
  const inRange = bars.filter((bar) => barSpan(bar.startDate, bar.endDate, view.range) !== null).length;
  const lastDay = dateOfDay(dayNumber(view.range.to) - 1);
  const dated = data ? data.total - data.undatedCount : 0;
  const groupOptions = ROADMAP_GROUPINGS.map((value) => ({ value, label: t(`roadmap.group.${value}`) }));

  return (
    <div className="list-page roadmap-page">
      <StatusPatterns />
      <Heading variant="h1">{t('roadmap.title')}</Heading>
      <p>{t('roadmap.intro')}</p>
      <div className="list-layout">
        <FilterPanel filter={filter} onChange={setFilter} resultCount={data?.total} />
        <section className="results" aria-labelledby="roadmap-heading">
          <h2 id="roadmap-heading" className="visually-hidden">
            {t('roadmap.title')}
          </h2>
          <div className="roadmap-controls">
            <SelectField
              id="roadmap-group"
              label={t('roadmap.groupBy')}
              value={groupBy}
              options={groupOptions}
              onChange={(group) => setOwn({ group: group === 'leadMinistry' ? null : group })}
            />
            <fieldset className="roadmap-controls__zoom">
              <legend className="roadmap-controls__label">{t('roadmap.zoom')}</legend>
              <div className="roadmap-controls__buttons">
                {ROADMAP_ZOOMS.map((option) => (
                  <Button
                    key={option}
                    variant="secondary"
                    aria-pressed={zoom === option}
                    onClick={() => changeZoom(option)}
                  >
                    {t(`roadmap.zoomOption.${option}`)}
                  </Button>
                ))}
              </div>
            </fieldset>
            <div className="roadmap-controls__buttons">
              {zoom !== 'all' && (
                <Button
                  variant="secondaryNoBorder"
                  aria-disabled={!view.canPrevious}
                  onClick={() => step(-1)}
                >
                  {t('roadmap.previous', { period: periodLabel(textContext, view.period - 1, zoom) })}
                </Button>
              )}
              <Button variant="secondaryNoBorder" onClick={toToday}>
                {t('roadmap.today')}
              </Button>
              {zoom !== 'all' && (
                <Button variant="secondaryNoBorder" aria-disabled={!view.canNext} onClick={() => step(1)}>
                  {t('roadmap.next', { period: periodLabel(textContext, view.period + 1, zoom) })}
                </Button>
              )}
            </div>
            <Button
              variant="secondary"
              aria-pressed={asList}
              onClick={() => setOwn({ view: asList ? null : 'list' })}
            >
              {t('roadmap.showList')}
            </Button>
          </div>
          <FilterChips filter={filter} onChange={setFilter} onAllRemoved={() => undefined} />
          {!data && <QueryState query={roadmap} />}
          {data && (
            <figure
              className="roadmap-figure"
              aria-labelledby="roadmap-label"
              aria-describedby="roadmap-summary"
            >
              <figcaption>
                <strong id="roadmap-label">
                  {t('roadmap.chartLabel', {
                    from: formatDate(view.range.from),
                    to: formatDate(lastDay),
                    group: t(`roadmap.group.${groupBy}`),
                  })}
                </strong>
                <p id="roadmap-summary" role="status">
                  {t('roadmap.summary', {
                    count: data.shown,
                    groups: t('roadmap.inGroups', { count: data.groups.length }),
                    overdue: t('roadmap.overdueCount', { count: overdue }),
                    undated: t('roadmap.undatedCount', { count: data.undatedCount }),
                  })}
                </p>
                {!asList && data.shown > 0 && (
                  <p className="muted">
                    {t('roadmap.range', {
                      from: formatDate(view.range.from),
                      to: formatDate(lastDay),
                      count: inRange,
                      today: formatDate(today),
                    })}{' '}
                    {t('roadmap.keyboardHint')}
                  </p>
                )}
                {dated > data.shown && (
                  <p className="notice">
                    {t('roadmap.truncated', { shown: data.shown, dated })}{' '}
                    {limit < MAX_ROADMAP_LIMIT && (
                      <Button variant="secondaryNoBorder" onClick={() => setOwn({ bars: 'max' })}>
                        {t('roadmap.showMore', { max: MAX_ROADMAP_LIMIT })}
                      </Button>
                    )}
                  </p>
                )}
              </figcaption>
              {data.shown === 0 ? (
                <p>{t('roadmap.empty')}</p>
              ) : asList ? (
                <RoadmapTable groups={data.groups} groupName={groupName} ministryName={ministryName} />
              ) : (
                <>
                  <RoadmapLegend />
                  <RoadmapChart groups={data.groups} view={view} today={today} groupName={groupName} />
                </>
              )}
            </figure>
          )}
          {data && <RoadmapUndatedList undated={data.undated} count={data.undatedCount} />}
        </section>
      </div>
    </div>
  );
}
