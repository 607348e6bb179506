import '../styles/screens.css';
import '../styles/snapshot.css';
import { useQuery } from '@tanstack/react-query';
import { Heading } from 'suomifi-ui-components';
import { isCoordinator, type SessionUser } from '../../shared/user.ts';
import { QueryState } from '../components/QueryState.tsx';
import { previousSnapshot } from '../components/snapshot/changes-view.ts';
import { SnapshotCard } from '../components/snapshot/SnapshotCard.tsx';
import { SnapshotForm } from '../components/snapshot/SnapshotForm.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useReadOnly } from '../lib/snapshot-mode.tsx';
import { trpc } from '../lib/trpc.ts';

/**
 * /snapshots: every snapshot, the newest first, each to open (the overview as it was), compare
 * (with the previous one, or up to now) and download; coordinators and admins take new ones
 * here (not while viewing a snapshot: the page then treats them as readers).
 */
export function SnapshotsPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const list = useQuery(trpc.snapshot.list.queryOptions());
  const me = useQuery(trpc.auth.me.queryOptions());
  const readOnly = useReadOnly();
  const snapshots = list.data;
  return (
    <div className="snapshots-page">
      <Heading variant="h1">{t('snapshot.title')}</Heading>
      <p>{t('snapshot.intro')}</p>
      {isCoordinator(user) && <SnapshotForm />}
      {readOnly && me.data && isCoordinator(me.data) && (
        <p className="snapshots-page__hint">{t('snapshot.create.inSnapshot')}</p>
      )}
      <section aria-labelledby="snapshot-list-heading">
        <h2 id="snapshot-list-heading">{t('snapshot.list.heading')}</h2>
        {!snapshots ? (
          <QueryState query={list} />
        ) : snapshots.length === 0 ? (
          <p>{t('snapshot.list.empty')}</p>
        ) : (
          <>
            <p className="muted">{t('snapshot.list.count', { count: snapshots.length })}</p>
            <ol className="snapshot-list">
              {snapshots.map((snapshot) => (
                <SnapshotCard
                  key={snapshot.id}
                  snapshot={snapshot}
                  previous={previousSnapshot(snapshots, snapshot.id)}
                />
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  );
}
