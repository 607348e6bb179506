import { STATUSES } from '../../../shared/codes.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { MilestoneMark, StatusSwatch } from './RoadmapChart.tsx';

/** What each fill, pattern and mark means, in words. */
export function RoadmapLegend() {
  const { t } = useI18n();
  const mark = (doneAt: string | null, overdue: boolean) => (
    <svg className="roadmap-legend__mark" width="20" height="20" viewBox="-10 -10 20 20" aria-hidden="true">
      <MilestoneMark milestone={{ doneAt, overdue }} />
    </svg>
  );
  return (
    <div className="roadmap-legend">
      <h3 className="visually-hidden">{t('roadmap.legend.heading')}</h3>
      <p className="roadmap-legend__title" id="roadmap-legend-status">
        {t('roadmap.legend.status')}:
      </p>
      <ul aria-labelledby="roadmap-legend-status">
        {STATUSES.map((status) => (
          <li key={status}>
            <StatusSwatch status={status} /> {t(`codes.status.${status}`)}
          </li>
        ))}
      </ul>
      <p className="roadmap-legend__title" id="roadmap-legend-marks">
        {t('roadmap.legend.marks')}:
      </p>
      <ul aria-labelledby="roadmap-legend-marks">
        <li>
          {mark(null, false)} {t('roadmap.legend.open')}
        </li>
        <li>
          {mark('done', false)} {t('roadmap.legend.done')}
        </li>
        <li>
          {mark(null, true)} {t('roadmap.legend.overdue')}
        </li>
        <li>
          <svg className="roadmap-legend__mark" width="20" height="20" aria-hidden="true">
            <line className="roadmap-today-line" x1="10" x2="10" y1="0" y2="20" />
          </svg>{' '}
          {t('roadmap.legend.today')}
        </li>
        <li>
          <span aria-hidden="true">◀ ▶</span> {t('roadmap.legend.continues')}
        </li>
      </ul>
    </div>
  );
}
