import '../styles/screens.css';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Heading, InlineAlert } from 'suomifi-ui-components';
import { canCreateInitiatives, canEditInitiative, type SessionUser } from '../../shared/user.ts';
import { DeadEnd } from '../components/DeadEnd.tsx';
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
    if (!canCreateInitiatives(user)) {
      return (
        <DeadEnd
          title={t('common.deadEnd.cannotCreate')}
          text={t('common.deadEnd.cannotCreateText')}
          back={{ to: '/initiatives', label: t('common.backToList') }}
        />
      );
    }
    return (
      <div className="screen">
        <Heading variant="h1">{t('initiative.form.titleNew')}</Heading>
        <InitiativeEditor key="new" user={user} initiative={null} />
      </div>
    );
  }
  if (!initiative.data) return <QueryState query={initiative} missing="initiative" />;
  const data = initiative.data;
  if (!canEditInitiative(user, data.leadMinistry)) {
    return (
      <DeadEnd
        title={t('common.deadEnd.cannotEdit')}
        text={t('common.deadEnd.cannotEditText')}
        back={{ to: `/initiatives/${data.id}`, label: t('common.deadEnd.backToInitiative') }}
      />
    );
  }
  const blocked = data.archivedAt ? t('initiative.form.archived') : null;
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
