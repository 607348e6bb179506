import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { InitiativeFilter } from '../../../shared/initiative-filter.ts';
import { pickLocalized } from '../../../shared/localized-text.ts';
import { OVERVIEW_DEADLINE_DAYS } from '../../../shared/overview.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSnapshotId } from '../../lib/snapshot-mode.tsx';
import { trpc } from '../../lib/trpc.ts';
import { QueryState } from '../QueryState.tsx';
import { listHref } from './list-link.ts';

const SHOWN = 10;

/**
 * Which EU deadlines come in the next 90 days and who answers them: the list's own query (the
 * `euWithin=90` filter, nearest deadline first, overdue ones of open initiatives first of all).
 */
export function ComingDeadlines({ filter }: { filter: InitiativeFilter }) {
  const { t, language, formatDate } = useI18n();
  const snapshotId = useSnapshotId();
  const within = { ...filter, euDeadlineWithinDays: OVERVIEW_DEADLINE_DAYS };
  const list = useQuery(
    trpc.initiative.list.queryOptions({
      filter: within,
      sort: { field: 'nearestEuDeadline', direction: 'asc' },
      limit: SHOWN,
      language,
      snapshotId,
    }),
  );
  return (
    <section className="overview-deadlines" aria-labelledby="overview-deadlines-heading">
      <h2 id="overview-deadlines-heading">{t('overview.deadlines.title')}</h2>
      <p>{t('overview.deadlines.intro')}</p>
      {!list.data ? (
        <QueryState query={list} />
      ) : list.data.items.length === 0 ? (
        <p>{t('overview.deadlines.empty')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="chart-table overview-deadlines__table">
              <thead>
                <tr>
                  <th scope="col">{t('overview.deadlines.deadline')}</th>
                  <th scope="col">{t('overview.deadlines.initiative')}</th>
                  <th scope="col">{t('overview.deadlines.lead')}</th>
                  <th scope="col">{t('overview.deadlines.acts')}</th>
                  <th scope="col">{t('overview.deadlines.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((item) => {
                  const title = pickLocalized(item.title, language);
                  const overdue = item.lateness.reasons.find((r) => r.kind === 'euDeadline');
                  return (
                    <tr key={item.id}>
                      <td data-label={t('overview.deadlines.deadline')}>
                        {formatDate(item.nearestEuDeadline)}
                        {overdue && (
                          <span className="overdue">
                            {' '}
                            <span aria-hidden="true">■</span>{' '}
                            {t('lateness.overdue', { count: overdue.daysLate })}
                          </span>
                        )}
                      </td>
                      <th scope="row">
                        <Link to={`/initiatives/${item.id}`} lang={title.language}>
                          {title.text}
                        </Link>
                      </th>
                      <td data-label={t('overview.deadlines.lead')}>{item.leadMinistry}</td>
                      <td data-label={t('overview.deadlines.acts')}>{item.euActs.join(', ')}</td>
                      <td data-label={t('overview.deadlines.status')}>{t(`codes.status.${item.status}`)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p>
            <Link to={listHref(within)}>{t('overview.deadlines.all', { count: list.data.total })}</Link>
          </p>
        </>
      )}
    </section>
  );
}
