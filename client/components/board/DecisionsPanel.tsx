import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { Button } from 'suomifi-ui-components';
import type { BoardDecision } from '../../../shared/board.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import { type QueryLike, QueryState } from '../QueryState.tsx';

/** The server's longest answer (server/services/board.ts): past it, the panel says the list is cut. */
const DECISION_LIMIT = 1000;

/**
 * The decision log: every tier change of a period, newest first — when, which initiative,
 * from which tier to which, why, and who. The period is chosen with two dates and applied by
 * a button (typing a date must not refetch at every keystroke).
 */
export function DecisionsPanel({
  from,
  to,
  onPeriod,
  query,
}: {
  from: string;
  to: string;
  onPeriod: (from: string, to: string) => void;
  query: QueryLike & { data: BoardDecision[] | undefined; isPending: boolean };
}) {
  const { t, formatDate, formatDateTime } = useI18n();
  const id = useId();
  const [start, setStart] = useState(from);
  const [end, setEnd] = useState(to);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setStart(from), [from]);
  useEffect(() => setEnd(to), [to]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!start || !end || start > end) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onPeriod(start, end);
  };
  const decisions = query.data;
  return (
    <section className="decisions" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('board.decisions.heading')}</h2>
      <p className="decisions__intro">{t('board.decisions.intro')}</p>
      <form className="decisions__period" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('board.decisions.period')}</legend>
          <div className="decisions__dates">
            <div className="decisions__date">
              <label htmlFor={`${id}-from`}>{t('board.decisions.from')}</label>
              <input
                id={`${id}-from`}
                type="date"
                value={start}
                aria-invalid={invalid || undefined}
                aria-describedby={invalid ? `${id}-invalid` : undefined}
                onChange={(event) => setStart(event.target.value)}
              />
            </div>
            <div className="decisions__date">
              <label htmlFor={`${id}-to`}>{t('board.decisions.to')}</label>
              <input
                id={`${id}-to`}
                type="date"
                value={end}
                aria-invalid={invalid || undefined}
                onChange={(event) => setEnd(event.target.value)}
              />
            </div>
            <Button type="submit" variant="secondary">
              {t('board.decisions.show')}
            </Button>
          </div>
          {invalid && (
            <p id={`${id}-invalid`} className="decisions__error" role="alert">
              {t('board.decisions.invalidPeriod')}
            </p>
          )}
        </fieldset>
      </form>
      <p className="decisions__count" role="status">
        {decisions ? t('board.decisions.count', { count: decisions.length }) : ''}
      </p>
      {(query.isError || (query.isPending && !decisions)) && <QueryState query={query} />}
      {decisions && decisions.length === 0 && <p>{t('board.decisions.empty')}</p>}
      {decisions && decisions.length >= DECISION_LIMIT && (
        <p className="decisions__limited">{t('board.decisions.limited', { count: decisions.length })}</p>
      )}
      {decisions && decisions.length > 0 && (
        <div className="table-scroll">
          <table className="decisions__table">
            <caption className="visually-hidden">
              {t('board.decisions.caption', { from: formatDate(from), to: formatDate(to) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('board.decisions.at')}</th>
                <th scope="col">{t('board.decisions.initiative')}</th>
                <th scope="col">{t('board.decisions.change')}</th>
                <th scope="col">{t('board.decisions.reason')}</th>
                <th scope="col">{t('board.decisions.who')}</th>
              </tr>
            </thead>
            <tbody>
              {decisions.map((decision) => (
                <tr key={`${decision.initiativeId}-${decision.at.toISOString()}`}>
                  <td data-label={t('board.decisions.at')}>{formatDateTime(decision.at)}</td>
                  <td data-label={t('board.decisions.initiative')}>
                    <Link to={`/initiatives/${decision.initiativeId}`}>
                      <LocalizedTextView text={decision.title} />
                    </Link>
                  </td>
                  <td data-label={t('board.decisions.change')}>
                    {t(`codes.tier.${decision.from}`)} → {t(`codes.tier.${decision.to}`)}
                  </td>
                  <td data-label={t('board.decisions.reason')}>
                    {decision.reason ?? (
                      <span className="decisions__none">{t('board.decisions.noReason')}</span>
                    )}
                  </td>
                  <td data-label={t('board.decisions.who')}>{decision.actorName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
