import '../styles/screens.css';
import '../styles/radar.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Button, Heading } from 'suomifi-ui-components';
import { filterToSearchParams, type InitiativeFilter } from '../../shared/initiative-filter.ts';
import { type RadarDate, radarCounts } from '../../shared/radar.ts';
import { FilterChips } from '../components/FilterChips.tsx';
import { FilterPanel } from '../components/FilterPanel.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { RadarCooperationDetails } from '../components/radar/RadarCooperationDetails.tsx';
import { RadarDetails } from '../components/radar/RadarDetails.tsx';
import { RadarLegend } from '../components/radar/RadarSymbol.tsx';
import { RadarTable } from '../components/radar/RadarTable.tsx';
import { RadarTimeline } from '../components/radar/RadarTimeline.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSnapshotId } from '../lib/snapshot-mode.tsx';
import { trpc } from '../lib/trpc.ts';
import { useFilterParams } from '../lib/use-filter-params.ts';

const OWN_KEYS = ['view'] as const;

/** Whether any filter narrows the initiatives (then the page says that gaps do not follow it). */
const isFiltered = (filter: InitiativeFilter) => filterToSearchParams(filter).toString() !== '';

/** The list of the act's initiatives under the same filters. */
const listHref = (filter: InitiativeFilter) => (date: RadarDate) =>
  `/initiatives?${filterToSearchParams({ ...filter, euActs: [date.act.slug] }).toString()}`;

/**
 * /radar: the EU deadline radar under the list's filters (in the URL, with the list view): the
 * catalogue's key dates of the past half-year and the coming two years on a timeline, each with
 * the national initiatives that answer it, and the gaps no active initiative answers; beside
 * them the cooperation bodies' next meetings and the benchmarks' next publications.
 */
export function RadarPage() {
  const { t, language, formatDate } = useI18n();
  const snapshotId = useSnapshotId();
  const { filter, own, setFilter, setOwn } = useFilterParams(OWN_KEYS);
  const radar = useQuery({
    ...trpc.stats.radar.queryOptions({ filter, language, snapshotId }),
    placeholderData: keepPreviousData,
  });
  const asList = own.view === 'list';
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const markRefs = useRef(new Map<string, SVGGElement>());
  const detailsHeading = useRef<HTMLHeadingElement>(null);
  const [focusDetails, setFocusDetails] = useState(0);
  const dates = radar.data?.dates ?? [];
  const cooperation = radar.data?.cooperation ?? [];
  const selected = dates.find((d) => d.id === selectedId) ?? null;
  const selectedCooperation = selected ? null : (cooperation.find((d) => d.id === selectedId) ?? null);
  const hrefOf = listHref(filter);

  // Opening a date takes focus to its details; closing brings it back to the date's mark.
  useEffect(() => {
    if (focusDetails > 0) detailsHeading.current?.focus();
  }, [focusDetails]);
  const open = (id: string) => {
    setSelectedId(id);
    setFocusDetails((n) => n + 1);
  };
  const close = () => {
    const id = selectedId;
    setSelectedId(null);
    if (id) markRefs.current.get(id)?.focus();
  };

  const counts = radarCounts(dates);
  return (
    <div className="list-page">
      <Heading variant="h1">{t('radar.title')}</Heading>
      <p>{t('radar.intro')}</p>
      <div className="list-layout">
        <FilterPanel filter={filter} onChange={setFilter} />
        <section className="results" aria-labelledby="radar-heading">
          <h2 id="radar-heading" className="visually-hidden">
            {t('radar.title')}
          </h2>
          <div className="radar-controls">
            <Button
              variant="secondary"
              aria-pressed={asList}
              onClick={() => setOwn({ view: asList ? null : 'list' })}
            >
              {t('radar.showList')}
            </Button>
          </div>
          <FilterChips filter={filter} onChange={setFilter} onAllRemoved={() => undefined} />
          {isFiltered(filter) && <p className="notice">{t('radar.filterNote')}</p>}
          {!radar.data && <QueryState query={radar} />}
          {radar.data && (
            <figure
              className="radar-figure"
              aria-labelledby="radar-chart-label"
              aria-describedby="radar-summary"
            >
              <figcaption>
                <strong id="radar-chart-label">
                  {t('radar.chartLabel', {
                    from: formatDate(radar.data.window.from),
                    to: formatDate(radar.data.window.to),
                  })}
                </strong>
                <p id="radar-summary" role="status">
                  {t('radar.summary', {
                    count: counts.coming,
                    gaps: counts.comingGaps,
                    months: radar.data.monthsAhead,
                  })}{' '}
                  {counts.past > 0 &&
                    t('radar.summaryPast', {
                      count: counts.past,
                      gaps: counts.pastGaps,
                      months: radar.data.monthsBack,
                    })}
                </p>
                {!asList && dates.length + cooperation.length > 0 && (
                  <p className="muted">{t('radar.keyboardHint')}</p>
                )}
              </figcaption>
              {dates.length === 0 && <p>{t('radar.empty')}</p>}
              {dates.length + cooperation.length === 0 ? null : asList ? (
                <RadarTable dates={dates} cooperation={cooperation} listHref={hrefOf} />
              ) : (
                <>
                  <RadarLegend />
                  <RadarTimeline
                    radar={radar.data}
                    selectedId={selected?.id ?? selectedCooperation?.id ?? null}
                    onOpen={open}
                    markRefs={markRefs}
                  />
                  <div id="radar-details">
                    {selected && (
                      <RadarDetails
                        date={selected}
                        listHref={hrefOf(selected)}
                        headingRef={detailsHeading}
                        onClose={close}
                      />
                    )}
                    {selectedCooperation && (
                      <RadarCooperationDetails
                        date={selectedCooperation}
                        headingRef={detailsHeading}
                        onClose={close}
                      />
                    )}
                  </div>
                </>
              )}
            </figure>
          )}
        </section>
      </div>
    </div>
  );
}
