/** The first parts of the initiative form: texts, register codes, classification and ministries. */

import {
  INITIATIVE_KINDS,
  PREPARATION_STAGES,
  STATUSES,
  THEMES,
  type Theme,
  TRACKS,
} from '../../../shared/codes.ts';
import { pickLocalized } from '../../../shared/localized-text.ts';
import type { Ministry, MinistryCode } from '../../../shared/ministry.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useCodeOptions } from '../../lib/use-code-options.ts';
import { fieldId } from '../form/field-errors.ts';
import { CheckboxGroupField, FormSection, SelectField, TextField } from '../form/fields.tsx';
import { LocalizedTextFields } from '../form/LocalizedTextFields.tsx';
import type { SectionProps } from './form-errors.ts';

const TEXT_LABEL = {
  title: { fi: 'initiative.form.titleFi', sv: 'initiative.form.titleSv', en: 'initiative.form.titleEn' },
  summary: {
    fi: 'initiative.form.summaryFi',
    sv: 'initiative.form.summarySv',
    en: 'initiative.form.summaryEn',
  },
} as const;
const TEXT_LEGEND = { title: 'initiative.form.titleGroup', summary: 'initiative.form.summaryGroup' } as const;

export function TextsSection({ draft, update, errors }: SectionProps) {
  const { t } = useI18n();
  const group = (field: 'title' | 'summary') => (
    <LocalizedTextFields
      id={`${fieldId(field)}-languages`}
      legend={t(TEXT_LEGEND[field])}
      labels={{ fi: t(TEXT_LABEL[field].fi), sv: t(TEXT_LABEL[field].sv), en: t(TEXT_LABEL[field].en) }}
      values={draft[field]}
      errors={{ fi: errors[`${field}.fi`], sv: errors[`${field}.sv`], en: errors[`${field}.en`] }}
      inputId={(language) => fieldId(`${field}.${language}`)}
      multiline={field === 'summary'}
      onChange={(language, value) => update({ [field]: { ...draft[field], [language]: value } })}
    />
  );
  return (
    <FormSection id="section-texts" title={t('initiative.form.texts')}>
      {group('title')}
      {group('summary')}
    </FormSection>
  );
}

export function CodesSection({ draft, update, errors }: SectionProps) {
  const { t } = useI18n();
  return (
    <FormSection id="section-codes" title={t('initiative.form.codes')}>
      <TextField
        id={fieldId('projectNumber')}
        label={t('initiative.form.projectNumber')}
        hint={t('initiative.form.projectNumberHint')}
        value={draft.projectNumber}
        optional
        errors={errors.projectNumber}
        onChange={(projectNumber) => update({ projectNumber })}
      />
      <TextField
        id={fieldId('caseNumbers')}
        label={t('initiative.form.caseNumbers')}
        hint={t('initiative.form.caseNumbersHint')}
        value={draft.caseNumbers}
        optional
        errors={errors.caseNumbers}
        onChange={(caseNumbers) => update({ caseNumbers })}
      />
    </FormSection>
  );
}

export function ClassificationSection({ draft, update, errors }: SectionProps) {
  const { t } = useI18n();
  const options = useCodeOptions();
  return (
    <FormSection id="section-classification" title={t('initiative.form.classification')}>
      <div className="form-grid">
        <SelectField
          id={fieldId('kind')}
          label={t('initiative.field.kind')}
          value={draft.kind}
          options={options(INITIATIVE_KINDS, 'codes.kind')}
          errors={errors.kind}
          onChange={(kind) => update({ kind: kind as typeof draft.kind })}
        />
        <SelectField
          id={fieldId('track')}
          label={t('initiative.field.track')}
          value={draft.track}
          options={options(TRACKS, 'codes.track')}
          errors={errors.track}
          onChange={(track) => update({ track: track as typeof draft.track })}
        />
        <SelectField
          id={fieldId('status')}
          label={t('initiative.field.status')}
          value={draft.status}
          options={options(STATUSES, 'codes.status')}
          errors={errors.status}
          onChange={(status) => update({ status: status as typeof draft.status })}
        />
        {draft.kind === 'law_drafting' && (
          <SelectField
            id={fieldId('preparationStage')}
            label={t('initiative.field.preparationStage')}
            value={draft.preparationStage}
            placeholder={t('initiative.form.noStage')}
            options={options(PREPARATION_STAGES, 'codes.stage')}
            optional
            errors={errors.preparationStage}
            onChange={(stage) => update({ preparationStage: stage as typeof draft.preparationStage })}
          />
        )}
      </div>
      <CheckboxGroupField<Theme>
        id={fieldId('themes')}
        label={t('initiative.field.themes')}
        options={options(THEMES, 'codes.theme')}
        selected={draft.themes}
        errors={errors.themes}
        onChange={(themes) => update({ themes })}
      />
    </FormSection>
  );
}

export function MinistriesSection({
  draft,
  update,
  errors,
  ministries,
  editorMinistry,
}: SectionProps & { ministries: readonly Ministry[]; editorMinistry: MinistryCode | null }) {
  const { t, language } = useI18n();
  const options = ministries.map((m) => ({
    value: m.code,
    label: `${m.code} – ${pickLocalized(m.name, language).text}`,
  }));
  return (
    <FormSection id="section-ministries" title={t('initiative.form.ministries')}>
      <SelectField
        id={fieldId('leadMinistry')}
        label={t('initiative.field.leadMinistry')}
        value={draft.leadMinistry}
        options={editorMinistry ? options.filter((o) => o.value === editorMinistry) : options}
        disabled={editorMinistry !== null}
        hint={editorMinistry ? t('initiative.form.leadEditorHint', { ministry: editorMinistry }) : undefined}
        errors={errors.leadMinistry}
        onChange={(lead) => {
          const leadMinistry = lead as MinistryCode;
          // The lead cannot also participate: drop it from the participants.
          update({
            leadMinistry,
            participatingMinistries: draft.participatingMinistries.filter((m) => m !== leadMinistry),
          });
        }}
      />
      <CheckboxGroupField<MinistryCode>
        id={fieldId('participatingMinistries')}
        label={t('initiative.field.participatingMinistries')}
        options={options}
        selected={draft.participatingMinistries}
        disabledValues={
          draft.participatingMinistries.includes(draft.leadMinistry) ? [] : [draft.leadMinistry]
        }
        errors={errors.participatingMinistries}
        onChange={(participatingMinistries) => update({ participatingMinistries })}
      />
    </FormSection>
  );
}
