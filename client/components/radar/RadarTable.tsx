import { Link } from 'react-router';
import type { RadarCooperationDate, RadarDate } from '../../../shared/radar.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { RadarInitiatives } from './RadarInitiatives.tsx';
import { InlineSymbol } from './RadarSymbol.tsx';
import { isEuDate, radarEntries } from './radar-layout.ts';
import { cooperationHref, dateKindText, dateStateText } from './radar-text.ts';

/**
 * The radar as a list: the same dates in the same order, each a row with its standing and
 * initiatives; the bodies' meetings and benchmarks' publications among them, each with its
 * symbol, its kind in words and a link to its page.
 */
export function RadarTable({
  dates,
  cooperation,
  listHref,
}: {
  dates: readonly RadarDate[];
  cooperation: readonly RadarCooperationDate[];
  listHref: (date: RadarDate) => string;
}) {
  const i18n = useI18n();
  const { t, formatDate, language } = i18n;
  return (
    <div className="table-scroll">
      <table className="data-table radar-table">
        <caption className="visually-hidden">{t('radar.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('radar.table.date')}</th>
            <th scope="col">{t('radar.table.act')}</th>
            <th scope="col">{t('radar.table.kind')}</th>
            <th scope="col">{t('radar.table.initiatives')}</th>
          </tr>
        </thead>
        <tbody>
          {radarEntries(dates, cooperation).map((date) =>
            isEuDate(date) ? (
              <tr key={date.id} className={date.gap ? 'radar-table__gap' : undefined}>
                <th scope="row">
                  <time dateTime={date.date}>{formatDate(date.date)}</time>
                  {date.past && <span className="radar-table__past"> ({t('radar.past')})</span>}
                </th>
                <td data-label={t('radar.table.act')}>{date.act.shortName}</td>
                <td data-label={t('radar.table.kind')}>
                  {dateKindText(date, i18n, language)}
                  {date.label && <span className="radar-table__kind">{t(`radar.kind.${date.kind}`)}</span>}
                </td>
                <td data-label={t('radar.table.initiatives')}>
                  {!date.gap && (
                    <p className="radar-table__state">
                      <InlineSymbol kind={date.state} /> {dateStateText(date, i18n)}
                    </p>
                  )}
                  <RadarInitiatives date={date} listHref={listHref(date)} />
                </td>
              </tr>
            ) : (
              <CooperationRow key={date.id} date={date} />
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

function CooperationRow({ date }: { date: RadarCooperationDate }) {
  const { t, formatDate } = useI18n();
  return (
    <tr className="radar-table__cooperation">
      <th scope="row">
        <time dateTime={date.date}>{formatDate(date.date)}</time>
        {date.past && <span className="radar-table__past"> ({t('radar.past')})</span>}
      </th>
      <td data-label={t('radar.cooperation.table')}>
        <Link to={cooperationHref(date)}>{date.subject.shortName}</Link>
      </td>
      <td data-label={t('radar.table.kind')}>
        <InlineSymbol kind={date.kind} /> {t(`radar.cooperation.kind.${date.kind}`)}
      </td>
      <td data-label={t('radar.table.initiatives')}>{t('radar.cooperation.noAnswer')}</td>
    </tr>
  );
}
