import { Link } from 'react-router';
import type { EuAct } from '../../../shared/eu-act.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMinistryName } from '../../lib/use-ministry-names.ts';

/** The catalogue as a table, by short name, with the dates people look for first. */
export function EuActTable({ acts }: { acts: readonly EuAct[] }) {
  const { t, formatDate } = useI18n();
  const ministryName = useMinistryName();
  const sorted = [...acts].sort((a, b) => a.shortName.localeCompare(b.shortName, 'fi'));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('euAct.catalogue.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('euAct.field.shortName')}</th>
            <th scope="col">{t('euAct.field.number')}</th>
            <th scope="col">{t('euAct.field.kind')}</th>
            <th scope="col">{t('euAct.field.finnishLead')}</th>
            <th scope="col">{t('euAct.field.entryIntoForceOn')}</th>
            <th scope="col">{t('euAct.field.applicationOn')}</th>
            <th scope="col">{t('euAct.field.transpositionDeadline')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((act) => (
            <tr key={act.id}>
              <th scope="row">
                <Link to={`/eu-acts/${act.id}`}>{act.shortName}</Link>
              </th>
              <td>{act.number ?? '–'}</td>
              <td>{t(`codes.actKind.${act.kind}`)}</td>
              <td>
                {act.finnishLead ? <abbr title={ministryName(act.finnishLead)}>{act.finnishLead}</abbr> : '–'}
              </td>
              <td>{formatDate(act.entryIntoForceOn)}</td>
              <td>{formatDate(act.applicationOn)}</td>
              <td>{formatDate(act.transpositionDeadline)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
