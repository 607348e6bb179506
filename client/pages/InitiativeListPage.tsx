import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link } from 'react-router';
import { Heading } from 'suomifi-ui-components';
import type { InitiativeSort } from '../../shared/initiative-filter.ts';
import type { InitiativeListItem } from '../../shared/initiative-list.ts';
import { canCreateInitiatives, type SessionUser } from '../../shared/user.ts';
import { ExportMenu } from '../components/export/ExportMenu.tsx';
import { FilterChips } from '../components/FilterChips.tsx';
import { FilterPanel } from '../components/FilterPanel.tsx';
import { HealthBadge } from '../components/HealthBadge.tsx';
import { Highlighted } from '../components/Highlighted.tsx';
import { LocalizedTextView } from '../components/LocalizedTextView.tsx';
import { deadlineOverdueDays } from '../components/lateness/describe-lateness.ts';
import { LatenessSummary, OverdueText } from '../components/lateness/LatenessText.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { SavedViewsMenu } from '../components/SavedViewsMenu.tsx';
import { formatScore } from '../components/scoring/score-format.ts';
import { WeightingSelect } from '../components/scoring/WeightingSelect.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { snapshotInput, useSnapshotId } from '../lib/snapshot-mode.tsx';
import { trpc } from '../lib/trpc.ts';
import { PAGE_SIZE, useListFilter } from '../lib/use-list-filter.ts';
import { PHONE, useMediaQuery } from '../lib/use-media-query.ts';
import { useMinistryName } from '../lib/use-ministry-names.ts';

type Column = Exclude<InitiativeSort['field'], 'relevance'>;
const COLUMNS: Column[] = [
  'title',
  'leadMinistry',
  'status',
  'health',
  'tier',
  'score',
  'nearestEuDeadline',
  'lateness',
  'endDate',
];

/**
 * The initiative list: filters, sort and weighting in the URL, server-side paging, search
 * highlights; the score column shows (and sorts by) the chosen weighting.
 */
export function InitiativeListPage({ user }: { user: SessionUser }) {
  const { t, language, formatDate } = useI18n();
  const snapshotId = useSnapshotId();
  const { filter, sort, weightingId, page, setFilter, setSort, setWeighting, setPage, apply } =
    useListFilter();
  const list = useQuery({
    ...trpc.initiative.list.queryOptions({
      filter,
      sort,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      language,
      weightingId,
      snapshotId,
    }),
    placeholderData: keepPreviousData,
  });
  const weightings = useQuery(trpc.scoring.weightings.queryOptions(snapshotInput(snapshotId)));
  // A phone shows the first result on the first screen, so there the weighting comes after the results.
  const phone = useMediaQuery(PHONE);
  const weightingSelect = (
    <WeightingSelect weightings={weightings.data} value={weightingId} onChange={setWeighting} />
  );
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // Paging, clearing the filters and closing the phone's filter panel bring the reader to the results.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const toResults = () => {
    resultsHeading.current?.focus({ preventScroll: true });
    resultsHeading.current?.scrollIntoView({ block: 'start' });
  };
  const goToPage = (next: number) => {
    setPage(next);
    toResults();
  };

  const sortButton = (column: Column) => {
    const active = sort?.field === column;
    const next: InitiativeSort = {
      field: column,
      direction: active && sort?.direction === 'asc' ? 'desc' : 'asc',
    };
    return (
      <>
        <button type="button" className="sort-button" onClick={() => setSort(next)}>
          {t(`list.columns.${column}`)}
          <span aria-hidden="true">{active ? (sort?.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
        {/* On paper the heading is text, not a button. */}
        <span className="print-only">{t(`list.columns.${column}`)}</span>
      </>
    );
  };

  return (
    <div className="list-page">
      <div className="page-title">
        <Heading variant="h1">{t('list.title')}</Heading>
        {canCreateInitiatives(user) && (
          <Link className="button-link" to="/initiatives/new">
            {t('list.newInitiative')}
          </Link>
        )}
      </div>
      <SavedViewsMenu user={user} filter={filter} sort={sort} onApply={apply} />
      {!phone && <ExportMenu />}
      <div className="list-layout">
        <FilterPanel
          filter={filter}
          onChange={setFilter}
          resultCount={list.data ? total : undefined}
          onShowResults={toResults}
        />
        <section className="results" aria-labelledby="results-heading">
          <h2 id="results-heading" className="results__heading" tabIndex={-1} ref={resultsHeading}>
            {t('list.results')}
          </h2>
          <FilterChips filter={filter} onChange={setFilter} onAllRemoved={toResults} />
          {!phone && weightingSelect}
          <p id="result-count" className="results__count" role="status" aria-live="polite">
            {list.data ? t('list.count', { count: total }) : t('common.loading')}
          </p>
          {(list.isError || (list.isPending && !list.data)) && <QueryState query={list} />}
          {list.data && list.data.items.length === 0 && <p>{t('list.empty')}</p>}
          {list.data && list.data.items.length > 0 && (
            <div className="table-scroll">
              <table className="initiative-table">
                <caption className="visually-hidden">{t('list.title')}</caption>
                <thead>
                  <tr>
                    {COLUMNS.map((column) => (
                      <th
                        key={column}
                        scope="col"
                        aria-sort={
                          sort?.field === column
                            ? sort.direction === 'asc'
                              ? 'ascending'
                              : 'descending'
                            : undefined
                        }
                      >
                        {sortButton(column)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((item) => (
                    <InitiativeRow key={item.id} item={item} formatDate={formatDate} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {phone && weightingSelect}
          {phone && <ExportMenu />}
          {pages > 1 && (
            <nav className="pager" aria-label={t('list.pagination')}>
              <button type="button" disabled={page <= 1} onClick={() => goToPage(page - 1)}>
                {t('list.previous')}
              </button>
              <span>{t('list.pageOf', { page, pages })}</span>
              <button type="button" disabled={page >= pages} onClick={() => goToPage(page + 1)}>
                {t('list.next')}
              </button>
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}

function InitiativeRow({
  item,
  formatDate,
}: {
  item: InitiativeListItem;
  formatDate: (d: string | null) => string;
}) {
  const { t, language } = useI18n();
  const ministryName = useMinistryName();
  // On phones each row is a card, and each cell says what it is (styles.css: td::before).
  const label = (column: Column) => t(`list.columns.${column}`);
  const overdueDays = deadlineOverdueDays(item.nearestEuDeadline, item.lateness);
  return (
    <tr>
      <td data-label={label('title')}>
        <Link to={`/initiatives/${item.id}`} className="initiative-table__title">
          {item.highlight ? (
            <Highlighted text={item.highlight.title} />
          ) : (
            <LocalizedTextView text={item.title} />
          )}
        </Link>
        {item.archivedAt && <span className="badge">{t('list.archivedBadge')}</span>}
        {item.projectNumber && <span className="initiative-table__code">{item.projectNumber}</span>}
        {item.highlight?.summary && (
          <span className="initiative-table__snippet">
            <Highlighted text={item.highlight.summary} />
          </span>
        )}
      </td>
      <td data-label={label('leadMinistry')}>
        <abbr title={ministryName(item.leadMinistry)}>{item.leadMinistry}</abbr>
      </td>
      <td data-label={label('status')}>
        {t(`codes.status.${item.status}`)}
        {item.preparationStage && (
          <span className="initiative-table__stage">{t(`codes.stage.${item.preparationStage}`)}</span>
        )}
      </td>
      <td data-label={label('health')}>
        {/* Whose assessment is whose, in words on the screen: the lead ministry's, then Digitoimisto's. */}
        <span className="health-pair">
          <span className="health-pair__item">
            <span className="health-pair__who">{t('list.healthByMinistry')}</span>
            <HealthBadge rating={item.ministryHealth} />
          </span>
          <span className="health-pair__item">
            <span className="health-pair__who">{t('list.healthByDigitoimisto')}</span>
            <HealthBadge rating={item.digitoimistoHealth} />
          </span>
        </span>
      </td>
      <td data-label={label('tier')}>{t(`codes.tier.${item.tier}`)}</td>
      <td data-label={label('score')}>
        {item.weightedScore === null ? '–' : formatScore(item.weightedScore, language)}
      </td>
      <td data-label={label('nearestEuDeadline')}>
        {item.nearestEuDeadline ? formatDate(item.nearestEuDeadline) : '–'}
        {overdueDays !== null && <OverdueText daysLate={overdueDays} />}
        {item.euActs.length > 0 && <span className="initiative-table__acts">{item.euActs.join(', ')}</span>}
      </td>
      <td data-label={label('lateness')}>
        <LatenessSummary lateness={item.lateness} />
      </td>
      <td data-label={label('endDate')}>{formatDate(item.endDate)}</td>
    </tr>
  );
}
