import { Link } from 'react-router';
import { Heading } from 'suomifi-ui-components';
import type { Status } from '../../../shared/codes.ts';
import { daysBetween, todayInFinland } from '../../../shared/dates.ts';
import type { EuImpact } from '../../../shared/eu-impact.ts';
import { isOpenStatus } from '../../../shared/lateness.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FinnishText } from '../LocalizedTextView.tsx';

/** Deadlines this close get a hint; past ones are marked late. */
const UPCOMING_DAYS = 90;

function DeadlineHint({ deadline, today, open }: { deadline: string; today: string; open: boolean }) {
  const { t } = useI18n();
  const days = daysBetween(today, deadline);
  // The lateness rule: only an open initiative is late; a closed one's past dates are history.
  if (days < 0 && !open) return null;
  if (days < 0) {
    return (
      <span className="deadline deadline--late">
        <span aria-hidden="true">■ </span>
        {t('initiative.impacts.late')}
      </span>
    );
  }
  if (days > UPCOMING_DAYS) return null;
  return (
    <span className="deadline deadline--soon">
      <span aria-hidden="true">▲ </span>
      {t('initiative.impacts.upcoming', { count: days })}
    </span>
  );
}

/** The initiative's EU acts: how it relates to each and by when. */
export function EuImpactsTable({ impacts, status }: { impacts: readonly EuImpact[]; status: Status }) {
  const { t, formatDate } = useI18n();
  const today = todayInFinland();
  return (
    <section className="screen-section" aria-labelledby="impacts-heading">
      <Heading variant="h2" id="impacts-heading">
        {t('initiative.field.euImpacts')}
      </Heading>
      {impacts.length === 0 ? (
        <p className="muted">{t('initiative.impacts.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('initiative.field.euImpacts')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('initiative.impacts.act')}</th>
                <th scope="col">{t('initiative.impacts.relation')}</th>
                <th scope="col">{t('initiative.impacts.deadline')}</th>
                <th scope="col">{t('initiative.impacts.note')}</th>
              </tr>
            </thead>
            <tbody>
              {impacts.map((impact) => (
                <tr key={`${impact.euActId}:${impact.relation}`}>
                  <th scope="row">
                    <Link to={`/eu-acts/${impact.euActId}`}>{impact.euActShortName}</Link>
                  </th>
                  <td>{t(`codes.relation.${impact.relation}`)}</td>
                  <td>
                    {formatDate(impact.deadline)}
                    {impact.deadline && (
                      <DeadlineHint deadline={impact.deadline} today={today} open={isOpenStatus(status)} />
                    )}
                  </td>
                  <td>{impact.note && <FinnishText text={impact.note} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
