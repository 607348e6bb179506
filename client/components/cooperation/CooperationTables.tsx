import { Link } from 'react-router';
import type { BenchmarkSummary } from '../../../shared/benchmark.ts';
import type { BodySummary } from '../../../shared/cooperation-body.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useMinistryName } from '../../lib/use-ministry-names.ts';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { formatResult } from './format.ts';

const linkedCount = (body: BodySummary) => Object.values(body.linked).reduce((sum, n) => sum + n, 0);

/** The bodies: what each is, who answers for it in Finland, when it meets next, how many initiatives it has. */
export function BodyTable({ bodies }: { bodies: readonly BodySummary[] }) {
  const { t, formatDate } = useI18n();
  const ministryName = useMinistryName();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('cooperation.bodies.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cooperation.field.shortName')}</th>
            <th scope="col">{t('cooperation.field.name')}</th>
            <th scope="col">{t('cooperation.field.organisation')}</th>
            <th scope="col">{t('cooperation.field.ministry')}</th>
            <th scope="col">{t('cooperation.field.nextMeetingOn')}</th>
            <th scope="col">{t('cooperation.bodies.linked')}</th>
          </tr>
        </thead>
        <tbody>
          {bodies.map((body) => (
            <tr key={body.id}>
              <th scope="row">
                <Link to={`/cooperation/bodies/${body.id}`}>{body.shortName}</Link>
              </th>
              <td data-label={t('cooperation.field.name')}>
                <LocalizedTextView text={body.name} />
              </td>
              <td data-label={t('cooperation.field.organisation')}>
                {t(`codes.bodyOrganisation.${body.organisation}`)}
              </td>
              <td data-label={t('cooperation.field.ministry')}>
                <abbr title={ministryName(body.ministry)}>{body.ministry}</abbr>
              </td>
              <td data-label={t('cooperation.field.nextMeetingOn')}>
                {body.nextMeetingOn ? (
                  <time dateTime={body.nextMeetingOn}>{formatDate(body.nextMeetingOn)}</time>
                ) : (
                  <span className="muted">{t('cooperation.bodies.noMeeting')}</span>
                )}
              </td>
              <td data-label={t('cooperation.bodies.linked')}>{linkedCount(body)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The benchmarks: who publishes each, how often, when next, and Finland's latest result. */
export function BenchmarkTable({ benchmarks }: { benchmarks: readonly BenchmarkSummary[] }) {
  const { t, formatDate, language } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{t('cooperation.benchmarks.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cooperation.field.name')}</th>
            <th scope="col">{t('cooperation.field.publisher')}</th>
            <th scope="col">{t('cooperation.field.cycle')}</th>
            <th scope="col">{t('cooperation.field.nextPublicationOn')}</th>
            <th scope="col">{t('cooperation.benchmarks.latest')}</th>
          </tr>
        </thead>
        <tbody>
          {benchmarks.map((benchmark) => (
            <tr key={benchmark.id}>
              <th scope="row">
                <Link to={`/cooperation/benchmarks/${benchmark.id}`}>{benchmark.shortName}</Link>
                <span className="cooperation__full-name">
                  <LocalizedTextView text={benchmark.name} />
                </span>
              </th>
              <td data-label={t('cooperation.field.publisher')}>{benchmark.publisher}</td>
              <td data-label={t('cooperation.field.cycle')}>
                {t(`codes.benchmarkCycle.${benchmark.cycle}`)}
              </td>
              <td data-label={t('cooperation.field.nextPublicationOn')}>
                {benchmark.nextPublicationOn ? (
                  <time dateTime={benchmark.nextPublicationOn}>
                    {formatDate(benchmark.nextPublicationOn)}
                  </time>
                ) : (
                  <span className="muted">{t('cooperation.benchmarks.noDate')}</span>
                )}
              </td>
              <td data-label={t('cooperation.benchmarks.latest')}>
                {benchmark.latest ? (
                  t('cooperation.benchmarks.latestValue', {
                    edition: benchmark.latest.edition,
                    result: formatResult(benchmark.latest, benchmark.scoreScale, language, t),
                  })
                ) : (
                  <span className="muted">{t('cooperation.benchmarks.noResult')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
