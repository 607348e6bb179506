import '../styles/screens.css';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Heading, InlineAlert } from 'suomifi-ui-components';
import { canEditInitiative, type SessionUser } from '../../shared/user.ts';
import { InitiativeCooperation } from '../components/cooperation/InitiativeCooperation.tsx';
import { EuImpactsTable } from '../components/initiative/EuImpactsTable.tsx';
import { FinanceAndContact } from '../components/initiative/FinanceAndContact.tsx';
import { HealthPanel } from '../components/initiative/HealthPanel.tsx';
import { HistorySection } from '../components/initiative/HistorySection.tsx';
import { InitiativeActions } from '../components/initiative/InitiativeActions.tsx';
import { InitiativeOverview } from '../components/initiative/InitiativeOverview.tsx';
import { LatenessPanel } from '../components/initiative/LatenessPanel.tsx';
import { MilestoneTimeline } from '../components/initiative/MilestoneTimeline.tsx';
import { QualityFlags } from '../components/initiative/QualityFlags.tsx';
import { LocalizedTextView } from '../components/LocalizedTextView.tsx';
import { PrioritySection } from '../components/priority/PrioritySection.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSnapshotId } from '../lib/snapshot-mode.tsx';
import { trpc } from '../lib/trpc.ts';

/** /initiatives/:id: everything about one initiative, readable at a glance, and its history. */
export function InitiativePage({ user }: { user: SessionUser }) {
  const { t, formatDate } = useI18n();
  const { id = '' } = useParams();
  const snapshotId = useSnapshotId();
  const query = useQuery(trpc.initiative.get.queryOptions({ id, snapshotId }));
  if (!query.data) return <QueryState query={query} missing="initiative" />;
  const initiative = query.data;
  return (
    <article className="screen">
      <p className="screen__back">
        <Link to="/initiatives">{t('common.backToList')}</Link>
      </p>
      <Heading variant="h1">
        <LocalizedTextView text={initiative.title} />
      </Heading>
      <p className="screen__subtitle">
        {[initiative.projectNumber, t(`codes.status.${initiative.status}`), initiative.leadMinistry]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {initiative.archivedAt && (
        <InlineAlert status="warning">
          {t('initiative.page.archivedBanner', { date: formatDate(initiative.archivedAt) })}
        </InlineAlert>
      )}
      <InitiativeActions user={user} initiative={initiative} />
      <LatenessPanel initiative={initiative} />
      <div className="screen-columns">
        <div>
          <InitiativeOverview initiative={initiative} />
          <EuImpactsTable impacts={initiative.euImpacts} status={initiative.status} />
          <MilestoneTimeline milestones={initiative.milestones} status={initiative.status} />
        </div>
        <div>
          <HealthPanel initiative={initiative} />
          <QualityFlags initiative={initiative} user={user} />
          <FinanceAndContact initiative={initiative} />
        </div>
      </div>
      <PrioritySection user={user} initiative={initiative} />
      <InitiativeCooperation
        initiativeId={initiative.id}
        snapshotId={snapshotId}
        // The page's user is a viewer while a snapshot is browsed; archived initiatives are read-only.
        canEdit={!snapshotId && !initiative.archivedAt && canEditInitiative(user, initiative.leadMinistry)}
      />
      {/* The history is the live record: a snapshot shows the initiative as it was, not what came after. */}
      {!snapshotId && <HistorySection id={initiative.id} />}
    </article>
  );
}
