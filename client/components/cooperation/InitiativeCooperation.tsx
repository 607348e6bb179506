import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import { BODY_RELATIONS, type BodyRelation } from '../../../shared/codes.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { focusNonInteractive } from '../../lib/focus-page-heading.ts';
import { trpc } from '../../lib/trpc.ts';
import { useCodeOptions } from '../../lib/use-code-options.ts';
import { SelectField, TextField } from '../form/fields.tsx';
import { FinnishText, LocalizedTextView } from '../LocalizedTextView.tsx';
import { QueryState } from '../QueryState.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';

type Removal = { kind: 'body' | 'benchmark'; id: string; name: string };

/** A body or benchmark to link, a relation (bodies only) and a note. */
function AddLinkForm({
  kind,
  initiativeId,
  onDone,
}: {
  kind: 'body' | 'benchmark';
  initiativeId: string;
  onDone: (name: string) => void;
}) {
  const { t } = useI18n();
  const options = useCodeOptions();
  const queryClient = useQueryClient();
  const bodies = useQuery({ ...trpc.cooperation.body.list.queryOptions(), enabled: kind === 'body' });
  const benchmarks = useQuery({
    ...trpc.cooperation.benchmark.list.queryOptions(),
    enabled: kind === 'benchmark',
  });
  const [target, setTarget] = useState('');
  const [relation, setRelation] = useState<BodyRelation>('participates_in');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const choices = (kind === 'body' ? bodies.data : benchmarks.data) ?? [];
  const name = choices.find((c) => c.id === target)?.shortName ?? '';
  const success = () => {
    void queryClient.invalidateQueries(trpc.cooperation.pathFilter());
    void queryClient.invalidateQueries(trpc.initiative.history.pathFilter());
    setTarget('');
    setNote('');
    onDone(name);
  };
  const addBody = useMutation(trpc.cooperation.link.addBody.mutationOptions({ onSuccess: success }));
  const addBenchmark = useMutation(
    trpc.cooperation.link.addBenchmark.mutationOptions({ onSuccess: success }),
  );
  const write = kind === 'body' ? addBody : addBenchmark;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(target === '');
    if (target === '') return;
    const text = note.trim() === '' ? null : note;
    if (kind === 'body') addBody.mutate({ initiativeId, bodyId: target, relation, note: text });
    else addBenchmark.mutate({ initiativeId, benchmarkId: target, note: text });
  };
  const prefix = `coop-${kind}`;
  const targetErrors = [
    ...(missing ? [t('cooperation.initiative.chooseRequired')] : []),
    ...(((write.error?.data as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors?.[
      kind === 'body' ? 'bodyId' : 'benchmarkId'
    ] ?? []) as string[]),
  ];
  const failure = write.error && targetErrors.length === 0 ? write.error.message : null;
  return (
    <form className="cooperation-link-form" noValidate onSubmit={submit}>
      <SelectField
        id={`${prefix}-target`}
        label={t(kind === 'body' ? 'cooperation.initiative.body' : 'cooperation.initiative.benchmark')}
        value={target}
        placeholder={t('cooperation.initiative.choose')}
        options={choices.map((c) => ({ value: c.id, label: c.shortName }))}
        errors={targetErrors}
        onChange={(value) => {
          setMissing(false);
          write.reset();
          setTarget(value);
        }}
      />
      {kind === 'body' && (
        <SelectField
          id={`${prefix}-relation`}
          label={t('cooperation.field.relation')}
          value={relation}
          options={options(BODY_RELATIONS, 'codes.bodyRelation')}
          onChange={(value) => setRelation(value as BodyRelation)}
        />
      )}
      <TextField
        id={`${prefix}-note`}
        label={t('cooperation.field.note')}
        value={note}
        optional
        onChange={setNote}
      />
      <Button type="submit" variant="secondary" disabled={write.isPending}>
        {write.isPending
          ? t('cooperation.initiative.adding')
          : t(kind === 'body' ? 'cooperation.initiative.addBody' : 'cooperation.initiative.addBenchmark')}
      </Button>
      {failure && (
        <InlineAlert status="error" role="alert">
          {t('cooperation.initiative.failed', { message: failure })}
        </InlineAlert>
      )}
    </form>
  );
}

/**
 * The initiative's international cooperation: the bodies it is tied to (with how) and the
 * benchmarks it reports to. Its editors link and unlink them, live and unarchived only.
 */
export function InitiativeCooperation({
  initiativeId,
  snapshotId,
  canEdit,
}: {
  initiativeId: string;
  snapshotId: string | undefined;
  canEdit: boolean;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const links = useQuery(trpc.cooperation.link.ofInitiative.queryOptions({ id: initiativeId, snapshotId }));
  const [removing, setRemoving] = useState<Removal | null>(null);
  const [news, setNews] = useState('');
  const removed = (name: string) => () => {
    void queryClient.invalidateQueries(trpc.cooperation.pathFilter());
    void queryClient.invalidateQueries(trpc.initiative.history.pathFilter());
    setNews(t('cooperation.initiative.removed', { name }));
    // Its remove button goes with the link: focus to the section, whose status says what happened.
    focusNonInteractive(document.getElementById('cooperation-heading'));
  };
  const removeBody = useMutation(trpc.cooperation.link.removeBody.mutationOptions());
  const removeBenchmark = useMutation(trpc.cooperation.link.removeBenchmark.mutationOptions());
  const removeError = removeBody.error ?? removeBenchmark.error;
  const linked = (name: string) => setNews(t('cooperation.initiative.linked', { name }));
  return (
    <section className="screen-section cooperation-links" aria-labelledby="cooperation-heading">
      <Heading variant="h2" id="cooperation-heading">
        {t('cooperation.initiative.title')}
      </Heading>
      <p role="status">{news}</p>
      {removeError && (
        <InlineAlert status="error" role="alert">
          {t('cooperation.initiative.failed', { message: removeError.message })}
        </InlineAlert>
      )}
      {!links.data ? (
        <QueryState query={links} />
      ) : (
        <div className="cooperation-links__columns">
          <div>
            <Heading variant="h3">{t('cooperation.initiative.bodies')}</Heading>
            {links.data.bodies.length === 0 ? (
              <p className="muted">{t('cooperation.initiative.noBodies')}</p>
            ) : (
              <ul className="linked-list">
                {links.data.bodies.map((link) => (
                  <li key={link.id}>
                    <Link to={`/cooperation/bodies/${link.body.id}`}>{link.body.shortName}</Link>
                    <span className="linked-list__meta">
                      {t(`codes.bodyRelation.${link.relation}`)} · <LocalizedTextView text={link.body.name} />
                    </span>
                    {link.note && <FinnishText as="p" className="linked-list__note" text={link.note} />}
                    {canEdit && (
                      <Button
                        variant="secondaryNoBorder"
                        onClick={() => setRemoving({ kind: 'body', id: link.id, name: link.body.shortName })}
                      >
                        {t('cooperation.initiative.removeBody', {
                          name: link.body.shortName,
                          relation: t(`codes.bodyRelation.${link.relation}`),
                        })}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {canEdit && <AddLinkForm kind="body" initiativeId={initiativeId} onDone={linked} />}
          </div>
          <div>
            <Heading variant="h3">{t('cooperation.initiative.benchmarks')}</Heading>
            {links.data.benchmarks.length === 0 ? (
              <p className="muted">{t('cooperation.initiative.noBenchmarks')}</p>
            ) : (
              <ul className="linked-list">
                {links.data.benchmarks.map((link) => (
                  <li key={link.id}>
                    <Link to={`/cooperation/benchmarks/${link.benchmark.id}`}>
                      {link.benchmark.shortName}
                    </Link>
                    <span className="linked-list__meta">
                      <LocalizedTextView text={link.benchmark.name} />
                    </span>
                    {link.note && <FinnishText as="p" className="linked-list__note" text={link.note} />}
                    {canEdit && (
                      <Button
                        variant="secondaryNoBorder"
                        onClick={() =>
                          setRemoving({ kind: 'benchmark', id: link.id, name: link.benchmark.shortName })
                        }
                      >
                        {t('cooperation.initiative.removeBenchmark', { name: link.benchmark.shortName })}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {canEdit && <AddLinkForm kind="benchmark" initiativeId={initiativeId} onDone={linked} />}
          </div>
        </div>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('cooperation.initiative.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('cooperation.initiative.confirmRemove')}
        cancelLabel={t('cooperation.initiative.cancel')}
        busy={removeBody.isPending || removeBenchmark.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) {
            removeBody.reset();
            removeBenchmark.reset();
            const write = removing.kind === 'body' ? removeBody : removeBenchmark;
            write.mutate({ id: removing.id }, { onSuccess: removed(removing.name) });
          }
          setRemoving(null);
        }}
      >
        <p>{t('cooperation.initiative.removeText')}</p>
      </ConfirmDialog>
    </section>
  );
}
