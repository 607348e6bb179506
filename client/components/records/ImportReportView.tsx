import { Heading } from 'suomifi-ui-components';
import type { ImportOutcome, ImportReport } from '../../../shared/export-format.ts';
import { fieldPathLabel } from '../../../shared/field-paths.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const OUTCOMES: ImportOutcome[] = ['created', 'updated', 'unchanged', 'rejected'];
const SIGN: Record<ImportOutcome | 'existing', string> = {
  created: '+',
  updated: '✎',
  unchanged: '=',
  rejected: '✖',
  existing: '=',
};

function List({ items }: { items?: readonly string[] }) {
  const { t } = useI18n();
  if (!items?.length) return <>{t('records.report.none')}</>;
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** What an import did, or would do: counts, then every record with its outcome and reasons. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, language } = useI18n();
  // The report keeps field keys (`changedFields`); people read their labels.
  const fieldName = (field: string) => fieldPathLabel(field, language);
  const hasRows = report.records.some((r) => r.row !== undefined);
  return (
    <section className="import-report" aria-labelledby="report-heading">
      <Heading variant="h3" id="report-heading">
        {report.dryRun ? t('records.report.previewTitle') : t('records.report.resultTitle')}
      </Heading>
      <h4>{t('records.report.summary')}</h4>
      <dl className="import-summary">
        {OUTCOMES.map((outcome) => (
          <div
            key={outcome}
            className={`import-summary__item${report.summary[outcome] > 0 ? ` import-summary__item--${outcome}` : ''}`}
          >
            <dt>{t(`records.report.outcome.${outcome}`)}</dt>
            <dd>{report.summary[outcome]}</dd>
          </div>
        ))}
      </dl>
      {report.warnings && report.warnings.length > 0 && (
        <>
          <h4>{t('records.report.warnings')}</h4>
          <List items={report.warnings} />
        </>
      )}
      {report.euActs && report.euActs.length > 0 && (
        <>
          <h4>{t('records.report.euActs')}</h4>
          <ul className="plain-list">
            {report.euActs.map((act) => (
              <li key={`${act.index}:${act.key}`}>
                {act.key}: {t(`records.report.outcome.${act.outcome}`)}
                {act.reasons?.length ? ` – ${act.reasons.join(' ')}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('records.report.records')}</h4>
      {report.records.length === 0 ? (
        <p>{t('records.report.noRecords')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table import-table">
            <caption className="visually-hidden">{t('records.report.records')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('records.report.column.index')}</th>
                {hasRows && <th scope="col">{t('records.report.column.row')}</th>}
                <th scope="col">{t('records.report.column.key')}</th>
                <th scope="col">{t('records.report.column.outcome')}</th>
                <th scope="col">{t('records.report.column.reasons')}</th>
                <th scope="col">{t('records.report.column.guessed')}</th>
                <th scope="col">{t('records.report.column.changed')}</th>
              </tr>
            </thead>
            <tbody>
              {report.records.map((record) => (
                <tr key={record.index} className={`import-table__row--${record.outcome}`}>
                  <td>{record.index + 1}</td>
                  {hasRows && <td>{record.row ?? ''}</td>}
                  <th scope="row">{record.key}</th>
                  <td className={`outcome outcome--${record.outcome}`}>
                    <span aria-hidden="true">{SIGN[record.outcome]} </span>
                    {t(`records.report.outcome.${record.outcome}`)}
                  </td>
                  <td>
                    <List items={record.reasons} />
                  </td>
                  <td>
                    <List items={record.guessed} />
                  </td>
                  <td>
                    <List items={record.changedFields?.map(fieldName)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
