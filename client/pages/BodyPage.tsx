import '../styles/screens.css';
import '../styles/cooperation.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Heading } from 'suomifi-ui-components';
import { isCoordinator, type SessionUser } from '../../shared/user.ts';
import { BodyFacts, BodyInitiatives, Representatives } from '../components/cooperation/BodyDetails.tsx';
import { BodyForm } from '../components/cooperation/BodyForm.tsx';
import { CooperationHistory } from '../components/cooperation/CooperationHistory.tsx';
import { formErrors } from '../components/cooperation/form-errors.ts';
import { RecordHeader } from '../components/cooperation/RecordHeader.tsx';
import { RecordState } from '../components/cooperation/RecordState.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSnapshotId } from '../lib/snapshot-mode.tsx';
import { errorCode, trpc } from '../lib/trpc.ts';

/** /cooperation/bodies/:id: one body, Finland's people in it, its initiatives and history; coordinators edit it. */
export function BodyPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const snapshotId = useSnapshotId();
  const body = useQuery(trpc.cooperation.body.get.queryOptions({ id, snapshotId }));
  const history = useQuery({
    ...trpc.cooperation.body.history.queryOptions({ id }),
    enabled: !snapshotId && body.isSuccess,
  });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.cooperation.body.update.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.cooperation.pathFilter());
        setEditing(false);
        setSaved(true);
      },
    }),
  );
  const remove = useMutation(
    trpc.cooperation.body.remove.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.cooperation.pathFilter());
        void navigate('/cooperation');
      },
    }),
  );
  if (!body.data) return <RecordState query={body} missing="body" />;
  const data = body.data;
  const conflict = errorCode(save.error) === 'CONFLICT';
  const reload = async () => {
    await queryClient.refetchQueries(trpc.cooperation.body.get.queryFilter({ id, snapshotId }));
    save.reset();
  };
  return (
    <article className="screen">
      <RecordHeader
        shortName={data.shortName}
        name={data.name}
        actions={
          isCoordinator(user) && !editing
            ? {
                onEdit: () => {
                  save.reset();
                  setSaved(false);
                  setEditing(true);
                },
                deleting: remove.isPending,
                deleteError: remove.error?.message ?? null,
                onDelete: () => remove.mutate({ id: data.id, version: data.version }),
              }
            : null
        }
        saved={saved}
        conflict={conflict}
        onReload={() => void reload()}
      />
      {editing ? (
        <section className="screen-panel" aria-labelledby="edit-body-heading">
          <Heading variant="h2" id="edit-body-heading">
            {t('cooperation.form.editBody')}
          </Heading>
          <BodyForm
            key={data.version}
            initial={data}
            submitLabel={t('cooperation.form.save')}
            saving={save.isPending}
            serverErrors={conflict ? {} : formErrors(save.error, t)}
            onSubmit={(input) => save.mutate({ id: data.id, version: data.version, data: input })}
            onCancel={() => {
              save.reset();
              setEditing(false);
            }}
          />
        </section>
      ) : (
        <>
          <BodyFacts body={data} />
          <Representatives body={data} />
        </>
      )}
      <BodyInitiatives body={data} />
      {/* The history is the live record: a snapshot shows the body as it was, not what came after. */}
      {!snapshotId && (
        <section className="screen-section" aria-labelledby="body-history-heading">
          <Heading variant="h2" id="body-history-heading">
            {t('cooperation.history.title')}
          </Heading>
          {history.data ? <CooperationHistory events={history.data} /> : <QueryState query={history} />}
        </section>
      )}
    </article>
  );
}
