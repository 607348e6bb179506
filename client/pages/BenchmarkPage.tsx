import '../styles/screens.css';
import '../styles/overview.css';
import '../styles/cooperation.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Heading } from 'suomifi-ui-components';
import { isCoordinator, type SessionUser } from '../../shared/user.ts';
import { BenchmarkForm } from '../components/cooperation/BenchmarkForm.tsx';
import { BenchmarkResults } from '../components/cooperation/BenchmarkResults.tsx';
import { LinksList, NamesInLanguages } from '../components/cooperation/BodyDetails.tsx';
import { CooperationHistory } from '../components/cooperation/CooperationHistory.tsx';
import { formErrors } from '../components/cooperation/form-errors.ts';
import { LinkedInitiativeList } from '../components/cooperation/LinkedInitiativeList.tsx';
import { RecordHeader } from '../components/cooperation/RecordHeader.tsx';
import { RecordState } from '../components/cooperation/RecordState.tsx';
import { ResultsChart } from '../components/cooperation/ResultsChart.tsx';
import { ResultsImport } from '../components/cooperation/ResultsImport.tsx';
import { QueryState } from '../components/QueryState.tsx';
import { Fact } from '../components/ui/Fact.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useSnapshotId } from '../lib/snapshot-mode.tsx';
import { errorCode, trpc } from '../lib/trpc.ts';

/** /cooperation/benchmarks/:id: one benchmark, Finland's results over time, its initiatives and history. */
export function BenchmarkPage({ user }: { user: SessionUser }) {
  const { t, formatDate } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const snapshotId = useSnapshotId();
  const benchmark = useQuery(trpc.cooperation.benchmark.get.queryOptions({ id, snapshotId }));
  const history = useQuery({
    ...trpc.cooperation.benchmark.history.queryOptions({ id }),
    enabled: !snapshotId && benchmark.isSuccess,
  });
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.cooperation.benchmark.update.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.cooperation.pathFilter());
        setEditing(false);
        setSaved(true);
      },
    }),
  );
  const remove = useMutation(
    trpc.cooperation.benchmark.remove.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries(trpc.cooperation.pathFilter());
        void navigate('/cooperation');
      },
    }),
  );
  if (!benchmark.data) return <RecordState query={benchmark} missing="benchmark" />;
  const data = benchmark.data;
  const coordinator = isCoordinator(user);
  const conflict = errorCode(save.error) === 'CONFLICT';
  const notSet = <span className="muted">{t('cooperation.page.notSet')}</span>;
  const reload = async () => {
    await queryClient.refetchQueries(trpc.cooperation.benchmark.get.queryFilter({ id, snapshotId }));
    save.reset();
  };
  return (
    <article className="screen">
      <RecordHeader
        shortName={data.shortName}
        name={data.name}
        actions={
          coordinator && !editing
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
        <section className="screen-panel" aria-labelledby="edit-benchmark-heading">
          <Heading variant="h2" id="edit-benchmark-heading">
            {t('cooperation.form.editBenchmark')}
          </Heading>
          <BenchmarkForm
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
        <section className="screen-section" aria-labelledby="benchmark-details-heading">
          <Heading variant="h2" id="benchmark-details-heading">
            {t('cooperation.page.details')}
          </Heading>
          <dl className="facts">
            <NamesInLanguages name={data.name} />
            <Fact term={t('cooperation.field.publisher')}>{data.publisher}</Fact>
            <Fact term={t('cooperation.field.cycle')}>{t(`codes.benchmarkCycle.${data.cycle}`)}</Fact>
            <Fact term={t('cooperation.field.nextPublicationOn')}>
              {data.nextPublicationOn ? (
                <time dateTime={data.nextPublicationOn}>{formatDate(data.nextPublicationOn)}</time>
              ) : (
                notSet
              )}
            </Fact>
            <Fact term={t('cooperation.field.scoreScale')}>{data.scoreScale ?? notSet}</Fact>
            <Fact term={t('cooperation.field.links')}>
              <LinksList links={data.links} />
            </Fact>
          </dl>
        </section>
      )}
      <section className="screen-section" aria-label={t('cooperation.field.results')}>
        <ResultsChart results={data.results} scale={data.scoreScale} />
      </section>
      <BenchmarkResults
        benchmarkId={data.id}
        results={data.results}
        scale={data.scoreScale}
        canEdit={coordinator}
      />
      {coordinator && <ResultsImport benchmarkId={data.id} />}
      <section className="screen-section" aria-labelledby="benchmark-initiatives-heading">
        <Heading variant="h2" id="benchmark-initiatives-heading">
          {t('cooperation.page.initiatives')}
        </Heading>
        {data.initiatives.length === 0 ? (
          <p className="muted">{t('cooperation.page.noInitiatives')}</p>
        ) : (
          <LinkedInitiativeList initiatives={data.initiatives} />
        )}
      </section>
      {!snapshotId && (
        <section className="screen-section" aria-labelledby="benchmark-history-heading">
          <Heading variant="h2" id="benchmark-history-heading">
            {t('cooperation.history.title')}
          </Heading>
          {history.data ? <CooperationHistory events={history.data} /> : <QueryState query={history} />}
        </section>
      )}
    </article>
  );
}
