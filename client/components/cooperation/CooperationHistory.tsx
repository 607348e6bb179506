import type { AuditEvent } from '../../../shared/audit.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const HEADLINE: Partial<Record<AuditEvent['action'], MessageKey>> = {
  create: 'cooperation.history.created',
  import: 'cooperation.history.imported',
  delete: 'cooperation.history.deleted',
  result: 'cooperation.history.result',
};

/** A field's name: "Seuraava kokous", or "Painos 2024, Pisteet" for a result's field. */
function fieldLabel(field: string, t: Translate): string {
  const result = /^results\.(.+)\.([^.]+)$/.exec(field);
  if (result)
    return t('cooperation.history.resultField', {
      edition: result[1] ?? '',
      field: t(`cooperation.field.${result[2]}` as MessageKey),
    });
  return t(`cooperation.field.${field}` as MessageKey);
}

/** A plain value in words; a list or a record is summed up by the field's name alone. */
const plain = (value: unknown): string | null =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;

/** Who changed a body or a benchmark and when, newest first, each change in a sentence. */
export function CooperationHistory({ events }: { events: readonly AuditEvent[] }) {
  const { t, formatDateTime } = useI18n();
  if (events.length === 0) return <p>{t('cooperation.history.empty')}</p>;
  return (
    <ol className="history">
      {events.map((event) => {
        const at = new Date(event.at);
        const headline = HEADLINE[event.action];
        const changes = event.action === 'create' ? [] : event.changes;
        return (
          <li key={event.id} className="history__event">
            <p className="history__meta">
              <time dateTime={at.toISOString()}>
                {t('cooperation.history.meta', {
                  version: event.version,
                  at: formatDateTime(at),
                  actor: event.actorName,
                })}
              </time>
            </p>
            {headline && <p className="history__headline">{t(headline)}</p>}
            {!headline && changes.length === 0 && (
              <p className="history__headline">{t('cooperation.history.noChanges')}</p>
            )}
            {changes.length > 0 && (
              <ul className="history__changes">
                {changes.map((change) => {
                  const field = fieldLabel(change.field, t);
                  const before = plain(change.before);
                  const after = plain(change.after);
                  const bothPlain =
                    (before !== null || change.before === null) && (after !== null || change.after === null);
                  return (
                    <li key={change.field}>
                      {bothPlain
                        ? t('cooperation.history.fromTo', {
                            field,
                            before: before ?? t('cooperation.history.emptyValue'),
                            after: after ?? t('cooperation.history.emptyValue'),
                          })
                        : t('cooperation.history.changed', { field })}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
