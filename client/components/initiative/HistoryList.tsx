import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { AuditEvent } from '../../../shared/audit.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { trpc } from '../../lib/trpc.ts';
import { type DescribeContext, describeEvent } from './describe-change.ts';

/** The formatter's context from the current language and the EU act catalogue (for act names). */
export function useDescribeContext(): DescribeContext {
  const { t, language, formatDate, formatEuros } = useI18n();
  const acts = useQuery(trpc.euAct.list.queryOptions());
  return useMemo(() => {
    const names = new Map((acts.data ?? []).map((act) => [act.id, act.shortName]));
    return { t, language, formatDate, formatEuros, actName: (id: string) => names.get(id) };
  }, [t, language, formatDate, formatEuros, acts.data]);
}

/** Audit events, newest first, each with its time, version and sentences. */
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
                {described.changes.map((sentence) => (
                  <li key={sentence}>{sentence}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
