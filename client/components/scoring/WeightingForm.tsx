import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Checkbox, InlineAlert } from 'suomifi-ui-components';
import { pickLocalized } from '../../../shared/localized-text.ts';
import { MINISTRY_CODES } from '../../../shared/ministry.ts';
import { type Criterion, MAX_WEIGHT } from '../../../shared/scoring.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorCode, fieldErrors, trpc } from '../../lib/trpc.ts';
import { useMinistryName } from '../../lib/use-ministry-names.ts';
import { FieldErrorText, SelectField, TextField } from '../form/fields.tsx';
import { SaveOrCancel } from '../form/SaveOrCancel.tsx';
import { LocalizedTextView } from '../LocalizedTextView.tsx';
import type { SavedWeighting } from './WeightingTable.tsx';
import { parseWeight } from './weight-input.ts';

/**
 * A weighting's name (fi/sv/en), ministry and one weight per criterion, for a new weighting
 * (starting from the default's weights) or an existing one (checked against its version).
 */
export function WeightingForm({
  weighting,
  criteria,
  startWeights,
  onSaved,
  onConflict,
  onCancel,
}: {
  /** The weighting to change; none for a new one. */
  weighting: SavedWeighting | null;
  criteria: readonly Criterion[];
  /** A new weighting's starting weights (the default's). */
  startWeights: Readonly<Record<string, number>>;
  onSaved: (saved: SavedWeighting) => void;
  onConflict: () => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const ministryName = useMinistryName();
  const [name, setName] = useState({
    fi: weighting?.name.fi ?? '',
    sv: weighting && weighting.name.sv !== weighting.name.fi ? weighting.name.sv : '',
    en: weighting && weighting.name.en !== weighting.name.fi ? weighting.name.en : '',
  });
  const [ministry, setMinistry] = useState(weighting?.ministry ?? '');
  const [weights, setWeights] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      criteria.map((c) => [c.key, String((weighting ? weighting.weights : startWeights)[c.key] ?? 0)]),
    ),
  );
  const [isDefault, setIsDefault] = useState(weighting?.isDefault ?? false);
  const [checked, setChecked] = useState(false);
  const save = useMutation(
    trpc.scoring.saveWeighting.mutationOptions({
      onSuccess: onSaved,
      onError: (error) => {
        if (errorCode(error) === 'CONFLICT') onConflict();
      },
    }),
  );
  const parsed = Object.fromEntries(criteria.map((c) => [c.key, parseWeight(weights[c.key] ?? '')]));
  const total = Object.values(parsed).reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const serverErrors = fieldErrors(save.error);
  const weightError = t('scoring.weightings.weightInvalid', { max: MAX_WEIGHT });
  const nameMissing = name.fi.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (nameMissing || Object.values(parsed).some((v) => v === null)) return;
    save.mutate({
      id: weighting?.id,
      version: weighting?.version,
      name: { fi: name.fi.trim(), sv: name.sv.trim() || null, en: name.en.trim() || null },
      ministry: (ministry || null) as (typeof MINISTRY_CODES)[number] | null,
      weights: parsed as Record<string, number>,
      isDefault: weighting?.isDefault ? undefined : isDefault,
    });
  };
  const title = weighting
    ? t('scoring.weightings.formEdit', { name: pickLocalized(weighting.name, language).text })
    : t('scoring.weightings.formNew');
  return (
    <form className="screen-panel" onSubmit={submit} aria-labelledby="weighting-form-heading" noValidate>
      <h2 id="weighting-form-heading">{title}</h2>
      {!weighting && <p className="muted">{t('scoring.weightings.newFromDefault')}</p>}
      <div className="form-grid">
        <TextField
          id="weighting-name-fi"
          label={t('scoring.weightings.nameFi')}
          value={name.fi}
          errors={checked && nameMissing ? [t('scoring.weightings.nameRequired')] : serverErrors['name.fi']}
          onChange={(fi) => setName({ ...name, fi })}
        />
        <TextField
          id="weighting-name-sv"
          label={t('scoring.weightings.nameSv')}
          optional
          value={name.sv}
          errors={serverErrors['name.sv']}
          onChange={(sv) => setName({ ...name, sv })}
        />
        <TextField
          id="weighting-name-en"
          label={t('scoring.weightings.nameEn')}
          optional
          value={name.en}
          errors={serverErrors['name.en']}
          onChange={(en) => setName({ ...name, en })}
        />
        <SelectField
          id="weighting-ministry"
          label={t('scoring.weightings.ministry')}
          optional
          value={ministry}
          placeholder={t('scoring.weightings.ministryNone')}
          options={MINISTRY_CODES.map((code) => ({ value: code, label: ministryName(code) }))}
          onChange={setMinistry}
        />
      </div>
      <fieldset className="form-fieldset">
        <legend>{t('scoring.weightings.weights')}</legend>
        <p className="field__hint" id="weights-hint">
          {t('scoring.weightings.weightsHint')}
        </p>
        <div className="weight-inputs">
          {criteria.map((criterion) => {
            const id = `weight-${criterion.key}`;
            const invalid =
              (checked && parsed[criterion.key] === null) || !!serverErrors[`weights.${criterion.key}`];
            return (
              <div key={criterion.key} className="field">
                <label htmlFor={id} className="field__label">
                  <LocalizedTextView text={criterion.name} />
                </label>
                <input
                  id={id}
                  className="weight-input"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={MAX_WEIGHT}
                  step={1}
                  value={weights[criterion.key] ?? ''}
                  aria-invalid={invalid || undefined}
                  aria-describedby={invalid ? `${id}-error` : 'weights-hint'}
                  onChange={(event) => setWeights({ ...weights, [criterion.key]: event.target.value })}
                />
                <FieldErrorText id={id} errors={invalid ? [weightError] : undefined} />
              </div>
            );
          })}
        </div>
        <p aria-live="polite">{t('scoring.weightings.weightTotal', { total })}</p>
      </fieldset>
      <Checkbox
        id="weighting-default"
        checked={isDefault}
        disabled={weighting?.isDefault ?? false}
        onClick={({ checkboxState }) => setIsDefault(checkboxState)}
      >
        {t('scoring.weightings.isDefault')}
      </Checkbox>
      {save.error && errorCode(save.error) !== 'CONFLICT' && (
        <InlineAlert status="error" role="alert">
          {t('scoring.weightings.failed', { message: save.error.message })}
        </InlineAlert>
      )}
      <SaveOrCancel saveLabel={t('scoring.weightings.save')} saving={save.isPending} onCancel={onCancel} />
    </form>
  );
}
