import '../styles/screens.css';
import '../styles/scoring.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import { pickLocalized } from '../../shared/localized-text.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import { isCoordinator, type SessionUser } from '../../shared/user.ts';
import { QueryState } from '../components/QueryState.tsx';
import { CriteriaForm } from '../components/scoring/CriteriaForm.tsx';
import { CriteriaView } from '../components/scoring/CriteriaView.tsx';
import { WeightingForm } from '../components/scoring/WeightingForm.tsx';
import { type SavedWeighting, WeightingTable } from '../components/scoring/WeightingTable.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { trpc } from '../lib/trpc.ts';

type Notice = { status: 'neutral' | 'warning' | 'error'; text: string };

/**
 * /weightings: the named weightings and the criteria they weigh. Everyone signed in reads
 * them; coordinators and admins change weights, add a weighting, choose the default and edit
 * the criteria.
 */
export function WeightingsPage({ user }: { user: SessionUser }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const criteria = useQuery(trpc.scoring.criteria.queryOptions());
  const weightings = useQuery(trpc.scoring.weightings.queryOptions());
  // The weighting being edited (its id), a new one (null), or none (undefined).
  const [editing, setEditing] = useState<string | null | undefined>(undefined);
  const [editingCriteria, setEditingCriteria] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const canEdit = isCoordinator(user);
  // Every score on every screen follows a weighting or a criterion.
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.scoring.pathFilter()),
      queryClient.invalidateQueries(trpc.initiative.pathFilter()),
      queryClient.invalidateQueries(trpc.board.pathFilter()),
    ]);
  const nameOf = (w: Pick<SavedWeighting, 'name'>) => pickLocalized(w.name, language).text;
  const makeDefault = useMutation(
    trpc.scoring.saveWeighting.mutationOptions({
      onSuccess: (saved) => {
        setNotice({ status: 'neutral', text: t('scoring.weightings.madeDefault', { name: nameOf(saved) }) });
        void refresh();
      },
      onError: (error) =>
        setNotice({ status: 'error', text: t('scoring.weightings.failed', { message: error.message }) }),
    }),
  );
  if (!criteria.data || !weightings.data) {
    return <QueryState query={criteria.isError ? criteria : weightings} />;
  }
  const list = weightings.data;
  const current = editing ? list.find((w) => w.id === editing) : undefined;
  const startWeights = list.find((w) => w.isDefault)?.weights ?? {};
  return (
    <div className="screen">
      <Heading variant="h1">{t('scoring.weightings.title')}</Heading>
      <p>{t('scoring.weightings.intro')}</p>
      <p>
        <Link to="/weightings/compare">{t('scoring.weightings.compareLink')}</Link>
      </p>
      {notice?.status === 'neutral' ? (
        <p role="status" className="notice">
          {notice.text}
        </p>
      ) : (
        notice && (
          <InlineAlert status={notice.status} role="alert">
            {notice.text}
          </InlineAlert>
        )
      )}
      <section className="screen-section" aria-labelledby="weightings-heading">
        <Heading variant="h2" id="weightings-heading">
          {t('scoring.weightings.heading')}
        </Heading>
        <WeightingTable
          weightings={list}
          criteria={criteria.data}
          canEdit={canEdit}
          busy={makeDefault.isPending}
          onEdit={(w) => {
            setNotice(null);
            setEditing(w.id);
          }}
          onMakeDefault={(w) =>
            makeDefault.mutate({
              id: w.id,
              version: w.version,
              name: w.name,
              ministry: w.ministry as MinistryCode | null,
              weights: w.weights,
              isDefault: true,
            })
          }
        />
        {canEdit && editing === undefined && (
          <p>
            <Button
              variant="secondary"
              onClick={() => {
                setNotice(null);
                setEditing(null);
              }}
            >
              {t('scoring.weightings.create')}
            </Button>
          </p>
        )}
        {canEdit && (editing === null || current) && (
          <WeightingForm
            // A newer version read after a conflict starts the form anew from it.
            key={current ? `${current.id}-${current.version}` : 'new'}
            weighting={current ?? null}
            criteria={criteria.data}
            startWeights={startWeights}
            onSaved={(saved) => {
              setEditing(undefined);
              setNotice({ status: 'neutral', text: t('scoring.weightings.saved', { name: nameOf(saved) }) });
              void refresh();
            }}
            onConflict={() => {
              setNotice({ status: 'warning', text: t('scoring.weightings.conflict') });
              void weightings.refetch();
            }}
            onCancel={() => setEditing(undefined)}
          />
        )}
      </section>
      <section className="screen-section" aria-labelledby="criteria-heading">
        <Heading variant="h2" id="criteria-heading">
          {t('scoring.criteria.heading')}
        </Heading>
        <p>{t('scoring.criteria.intro')}</p>
        {canEdit && !editingCriteria && (
          <Button
            variant="secondary"
            onClick={() => {
              setNotice(null);
              setEditingCriteria(true);
            }}
          >
            {t('scoring.criteria.edit')}
          </Button>
        )}
        {editingCriteria ? (
          <CriteriaForm
            criteria={criteria.data}
            onSaved={() => {
              setEditingCriteria(false);
              setNotice({ status: 'neutral', text: t('scoring.criteria.saved') });
              void refresh();
            }}
            onCancel={() => setEditingCriteria(false)}
          />
        ) : (
          <CriteriaView criteria={criteria.data} />
        )}
      </section>
    </div>
  );
}
