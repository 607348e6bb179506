import '../styles/screens.css';
import '../styles/overview.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Heading } from 'suomifi-ui-components';
import type { SessionUser } from '../../shared/user.ts';
import { AttentionTopFive } from '../components/attention/AttentionTopFive.tsx';
import { ExportMenu } from '../components/export/ExportMenu.tsx';
import { FilterChips } from '../components/FilterChips.tsx';
import { FilterPanel } from '../components/FilterPanel.tsx';
import { ComingDeadlines } from '../components/overview/ComingDeadlines.tsx';
import { InternationalPanel } from '../components/overview/InternationalPanel.tsx';
import { KpiTiles } from '../components/overview/KpiTiles.tsx';
import { QualityByMinistry } from '../components/overview/QualityByMinistry.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { SavedViewsMenu } from '../components/SavedViewsMenu.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSnapshotId } from '../lib/snapshot-mode.tsx';
import { trpc } from '../lib/trpc.ts';
import { useFilterParams } from '../lib/use-filter-params.ts';

const OWN_KEYS = [] as const;

// Recharts is in the charts' own chunk: the figures, the attention list and the deadlines paint
// before it has loaded (the largest paint of the page is text, not a chart).
const OverviewCharts = lazy(() =>
  import('../components/overview/OverviewCharts.tsx').then((m) => ({ default: m.OverviewCharts })),
);

/**
 * `/`, the landing page: where things stand under the list's filters (in the URL, so a view is
 * a link, and saved views apply): key figures, what needs attention, the coming EU deadlines
 * and who answers them, the charts and the data quality by ministry. Every figure comes from
 * stats.overview in one round trip and opens the list filtered to what it counts; beside them,
 * what comes up in international cooperation (stats.international, which follows no filter).
 * Recharts loads with this page's charts only.
 */
export function OverviewPage({ user }: { user: SessionUser }) {
  const { t, formatDate } = useI18n();
  const snapshotId = useSnapshotId();
  const { filter, setFilter } = useFilterParams(OWN_KEYS);
  const overview = useQuery({
    ...trpc.stats.overview.queryOptions({ filter, snapshotId }),
    placeholderData: keepPreviousData,
  });
  const international = useQuery(trpc.stats.international.queryOptions({ snapshotId }));
  const data = overview.data;
  return (
    <div className="list-page overview-page">
      <Heading variant="h1">{t('overview.title')}</Heading>
      {data && <p>{t('overview.intro', { date: formatDate(data.today) })}</p>}
      <SavedViewsMenu user={user} filter={filter} sort={undefined} onApply={(next) => setFilter(next)} />
      <ExportMenu />
      <div className="list-layout">
        <FilterPanel filter={filter} onChange={setFilter} resultCount={data?.total} />
        <div className="results overview-results">
          <FilterChips filter={filter} onChange={setFilter} onAllRemoved={() => undefined} />
          {!data ? (
            <QueryState query={overview} />
          ) : (
            <>
              <KpiTiles overview={data} filter={filter} />
              {data.total === 0 ? (
                <p>{t('overview.empty')}</p>
              ) : (
                <>
                  <AttentionTopFive filter={filter} />
                  <ComingDeadlines filter={filter} />
                  <QualityByMinistry overview={data} filter={filter} />
                  <Suspense fallback={null}>
                    <OverviewCharts overview={data} filter={filter} />
                  </Suspense>
                </>
              )}
            </>
          )}
          {international.data ? (
            <InternationalPanel international={international.data} />
          ) : (
            <QueryState query={international} />
          )}
        </div>
      </div>
    </div>
  );
}
