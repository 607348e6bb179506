import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Heading, InlineAlert } from 'suomifi-ui-components';
import {
  type BenchmarkResult,
  type BenchmarkResultInput,
  benchmarkResultInputSchema,
} from '../../../shared/benchmark.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { focusNonInteractive } from '../../lib/focus-page-heading.ts';
import { trpc } from '../../lib/trpc.ts';
import { type FieldErrors, fieldId } from '../form/field-errors.ts';
import { DateField, TextField } from '../form/fields.tsx';
import { FinnishText } from '../LocalizedTextView.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { parseDecimal, validateWith } from './cooperation-draft.ts';
import { formErrors } from './form-errors.ts';
import { formatRank, formatScore } from './format.ts';

interface ResultDraft {
  edition: string;
  publishedOn: string;
  score: string;
  rank: string;
  rankOf: string;
  note: string;
}

const EMPTY: ResultDraft = { edition: '', publishedOn: '', score: '', rank: '', rankOf: '', note: '' };
const orNull = (value: string) => (value.trim() === '' ? null : value);

const draftOf = (result: BenchmarkResult): ResultDraft => ({
  edition: result.edition,
  publishedOn: result.publishedOn ?? '',
  score: result.score === null ? '' : String(result.score),
  rank: result.rank === null ? '' : String(result.rank),
  rankOf: result.rankOf === null ? '' : String(result.rankOf),
  note: result.note ?? '',
});

const toInput = (draft: ResultDraft): BenchmarkResultInput => ({
  edition: draft.edition,
  publishedOn: orNull(draft.publishedOn),
  score: parseDecimal(draft.score),
  rank: parseDecimal(draft.rank),
  rankOf: parseDecimal(draft.rankOf),
  note: orNull(draft.note),
});

const NUMBER_FIELDS = ['score', 'rank', 'rankOf'] as const;

/** Adds Finland's result for an edition, or corrects one (the same edition replaces the earlier result). */
function ResultForm({
  benchmarkId,
  initial,
  onDone,
  onCancel,
}: {
  benchmarkId: string;
  initial: ResultDraft;
  onDone: (edition: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const save = useMutation(
    trpc.cooperation.benchmark.setResult.mutationOptions({
      onSuccess: (result) => {
        void queryClient.invalidateQueries(trpc.cooperation.pathFilter());
        onDone(result.edition);
      },
    }),
  );
  const validate = (next: ResultDraft) =>
    validateWith(benchmarkResultInputSchema, toInput(next), t, (issue) => {
      const leaf = String(issue.path.at(-1) ?? '');
      // A figure that is no number: say so in the form's words, not zod's "received NaN".
      if (issue.code === 'invalid_type' && (NUMBER_FIELDS as readonly string[]).includes(leaf))
        return t('cooperation.form.wholeNumber');
      return null;
    });
  const errors = clientErrors ?? formErrors(save.error, t);
  const update = (patch: Partial<ResultDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (clientErrors) setClientErrors(validate(next).errors);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { data, errors: found } = validate(draft);
    setClientErrors(data ? null : found);
    if (data) save.mutate({ benchmarkId, result: data });
  };
  const text = (name: keyof ResultDraft, optional: boolean, hint?: string) => (
    <TextField
      id={fieldId(`result.${name}`)}
      label={t(`cooperation.field.${name}`)}
      hint={hint}
      value={draft[name]}
      optional={optional}
      errors={errors[name]}
      onChange={(value) => update({ [name]: value })}
    />
  );
  return (
    <form className="screen-panel" noValidate onSubmit={submit} aria-labelledby="result-form-heading">
      <Heading variant="h3" id="result-form-heading">
        {t('cooperation.benchmark.addResult')}
      </Heading>
      {errors.form && (
        <InlineAlert status="error" role="alert">
          {errors.form.join(' ')}
        </InlineAlert>
      )}
      <div className="form-grid">
        {text('edition', false, t('cooperation.benchmark.editionHint'))}
        <DateField
          id={fieldId('result.publishedOn')}
          label={t('cooperation.field.publishedOn')}
          value={draft.publishedOn}
          optional
          errors={errors.publishedOn}
          onChange={(publishedOn) => update({ publishedOn })}
        />
        {text('score', true)}
        {text('rank', true)}
        {text('rankOf', true)}
        {text('note', true)}
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t('cooperation.form.saving') : t('cooperation.benchmark.saveResult')}
        </Button>
        <Button variant="secondaryNoBorder" onClick={onCancel}>
          {t('cooperation.form.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Finland's results, oldest first; coordinators add, correct and remove them. */
export function BenchmarkResults({
  benchmarkId,
  results,
  scale,
  canEdit,
}: {
  benchmarkId: string;
  results: readonly BenchmarkResult[];
  scale: string | null;
  canEdit: boolean;
}) {
  const { t, language, formatDate } = useI18n();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<ResultDraft | null>(null);
  const [removing, setRemoving] = useState<BenchmarkResult | null>(null);
  const [news, setNews] = useState('');
  const remove = useMutation(
    trpc.cooperation.benchmark.removeResult.mutationOptions({
      onSuccess: ({ removed }) => {
        void queryClient.invalidateQueries(trpc.cooperation.pathFilter());
        setNews(t('cooperation.benchmark.resultRemoved', { edition: removed }));
        // Its remove button goes with the row: focus to the section, whose status says what happened.
        focusNonInteractive(document.getElementById('benchmark-results-heading'));
      },
    }),
  );
  return (
    <section className="screen-section" aria-labelledby="benchmark-results-heading">
      <div className="page-title">
        <Heading variant="h2" id="benchmark-results-heading">
          {t('cooperation.benchmark.resultsTitle')}
        </Heading>
        {canEdit && !editing && (
          <Button
            variant="secondary"
            onClick={() => {
              setNews('');
              setEditing(EMPTY);
            }}
          >
            {t('cooperation.benchmark.addResult')}
          </Button>
        )}
      </div>
      <p role="status">{news}</p>
      {remove.error && (
        <InlineAlert status="error" role="alert">
          {t('cooperation.form.failed', { message: remove.error.message })}
        </InlineAlert>
      )}
      {editing && (
        <ResultForm
          // A new key per result corrected: the form starts from that result.
          key={editing.edition || 'new'}
          benchmarkId={benchmarkId}
          initial={editing}
          onCancel={() => setEditing(null)}
          onDone={(edition) => {
            setEditing(null);
            setNews(t('cooperation.benchmark.resultSaved', { edition }));
          }}
        />
      )}
      {results.length === 0 ? (
        <p className="muted">{t('cooperation.benchmark.noResults')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('cooperation.benchmark.resultsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cooperation.field.edition')}</th>
                <th scope="col">{t('cooperation.field.publishedOn')}</th>
                <th scope="col">{t('cooperation.field.score')}</th>
                <th scope="col">{t('cooperation.field.rank')}</th>
                <th scope="col">{t('cooperation.field.note')}</th>
                {canEdit && <th scope="col">{t('cooperation.benchmark.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {[...results].reverse().map((result) => (
                <tr key={result.id}>
                  <th scope="row">{result.edition}</th>
                  <td data-label={t('cooperation.field.publishedOn')}>
                    {result.publishedOn ? formatDate(result.publishedOn) : '–'}
                  </td>
                  <td data-label={t('cooperation.field.score')}>
                    {result.score === null
                      ? '–'
                      : `${formatScore(result.score, language)}${scale ? ` (${scale})` : ''}`}
                  </td>
                  <td data-label={t('cooperation.field.rank')}>{formatRank(result, t) ?? '–'}</td>
                  <td data-label={t('cooperation.field.note')}>
                    {result.note ? <FinnishText text={result.note} /> : '–'}
                  </td>
                  {canEdit && (
                    <td data-label={t('cooperation.benchmark.actions')}>
                      <div className="cooperation__row-actions">
                        <Button
                          variant="secondaryNoBorder"
                          onClick={() => {
                            setNews('');
                            setEditing(draftOf(result));
                          }}
                        >
                          {t('cooperation.benchmark.correct', { edition: result.edition })}
                        </Button>
                        <Button variant="secondaryNoBorder" onClick={() => setRemoving(result)}>
                          {t('cooperation.benchmark.removeResult', { edition: result.edition })}
                        </Button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('cooperation.benchmark.removeResultTitle', { edition: removing?.edition ?? '' })}
        confirmLabel={t('cooperation.page.deleteConfirm')}
        cancelLabel={t('cooperation.page.cancel')}
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) remove.mutate({ benchmarkId, resultId: removing.id });
          setRemoving(null);
        }}
      >
        <p>{t('cooperation.benchmark.removeResultText')}</p>
      </ConfirmDialog>
    </section>
  );
}
