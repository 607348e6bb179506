import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import type { AuditEvent } from '../../../shared/audit.ts';
import type { InitiativeData } from '../../../shared/initiative.ts';
import { diffInitiativeData, rebaseEdit } from '../../../shared/initiative-changes.ts';
import type { SessionUser } from '../../../shared/user.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { actorLabel, describeChange } from './describe-change.ts';
import { HistoryEventList, useDescribeContext } from './HistoryList.tsx';

/**
 * A stale save, explained: what others changed since the version the user opened (from the
 * audit history, with their names), what the user changed, and where both touched the same
 * field. The user chooses; nothing is ever overwritten silently.
 */
export function ConflictView({
  user,
  baseVersion,
  base,
  mine,
  theirs,
  latestVersion,
  events,
  onApply,
  onDiscard,
}: {
  user: SessionUser;
  baseVersion: number;
  base: InitiativeData;
  mine: InitiativeData;
  theirs: InitiativeData;
  latestVersion: number;
  events: readonly AuditEvent[];
  onApply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useI18n();
  const context = useDescribeContext();
  const myChanges = diffInitiativeData(base, mine);
  const { overlapping } = rebaseEdit(base, mine, theirs);
  const me = actorLabel({ actorName: user.displayName, actorMinistry: user.ministry });
  return (
    <section className="conflict" aria-labelledby="conflict-heading">
      <div role="alert">
        <Heading variant="h2" id="conflict-heading">
          {t('initiative.conflict.title')}
        </Heading>
        <p>{t('initiative.conflict.intro', { mine: baseVersion, latest: latestVersion })}</p>
      </div>
      <Heading variant="h3">{t('initiative.conflict.theirs')}</Heading>
      <HistoryEventList events={events} />
      <Heading variant="h3">{t('initiative.conflict.mine')}</Heading>
      {myChanges.length === 0 ? (
        <p>{t('initiative.conflict.noneOfMine')}</p>
      ) : (
        <ul className="history__changes">
          {myChanges.map((change) => (
            <li key={change.field}>{describeChange(change, me, context)}</li>
          ))}
        </ul>
      )}
      {overlapping.length > 0 && (
        <InlineAlert status="warning">
          {t('initiative.conflict.bothChanged', {
            fields: overlapping.map((field) => t(`initiative.field.${field}`)).join(', '),
          })}
        </InlineAlert>
      )}
      <div className="form-actions">
        <Button onClick={onApply}>{t('initiative.conflict.apply')}</Button>
        <Button variant="secondary" onClick={onDiscard}>
          {t('initiative.conflict.discard')}
        </Button>
      </div>
    </section>
  );
}
