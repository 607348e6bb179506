import '../styles/screens.css';
import '../styles/cooperation.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import { isCoordinator, type SessionUser } from '../../shared/user.ts';
import { BodyFacts, BodyInitiatives, Representatives } from '../components/cooperation/BodyDetails.tsx';
import { BodyForm } from '../components/cooperation/BodyForm.tsx';
import { CooperationHistory } from '../components/cooperation/CooperationHistory.tsx';
import { DeleteButton } from '../components/cooperation/DeleteButton.tsx';
import { formErrors } from '../components/cooperation/form-errors.ts';
import { RecordState } from '../components/cooperation/RecordState.tsx';
import { LocalizedTextView } from '../components/LocalizedTextView.tsx';
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
      <p className="screen__back">
        <Link to="/cooperation">{t('cooperation.page.backToCatalogue')}</Link>
      </p>
      <div className="page-title">
        <Heading variant="h1">{data.shortName}</Heading>
        {isCoordinator(user) && !editing && (
          <div className="cooperation__actions">
            <Button
              variant="secondary"
              onClick={() => {
                save.reset();
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('cooperation.page.edit')}
            </Button>
            <DeleteButton
              name={data.shortName}
              busy={remove.isPending}
              error={remove.error?.message ?? null}
              onDelete={() => remove.mutate({ id: data.id, version: data.version })}
            />
          </div>
        )}
      </div>
      <p className="screen__subtitle">
        <LocalizedTextView text={data.name} />
      </p>
      <p role="status">{saved ? t('cooperation.form.saved') : ''}</p>
      {conflict && (
        <InlineAlert status="error" role="alert">
          <p>{t('cooperation.form.conflict')}</p>
          <Button variant="secondary" onClick={() => void reload()}>
            {t('cooperation.form.reload')}
          </Button>
        </InlineAlert>
      )}
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
