import '../styles/screens.css';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Heading, InlineAlert } from 'suomifi-ui-components';
import { canCreateInitiatives, canEditInitiative, type SessionUser } from '../../shared/user.ts';
import { InitiativeEditor } from '../components/initiative/InitiativeEditor.tsx';
import { LocalizedTextView } from '../components/LocalizedTextView.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { trpc } from '../lib/trpc.ts';

/** /initiatives/new and /initiatives/:id/edit: the form, for those who may use it. */
export function InitiativeEditPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const { id } = useParams();
  const initiative = useQuery({
    ...trpc.initiative.get.queryOptions({ id: id ?? '' }),
    enabled: id !== undefined,
  });

  if (id === undefined) {
    return (
      <div className="screen">
        <Heading variant="h1">{t('initiative.form.titleNew')}</Heading>
        {canCreateInitiatives(user) ? (
          <InitiativeEditor key="new" user={user} initiative={null} />
        ) : (
          <InlineAlert status="error">{t('initiative.form.notAllowed')}</InlineAlert>
        )}
      </div>
    );
  }
  if (!initiative.data) return <QueryState query={initiative} />;
  const data = initiative.data;
  const blocked = !canEditInitiative(user, data.leadMinistry)
    ? t('initiative.form.notAllowed')
    : data.archivedAt
      ? t('initiative.form.archived')
      : null;
  return (
    <div className="screen">
      <Heading variant="h1">{t('initiative.form.titleEdit')}</Heading>
      <p className="screen__subtitle">
        <Link to={`/initiatives/${data.id}`}>
          <LocalizedTextView text={data.title} />
        </Link>
      </p>
      {blocked ? (
        <InlineAlert status="error">{blocked}</InlineAlert>
      ) : (
        // Keyed by id: another initiative is another edit, with its own base version.
        <InitiativeEditor key={data.id} user={user} initiative={data} />
      )}
    </div>
  );
}
