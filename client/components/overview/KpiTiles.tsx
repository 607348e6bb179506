import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { STATUSES } from '../../../shared/codes.ts';
import type { InitiativeFilter } from '../../../shared/initiative-filter.ts';
import { OVERVIEW_DEADLINE_DAYS, type Overview } from '../../../shared/overview.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { listHref } from './list-link.ts';

function Tile({ title, children }: { title: string; children: ReactNode }) {
  return (
    <li className="kpi-tile">
      <h3 className="kpi-tile__title">{title}</h3>
      {children}
    </li>
  );
}

/** A big figure that is the link to its list. */
function Figure({ to, value, label }: { to: string; value: string; label: string }) {
  return (
    <Link to={to} className="kpi-tile__figure">
      <span className="kpi-tile__value">{value}</span> <span className="kpi-tile__label">{label}</span>
    </Link>
  );
}

/**
 * The key figures: each tile's figure opens the list filtered to exactly the initiatives it
 * counts (the filter plus the tile's own condition), so the list's total is the tile's figure.
 */
export function KpiTiles({ overview, filter }: { overview: Overview; filter: InitiativeFilter }) {
  const { t, formatEuros } = useI18n();
  const to = (extra: InitiativeFilter) => listHref({ ...filter, ...extra });
  const initiatives = (count: number) => t('overview.tiles.initiatives', { count });
  const statuses = STATUSES.filter((status) => overview.byStatus[status] > 0);
  const healthLine = (who: 'ministry' | 'digitoimisto') => {
    const key = who === 'ministry' ? 'ministryHealth' : 'digitoimistoHealth';
    return (
      <p className="kpi-tile__line">
        <span>{t(`overview.tiles.${key}`)}:</span>{' '}
        {(['red', 'amber'] as const).map((rating, index) => (
          <span key={rating}>
            {index > 0 && ' · '}
            <Link to={to({ [key]: [rating] })} className={`kpi-health kpi-health--${rating}`}>
              <span aria-hidden="true">{rating === 'red' ? '■' : '▲'}</span> {t(`codes.health.${rating}`)}{' '}
              {overview.health[who][rating]}
            </Link>
          </span>
        ))}
      </p>
    );
  };
  return (
    <ul className="kpi-tiles" aria-label={t('overview.figures')}>
      <Tile title={t('overview.tiles.total')}>
        <Figure to={to({})} value={String(overview.total)} label={initiatives(overview.total)} />
        <ul className="kpi-tile__list" aria-label={t('overview.tiles.byStatus')}>
          {statuses.map((status) => (
            <li key={status}>
              <Link to={to({ statuses: [status] })}>
                {t(`codes.status.${status}`)} {overview.byStatus[status]}
              </Link>
            </li>
          ))}
        </ul>
      </Tile>
      <Tile title={t('overview.tiles.health')}>
        {healthLine('ministry')}
        {healthLine('digitoimisto')}
      </Tile>
      <Tile title={t('overview.tiles.euDeadlines')}>
        <Figure
          to={to({ euDeadlineWithinDays: OVERVIEW_DEADLINE_DAYS })}
          value={String(overview.euDeadlines.within)}
          label={initiatives(overview.euDeadlines.within)}
        />
        <p className="kpi-tile__line">
          <Link to={to({ euOverdue: true })}>
            {t('overview.tiles.euOverdue', { count: overview.euDeadlines.overdue })}
          </Link>
        </p>
      </Tile>
      <Tile title={t('overview.tiles.milestones')}>
        <Figure
          to={to({ milestoneOverdue: true })}
          value={String(overview.overdueMilestones.milestones)}
          label={t('overview.tiles.milestoneCount', { count: overview.overdueMilestones.milestones })}
        />
        <p className="kpi-tile__line">
          {t('overview.tiles.milestonesIn', { count: overview.overdueMilestones.initiatives })}
        </p>
      </Tile>
      <Tile title={t('overview.tiles.late')}>
        <Figure to={to({ late: true })} value={String(overview.late)} label={initiatives(overview.late)} />
      </Tile>
      <Tile title={t('overview.tiles.budget')}>
        <Figure to={to({})} value={formatEuros(overview.budget.totalCents)} label="" />
        <p className="kpi-tile__line">
          {t('overview.tiles.withBudget', { count: overview.budget.withBudget })}
        </p>
      </Tile>
      <Tile title={t('overview.tiles.quality')}>
        <Figure
          to={to({ qualityIssues: true })}
          value={String(overview.quality.flagged)}
          label={initiatives(overview.quality.flagged)}
        />
      </Tile>
    </ul>
  );
}
