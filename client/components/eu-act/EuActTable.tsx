import { Link } from 'react-router';
import { EU_RELATIONS } from '../../../shared/codes.ts';
import { todayInFinland } from '../../../shared/dates.ts';
import { comingImplementationDate, type EuActSummary } from '../../../shared/eu-act.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMinistryName } from '../../lib/use-ministry-names.ts';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { type CatalogueOrder, sortCatalogue } from './catalogue-order.ts';

/**
 * The catalogue as a table that answers "what is coming": each act's next key date, the
 * initiatives linked to it by relation, and a flag on an act with a coming implementation date
 * and no implementing initiative.
 */
export function EuActTable({ acts, order }: { acts: readonly EuActSummary[]; order: CatalogueOrder }) {
  const { t, formatDate, language } = useI18n();
  const ministryName = useMinistryName();
  const today = todayInFinland();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('euAct.catalogue.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('euAct.field.shortName')}</th>
            <th scope="col">{t('euAct.field.kind')}</th>
            <th scope="col">{t('euAct.field.finnishLead')}</th>
            <th scope="col" aria-sort={order === 'next' ? 'ascending' : undefined}>
              {t('euAct.catalogue.nextKeyDate')}
            </th>
            <th scope="col">{t('euAct.field.applicationOn')}</th>
            <th scope="col">{t('euAct.field.transpositionDeadline')}</th>
            <th scope="col">{t('euAct.catalogue.linked')}</th>
          </tr>
        </thead>
        <tbody>
          {sortCatalogue(acts, order, language).map((act) => {
            const linked = EU_RELATIONS.filter((relation) => act.linked[relation] > 0);
            const implementation = comingImplementationDate(act, today);
            return (
              <tr key={act.id}>
                <th scope="row">
                  <Link to={`/eu-acts/${act.id}`}>{act.shortName}</Link>
                </th>
                <td data-label={t('euAct.field.kind')}>{t(`codes.actKind.${act.kind}`)}</td>
                <td data-label={t('euAct.field.finnishLead')}>
                  {act.finnishLead ? (
                    <abbr title={ministryName(act.finnishLead)}>{act.finnishLead}</abbr>
                  ) : (
                    '–'
                  )}
                </td>
                <td data-label={t('euAct.catalogue.nextKeyDate')}>
                  {act.nextKeyDate ? (
                    <>
                      <time dateTime={act.nextKeyDate.date}>{formatDate(act.nextKeyDate.date)}</time>
                      <span className="catalogue__date-label">
                        {act.nextKeyDate.label ? (
                          <LocalizedTextView text={act.nextKeyDate.label} />
                        ) : (
                          t(`euAct.field.${act.nextKeyDate.key}` as MessageKey)
                        )}
                      </span>
                    </>
                  ) : (
                    <span className="muted">{t('euAct.catalogue.noNextKeyDate')}</span>
                  )}
                </td>
                <td data-label={t('euAct.field.applicationOn')}>{formatDate(act.applicationOn)}</td>
                <td data-label={t('euAct.field.transpositionDeadline')}>
                  {formatDate(act.transpositionDeadline)}
                </td>
                <td data-label={t('euAct.catalogue.linked')}>
                  {linked.length === 0 ? (
                    <span className="muted">{t('euAct.catalogue.noLinked')}</span>
                  ) : (
                    <ul className="catalogue__linked">
                      {linked.map((relation) => (
                        <li key={relation}>
                          {t(`codes.relation.${relation}`)}: {act.linked[relation]}
                        </li>
                      ))}
                    </ul>
                  )}
                  {act.implementationGap && implementation && (
                    <>
                      <span className="catalogue__gap">
                        <span aria-hidden="true">▲ </span>
                        {t('euAct.catalogue.gap')}
                      </span>
                      <span className="catalogue__gap-hint">
                        {t('euAct.catalogue.gapHint', { date: formatDate(implementation) })}
                      </span>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
