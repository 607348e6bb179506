import { Link } from 'react-router';
import type { Snapshot } from '../../../shared/snapshot.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { snapshotHref } from '../../lib/snapshot-mode.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { Fact } from '../ui/Fact.tsx';
import { changesHref, NOW } from './changes-view.ts';
import { shortChecksum, takenWhen } from './snapshot-text.ts';

/**
 * One snapshot in the list: its label, when and by whom it was taken, how many initiatives it
 * holds, its note and checksum; open it, see its changes, download it.
 */
export function SnapshotCard({ snapshot, previous }: { snapshot: Snapshot; previous: Snapshot | undefined }) {
  const { t, language } = useI18n();
  const headingId = `snapshot-${snapshot.id}`;
  // Every card has the same links: each says which snapshot it is for, to a screen reader too.
  const whose = <span className="visually-hidden">{` ”${snapshot.label}”`}</span>;
  return (
    <li className="snapshot-card">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="snapshot-card__label">
          {snapshot.label}
        </h3>
        <dl className="facts">
          <Fact term={t('snapshot.list.takenAt')}>{takenWhen(t, language, snapshot.takenAt)}</Fact>
          <Fact term={t('snapshot.list.takenBy')}>{snapshot.takenByName}</Fact>
          <Fact term={t('snapshot.list.initiatives')}>{snapshot.initiativeCount}</Fact>
          <Fact term={t('snapshot.list.checksum')}>
            <code className="snapshot-card__checksum" title={snapshot.checksum}>
              {shortChecksum(snapshot.checksum)}
            </code>
          </Fact>
        </dl>
        {snapshot.note && (
          <p className="snapshot-card__note">
            <span className="snapshot-card__note-term">{t('snapshot.list.note')}: </span>
            {snapshot.note}
          </p>
        )}
        <p className="snapshot-card__actions">
          <Link className="button-link" to={snapshotHref('/', snapshot.id)}>
            {t('snapshot.list.open')}
            {whose}
          </Link>
          {previous && (
            <Link to={changesHref(previous.id, snapshot.id)}>
              {t('snapshot.list.sincePrevious')}
              {whose}
            </Link>
          )}
          <Link to={changesHref(snapshot.id, NOW)}>
            {t('snapshot.list.untilNow')}
            {whose}
          </Link>
        </p>
        <ExportMenu snapshot={snapshot} />
      </article>
    </li>
  );
}
