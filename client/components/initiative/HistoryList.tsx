import '../../styles/merge.css';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import type { AuditEvent } from '../../../shared/audit.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { trpc } from '../../lib/trpc.ts';
import { TextInLanguage } from '../LocalizedTextView.tsx';
import { type DescribeContext, describeEvent, excerpt, type TextChange } from './describe-change.ts';

/** The formatter's context from the current language and the EU act catalogue (for act names). */
export function useDescribeContext(): DescribeContext {
  const { t, language, formatDate, formatEuros } = useI18n();
  const acts = useQuery(trpc.euAct.list.queryOptions());
  return useMemo(() => {
    const names = new Map((acts.data ?? []).map((act) => [act.id, act.shortName]));
    return { t, language, formatDate, formatEuros, actName: (id: string) => names.get(id) };
  }, [t, language, formatDate, formatEuros, acts.data]);
}

/** A text before and after, shortened around the change; "show all" opens both in full. */
function TextChangeView({ change, labelled }: { change: TextChange; labelled: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const short = excerpt(change.before, change.after);
  const shown = open ? change : short;
  const text = (value: string | null) =>
    value === null ? (
      <span className="muted">{t('initiative.history.emptyValue')}</span>
    ) : (
      <TextInLanguage text={value} lang={change.lang} />
    );
  return (
    <div className="text-change">
      {labelled && change.label && <p className="text-change__label">{change.label}</p>}
      <dl id={id} className="text-change__texts">
        <dt>{t('initiative.history.before')}</dt>
        <dd>{text(shown.before)}</dd>
        <dt>{t('initiative.history.after')}</dt>
        <dd>{text(shown.after)}</dd>
      </dl>
      {short.shortened && (
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {t('initiative.history.showAll')}
        </button>
      )}
    </div>
  );
}

/** Audit events, newest first, each with its time, version, sentences and changed texts. */
export function HistoryEventList({ events }: { events: readonly AuditEvent[] }) {
  const { t, formatDateTime } = useI18n();
  const context = useDescribeContext();
  if (events.length === 0) return <p>{t('initiative.history.empty')}</p>;
  return (
    <ol className="history">
      {events.map((event) => {
        const described = describeEvent(event, context);
        const at = new Date(event.at);
        return (
          <li key={event.id} className="history__event">
            <p className="history__meta">
              <time dateTime={at.toISOString()}>
                {t('initiative.history.meta', { version: event.version, at: formatDateTime(at) })}
              </time>
            </p>
            {described.headline && <p className="history__headline">{described.headline}</p>}
            {described.changes.length > 0 && (
              <ul className="history__changes">
                {described.changes.map((change) => (
                  <li key={change.field}>
                    {change.sentence}
                    {change.texts.map((text) => (
                      <TextChangeView
                        key={`${text.label}:${text.lang}`}
                        change={text}
                        // The sentence names a single language already; an EU impact it does not.
                        labelled={change.texts.length > 1 || change.field === 'euImpacts'}
                      />
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
