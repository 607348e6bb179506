import '../styles/screens.css';
import '../styles/cooperation.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Heading } from 'suomifi-ui-components';
import { isCoordinator, type SessionUser } from '../../shared/user.ts';
import { BenchmarkForm } from '../components/cooperation/BenchmarkForm.tsx';
import { BodyForm } from '../components/cooperation/BodyForm.tsx';
import { BenchmarkTable, BodyTable } from '../components/cooperation/CooperationTables.tsx';
import { formErrors } from '../components/cooperation/form-errors.ts';
import { QueryState } from '../components/QueryState.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { snapshotInput, useSnapshotId } from '../lib/snapshot-mode.tsx';
import { trpc } from '../lib/trpc.ts';

/** /cooperation: the bodies Finland takes part in and the benchmarks it answers; coordinators add to both. */
export function CooperationPage({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const snapshotId = useSnapshotId();
  const bodies = useQuery(trpc.cooperation.body.list.queryOptions(snapshotInput(snapshotId)));
  const benchmarks = useQuery(trpc.cooperation.benchmark.list.queryOptions(snapshotInput(snapshotId)));
  const [adding, setAdding] = useState<'body' | 'benchmark' | null>(null);
  const [added, setAdded] = useState<{ to: string; name: string } | null>(null);
  const done = (to: string, name: string) => {
    void queryClient.invalidateQueries(trpc.cooperation.pathFilter());
    setAdding(null);
    setAdded({ to, name });
  };
  const createBody = useMutation(
    trpc.cooperation.body.create.mutationOptions({
      onSuccess: (body) => done(`/cooperation/bodies/${body.id}`, body.shortName),
    }),
  );
  const createBenchmark = useMutation(
    trpc.cooperation.benchmark.create.mutationOptions({
      onSuccess: (benchmark) => done(`/cooperation/benchmarks/${benchmark.id}`, benchmark.shortName),
    }),
  );
  const coordinator = isCoordinator(user);
  const start = (what: 'body' | 'benchmark') => {
    createBody.reset();
    createBenchmark.reset();
    setAdded(null);
    setAdding(what);
  };
  return (
    <div className="screen">
      <Heading variant="h1">{t('cooperation.title')}</Heading>
      <p>{t('cooperation.intro')}</p>
      <p role="status">
        {added && <Link to={added.to}>{t('cooperation.bodies.added', { name: added.name })}</Link>}
      </p>

      <section className="screen-section" aria-labelledby="bodies-heading">
        <div className="page-title">
          <Heading variant="h2" id="bodies-heading">
            {t('cooperation.bodies.title')}
          </Heading>
          {coordinator && adding !== 'body' && (
            <Button onClick={() => start('body')}>{t('cooperation.bodies.add')}</Button>
          )}
        </div>
        {adding === 'body' && (
          <section className="screen-panel" aria-labelledby="new-body-heading">
            <Heading variant="h3" id="new-body-heading">
              {t('cooperation.form.newBody')}
            </Heading>
            <BodyForm
              initial={null}
              submitLabel={t('cooperation.form.createBody')}
              saving={createBody.isPending}
              serverErrors={formErrors(createBody.error, t)}
              onSubmit={(data) => createBody.mutate(data)}
              onCancel={() => setAdding(null)}
            />
          </section>
        )}
        {bodies.data ? (
          <>
            <p className="results__count">{t('cooperation.bodies.count', { count: bodies.data.length })}</p>
            {bodies.data.length === 0 ? (
              <p>{t('cooperation.bodies.empty')}</p>
            ) : (
              <BodyTable bodies={bodies.data} />
            )}
          </>
        ) : (
          <QueryState query={bodies} />
        )}
      </section>

      <section className="screen-section" aria-labelledby="benchmarks-heading">
        <div className="page-title">
          <Heading variant="h2" id="benchmarks-heading">
            {t('cooperation.benchmarks.title')}
          </Heading>
          {coordinator && adding !== 'benchmark' && (
            <Button onClick={() => start('benchmark')}>{t('cooperation.benchmarks.add')}</Button>
          )}
        </div>
        {adding === 'benchmark' && (
          <section className="screen-panel" aria-labelledby="new-benchmark-heading">
            <Heading variant="h3" id="new-benchmark-heading">
              {t('cooperation.form.newBenchmark')}
            </Heading>
            <BenchmarkForm
              initial={null}
              submitLabel={t('cooperation.form.createBenchmark')}
              saving={createBenchmark.isPending}
              serverErrors={formErrors(createBenchmark.error, t)}
              onSubmit={(data) => createBenchmark.mutate(data)}
              onCancel={() => setAdding(null)}
            />
          </section>
        )}
        {benchmarks.data ? (
          <>
            <p className="results__count">
              {t('cooperation.benchmarks.count', { count: benchmarks.data.length })}
            </p>
            {benchmarks.data.length === 0 ? (
              <p>{t('cooperation.benchmarks.empty')}</p>
            ) : (
              <BenchmarkTable benchmarks={benchmarks.data} />
            )}
          </>
        ) : (
          <QueryState query={benchmarks} />
        )}
      </section>
    </div>
  );
}
