import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button, InlineAlert } from 'suomifi-ui-components';
import type { Criterion, CriterionDirection } from '../../../shared/scoring.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { focusNonInteractive } from '../../lib/focus-page-heading.ts';
import { fieldErrors, trpc } from '../../lib/trpc.ts';
import { SelectField, TextField } from '../form/fields.tsx';
import { SaveOrCancel } from '../form/SaveOrCancel.tsx';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import {
  type CriterionDraft,
  criteriaInput,
  criterionDraft,
  draftProblems,
  emptyCriterionDraft,
  LEVEL_NUMBERS,
  type TextDraft,
} from './criteria-draft.ts';

/**
 * The whole list of criteria for coordinators: names and level texts in three languages (the
 * translations folded away), direction, a key for a new one; removing asks first. Saving
 * replaces the list (scoring.saveCriteria).
 */
export function CriteriaForm({
  criteria,
  onSaved,
  onCancel,
}: {
  criteria: readonly Criterion[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [drafts, setDrafts] = useState<CriterionDraft[]>(() => criteria.map(criterionDraft));
  const [removing, setRemoving] = useState<number | null>(null);
  // The place of a criterion just removed: focus goes to the remove button of the one now there.
  const [removedAt, setRemovedAt] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [checked, setChecked] = useState(false);
  const save = useMutation(trpc.scoring.saveCriteria.mutationOptions({ onSuccess: onSaved }));
  const serverErrors = fieldErrors(save.error);
  const update = (index: number, change: Partial<CriterionDraft>) =>
    setDrafts((current) => current.map((d, i) => (i === index ? { ...d, ...change } : d)));
  const updateLevel = (index: number, level: number, change: Partial<TextDraft>) =>
    setDrafts((current) =>
      current.map((d, i) =>
        i === index ? { ...d, levels: d.levels.map((l, j) => (j === level ? { ...l, ...change } : l)) } : d,
      ),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (drafts.length === 0 || drafts.some((_, i) => draftProblems(drafts, i).length > 0)) return;
    save.mutate({ criteria: criteriaInput(drafts) });
  };
  // Opened in place of the button that opened it: focus to the form's heading.
  useEffect(() => focusNonInteractive(document.getElementById('criteria-form-heading')), []);
  useEffect(() => {
    if (removedAt === null) return;
    setRemovedAt(null);
    const next = document.getElementById(`criterion-${Math.min(removedAt, drafts.length - 1)}-remove`);
    // The last criterion cannot be removed (its button is disabled): "add" is next to it.
    (next && !next.matches(':disabled') ? next : addButton.current)?.focus();
  }, [removedAt, drafts.length]);
  const removingDraft = removing === null ? undefined : drafts[removing];
  const nameOf = (draft: CriterionDraft | undefined) =>
    draft?.name.fi.trim() || t('scoring.criteria.unnamed');
  return (
    <form className="screen-panel" onSubmit={submit} aria-labelledby="criteria-form-heading" noValidate>
      <h2 id="criteria-form-heading">{t('scoring.criteria.formHeading')}</h2>
      <p className="muted">{t('scoring.criteria.formIntro')}</p>
      {drafts.map((draft, index) => {
        const problems = checked ? draftProblems(drafts, index) : [];
        const server = (path: string) => serverErrors[`criteria.${index}.${path}`];
        const id = (part: string) => `criterion-${index}-${part}`;
        return (
          <fieldset key={draft.uid} className="form-fieldset criterion-card">
            <legend>
              {t('scoring.criteria.numbered', { number: index + 1 })}: {nameOf(draft)}
            </legend>
            <div className="form-grid">
              <TextField
                id={id('key')}
                label={t('scoring.criteria.key')}
                hint={t('scoring.criteria.keyHint')}
                value={draft.key}
                disabled={!draft.isNew}
                errors={
                  problems.includes('key')
                    ? [t('scoring.criteria.problems.key')]
                    : problems.includes('duplicateKey')
                      ? [t('scoring.criteria.problems.duplicateKey')]
                      : server('key')
                }
                onChange={(key) => update(index, { key })}
              />
              <TextField
                id={id('name-fi')}
                label={t('scoring.criteria.nameFi')}
                value={draft.name.fi}
                errors={problems.includes('name') ? [t('scoring.criteria.problems.name')] : server('name.fi')}
                onChange={(fi) => update(index, { name: { ...draft.name, fi } })}
              />
              <SelectField
                id={id('direction')}
                label={t('scoring.criteria.direction')}
                value={draft.direction}
                options={(['benefit', 'cost'] as const).map((value) => ({
                  value,
                  label: t(`scoring.directionHint.${value}`),
                }))}
                onChange={(value) => update(index, { direction: value as CriterionDirection })}
              />
            </div>
            <fieldset className="form-fieldset">
              <legend>{t('scoring.criteria.levelsLegend')}</legend>
              {problems.includes('level') && (
                <p className="field-error">
                  <span aria-hidden="true">⚠ </span>
                  {t('scoring.criteria.problems.level')}
                </p>
              )}
              {LEVEL_NUMBERS.map((n) => (
                <TextField
                  key={n}
                  id={id(`level-${n}-fi`)}
                  label={t('scoring.criteria.levelFi', { level: n })}
                  value={draft.levels[n - 1]?.fi ?? ''}
                  errors={server(`levels.${n - 1}.fi`)}
                  onChange={(fi) => updateLevel(index, n - 1, { fi })}
                />
              ))}
            </fieldset>
            <details className="criterion-card__translations">
              <summary>{t('scoring.criteria.translations')}</summary>
              <div className="form-grid">
                <TextField
                  id={id('name-sv')}
                  label={t('scoring.criteria.nameSv')}
                  optional
                  value={draft.name.sv}
                  onChange={(sv) => update(index, { name: { ...draft.name, sv } })}
                />
                <TextField
                  id={id('name-en')}
                  label={t('scoring.criteria.nameEn')}
                  optional
                  value={draft.name.en}
                  onChange={(en) => update(index, { name: { ...draft.name, en } })}
                />
                {LEVEL_NUMBERS.flatMap((n) => [
                  <TextField
                    key={`sv-${n}`}
                    id={id(`level-${n}-sv`)}
                    label={t('scoring.criteria.levelSv', { level: n })}
                    optional
                    value={draft.levels[n - 1]?.sv ?? ''}
                    onChange={(sv) => updateLevel(index, n - 1, { sv })}
                  />,
                  <TextField
                    key={`en-${n}`}
                    id={id(`level-${n}-en`)}
                    label={t('scoring.criteria.levelEn', { level: n })}
                    optional
                    value={draft.levels[n - 1]?.en ?? ''}
                    onChange={(en) => updateLevel(index, n - 1, { en })}
                  />,
                ])}
              </div>
            </details>
            <Button
              id={id('remove')}
              variant="secondaryNoBorder"
              disabled={drafts.length <= 1}
              aria-label={t('scoring.criteria.removeNamed', { name: nameOf(draft) })}
              onClick={() => setRemoving(index)}
            >
              {t('scoring.criteria.remove')}
            </Button>
          </fieldset>
        );
      })}
      <Button
        ref={addButton}
        variant="secondary"
        onClick={() => setDrafts([...drafts, emptyCriterionDraft()])}
      >
        {t('scoring.criteria.add')}
      </Button>
      {save.error && (
        <InlineAlert status="error" role="alert">
          {t('scoring.criteria.failed', { message: save.error.message })}
        </InlineAlert>
      )}
      <SaveOrCancel saveLabel={t('scoring.criteria.save')} saving={save.isPending} onCancel={onCancel} />
      <ConfirmDialog
        open={removing !== null}
        title={t('scoring.criteria.removeTitle', { name: nameOf(removingDraft) })}
        confirmLabel={t('scoring.criteria.removeConfirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => {
          setDrafts((current) => current.filter((_, i) => i !== removing));
          setRemovedAt(removing);
          setRemoving(null);
        }}
        onCancel={() => setRemoving(null)}
      >
        <p>{t('scoring.criteria.removeText')}</p>
      </ConfirmDialog>
    </form>
  );
}
