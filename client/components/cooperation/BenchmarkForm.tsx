import { useState } from 'react';
import type { BenchmarkData } from '../../../shared/benchmark.ts';
import { BENCHMARK_CYCLES } from '../../../shared/codes.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useCodeOptions } from '../../lib/use-code-options.ts';
import { type FieldErrors, fieldId } from '../form/field-errors.ts';
import { DateField, FormSection, SelectField, TextField } from '../form/fields.tsx';
import { CatalogueForm, LinkRows, NameFields, useSummaryFocus } from './CooperationFields.tsx';
import { type BenchmarkDraft, benchmarkDraftFromData, validateBenchmarkDraft } from './cooperation-draft.ts';

/** Every field of a benchmark, checked with the shared schema before sending. */
export function BenchmarkForm({
  initial,
  submitLabel,
  saving,
  serverErrors,
  onSubmit,
  onCancel,
}: {
  initial: BenchmarkData | null;
  submitLabel: string;
  saving: boolean;
  serverErrors: FieldErrors;
  onSubmit: (data: BenchmarkData) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const options = useCodeOptions();
  const [draft, setDraft] = useState<BenchmarkDraft>(() => benchmarkDraftFromData(initial));
  const [pristine] = useState(() => JSON.stringify(draft));
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const { summary, focus } = useSummaryFocus();
  const errors = clientErrors ?? serverErrors;
  const update = (patch: Partial<BenchmarkDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (clientErrors) setClientErrors(validateBenchmarkDraft(next, t).errors);
  };
  return (
    <CatalogueForm
      id="benchmark-form"
      dirty={JSON.stringify(draft) !== pristine}
      errors={errors}
      summary={summary}
      saving={saving}
      submitLabel={submitLabel}
      onCancel={onCancel}
      onSubmit={() => {
        const { data, errors: found } = validateBenchmarkDraft(draft, t);
        setClientErrors(data ? null : found);
        if (data) onSubmit(data);
        else focus();
      }}
    >
      <FormSection id="benchmark-basics" title={t('cooperation.form.basics')}>
        <div className="form-grid">
          <TextField
            id={fieldId('shortName')}
            label={t('cooperation.field.shortName')}
            value={draft.shortName}
            errors={errors.shortName}
            onChange={(shortName) => update({ shortName })}
          />
          <TextField
            id={fieldId('publisher')}
            label={t('cooperation.field.publisher')}
            value={draft.publisher}
            errors={errors.publisher}
            onChange={(publisher) => update({ publisher })}
          />
          <SelectField
            id={fieldId('cycle')}
            label={t('cooperation.field.cycle')}
            value={draft.cycle}
            options={options(BENCHMARK_CYCLES, 'codes.benchmarkCycle')}
            errors={errors.cycle}
            onChange={(value) => update({ cycle: value as BenchmarkDraft['cycle'] })}
          />
          <DateField
            id={fieldId('nextPublicationOn')}
            label={t('cooperation.field.nextPublicationOn')}
            value={draft.nextPublicationOn}
            optional
            errors={errors.nextPublicationOn}
            onChange={(nextPublicationOn) => update({ nextPublicationOn })}
          />
          <TextField
            id={fieldId('scoreScale')}
            label={t('cooperation.field.scoreScale')}
            hint={t('cooperation.form.scoreScaleHint')}
            value={draft.scoreScale}
            optional
            errors={errors.scoreScale}
            onChange={(scoreScale) => update({ scoreScale })}
          />
        </div>
        <NameFields name={draft.name} errors={errors} onChange={(name) => update({ name })} />
        <LinkRows rows={draft.links} errors={errors} onChange={(links) => update({ links })} />
      </FormSection>
    </CatalogueForm>
  );
}
