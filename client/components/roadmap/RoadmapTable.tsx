import { Link } from 'react-router';
import type { RoadmapGroup, RoadmapUndated } from '../../../shared/roadmap.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { StatusSwatch } from './RoadmapChart.tsx';

/**
 * The roadmap as a table: the same groups and rows in the same order, each with its ministry,
 * dates, status and milestones (overdue ones marked in words).
 */
export function RoadmapTable({
  groups,
  groupName,
  ministryName,
}: {
  groups: readonly RoadmapGroup[];
  groupName: (key: string | null) => string;
  ministryName: (code: RoadmapGroup['initiatives'][number]['leadMinistry']) => string;
}) {
  const { t, formatDate } = useI18n();
  const columns = [
    t('roadmap.table.ministry'),
    t('roadmap.table.start'),
    t('roadmap.table.end'),
    t('roadmap.table.status'),
    t('roadmap.table.milestones'),
  ];
  return (
    <div className="table-scroll">
      <table className="data-table roadmap-table">
        <caption className="visually-hidden">{t('roadmap.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('roadmap.table.initiative')}</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.key ?? '-'}>
            <tr className="roadmap-table__group">
              <th scope="colgroup" colSpan={6}>
                {groupName(group.key)} <span className="muted">({group.initiatives.length})</span>
              </th>
            </tr>
            {group.initiatives.map((bar) => (
              <tr key={bar.id}>
                <th scope="row" data-label={t('roadmap.table.initiative')}>
                  <Link to={`/initiatives/${bar.id}`}>
                    <LocalizedTextView text={bar.title} />
                  </Link>
                </th>
                <td data-label={columns[0]}>{ministryName(bar.leadMinistry)}</td>
                <td data-label={columns[1]}>{formatDate(bar.startDate)}</td>
                <td data-label={columns[2]}>{formatDate(bar.endDate)}</td>
                <td data-label={columns[3]}>
                  <StatusSwatch status={bar.status} /> {t(`codes.status.${bar.status}`)}
                </td>
                <td data-label={columns[4]}>
                  {bar.milestones.length === 0 ? (
                    '–'
                  ) : (
                    <ul className="plain-list">
                      {bar.milestones.map((m, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: two milestones may share title and date.
                        <li key={index} className={m.overdue ? 'roadmap-table__overdue' : undefined}>
                          {formatDate(m.dueDate)} {m.title}
                          {m.doneAt && <span className="muted"> – {t('roadmap.table.done')}</span>}
                          {m.overdue && (
                            <strong>
                              {' '}
                              – <span aria-hidden="true">▲ </span>
                              {t('roadmap.table.overdue')}
                            </strong>
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** The initiatives that cannot be drawn: no start or no end date. */
export function RoadmapUndatedList({
  undated,
  count,
}: {
  undated: readonly RoadmapUndated[];
  count: number;
}) {
  const { t } = useI18n();
  if (count === 0) return null;
  const missing = (item: RoadmapUndated) =>
    item.startDate === null && item.endDate === null
      ? t('roadmap.undated.none')
      : item.startDate === null
        ? t('roadmap.undated.noStart')
        : t('roadmap.undated.noEnd');
  return (
    <section className="roadmap-undated" aria-labelledby="roadmap-undated-heading">
      <h3 id="roadmap-undated-heading">
        {t('roadmap.undated.heading')} <span className="muted">({count})</span>
      </h3>
      <p className="muted">{t('roadmap.undated.intro')}</p>
      <ul>
        {undated.map((item) => (
          <li key={item.id}>
            <Link to={`/initiatives/${item.id}`}>
              <LocalizedTextView text={item.title} />
            </Link>{' '}
            <span className="muted">
              ({item.leadMinistry}, {t(`codes.status.${item.status}`)}, {missing(item)})
            </span>
          </li>
        ))}
      </ul>
      {count > undated.length && <p>{t('roadmap.undated.more', { count: count - undated.length })}</p>}
    </section>
  );
}
