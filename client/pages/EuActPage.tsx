import '../styles/screens.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import { isCoordinator, type SessionUser } from '../../shared/user.ts';
import { EuActFacts, LinkedInitiatives } from '../components/eu-act/EuActDetails.tsx';
import { EuActForm } from '../components/eu-act/EuActForm.tsx';
import { euActServerErrors } from '../components/eu-act/eu-act-draft.ts';
import { QueryState } from '../components/QueryState.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { errorCode, fieldErrors, trpc } from '../lib/trpc.ts';

/** /eu-acts/:id: one act, its dates and its initiatives; coordinators edit it. */
export function EuActPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const act = useQuery(trpc.euAct.get.queryOptions({ id }));
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.euAct.update.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.euAct.pathFilter());
        // Impacts show the act's short name.
        void queryClient.invalidateQueries(trpc.initiative.pathFilter());
        setEditing(false);
        setSaved(true);
      },
    }),
  );
  if (!act.data) return <QueryState query={act} missing="euAct" />;
  const data = act.data;
  const conflict = errorCode(save.error) === 'CONFLICT';
  const fields = save.error && !conflict ? euActServerErrors(fieldErrors(save.error)) : {};
  const failure = save.error && !conflict && Object.keys(fields).length === 0 ? save.error.message : null;

  const reload = async () => {
    await queryClient.refetchQueries(trpc.euAct.get.queryFilter({ id }));
    save.reset();
  };

  return (
    <article className="screen">
      <p className="screen__back">
        <Link to="/eu-acts">{t('euAct.page.backToCatalogue')}</Link>
      </p>
      <div className="page-title">
        <Heading variant="h1">{data.shortName}</Heading>
        {isCoordinator(user) && !editing && (
          <Button
            variant="secondary"
            onClick={() => {
              save.reset();
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('euAct.page.edit')}
          </Button>
        )}
      </div>
      <p role="status">{saved ? t('euAct.form.saved') : ''}</p>
      {conflict && (
        <InlineAlert status="error" role="alert">
          <p>{t('euAct.form.conflict')}</p>
          <Button variant="secondary" onClick={() => void reload()}>
            {t('euAct.form.reload')}
          </Button>
        </InlineAlert>
      )}
      {failure && (
        <InlineAlert status="error" role="alert">
          {t('euAct.form.failed', { message: failure })}
        </InlineAlert>
      )}
      {editing ? (
        <section className="screen-panel" aria-labelledby="edit-act-heading">
          <Heading variant="h2" id="edit-act-heading">
            {t('euAct.form.editTitle')}
          </Heading>
          <EuActForm
            // A reloaded act is a fresh start at its new version.
            key={data.version}
            initial={data}
            submitLabel={t('euAct.form.save')}
            saving={save.isPending}
            serverErrors={fields}
            onSubmit={(input) => save.mutate({ id: data.id, version: data.version, data: input })}
            onCancel={() => {
              save.reset();
              setEditing(false);
            }}
          />
        </section>
      ) : (
        <EuActFacts act={data} />
      )}
      <LinkedInitiatives initiatives={data.initiatives} />
    </article>
  );
}
