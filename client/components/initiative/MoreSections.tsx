/** The middle parts of the initiative form: health assessments, schedule and finance, contact. */
import { FUNDING_SOURCES, type FundingSource, HEALTH_RATINGS } from '../../../shared/codes.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useCodeOptions } from '../../lib/use-code-options.ts';
import { fieldId } from '../form/field-errors.ts';
import { CheckboxGroupField, DateField, FormSection, SelectField, TextField } from '../form/fields.tsx';
import type { HealthDraft } from './form-draft.ts';
import type { SectionProps } from './form-errors.ts';

function HealthFields({
  which,
  value,
  onChange,
  errors,
  editable,
}: {
  which: 'ministryHealth' | 'digitoimistoHealth';
  value: HealthDraft;
  onChange: (value: HealthDraft) => void;
  errors: SectionProps['errors'];
  editable: boolean;
}) {
  const { t, formatDate } = useI18n();
  const options = useCodeOptions();
  const assessed = value.assessedBy
    ? t('initiative.health.assessed', { by: value.assessedBy, date: formatDate(value.assessedOn) })
    : value.assessedOn
      ? t('initiative.health.assessedOn', { date: formatDate(value.assessedOn) })
      : undefined;
  const hint =
    [assessed, editable ? null : t('initiative.form.coordinatorOnly')].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="form-fieldset">
      <legend>{t(`initiative.field.${which}`)}</legend>
      <div className="form-grid">
        <SelectField
          id={fieldId(`${which}.rating`)}
          label={t(`initiative.form.${which}Rating`)}
          value={value.rating}
          options={options(HEALTH_RATINGS, 'codes.health')}
          disabled={!editable}
          hint={hint}
          errors={errors[`${which}.rating`]}
          onChange={(rating) => onChange({ ...value, rating: rating as HealthDraft['rating'] })}
        />
        <TextField
          id={fieldId(`${which}.reason`)}
          label={t(`initiative.form.${which}Reason`)}
          value={value.reason}
          optional
          disabled={!editable}
          errors={errors[`${which}.reason`]}
          onChange={(reason) => onChange({ ...value, reason })}
        />
      </div>
    </fieldset>
  );
}

export function HealthSection({
  draft,
  update,
  errors,
  coordinator,
}: SectionProps & { coordinator: boolean }) {
  const { t } = useI18n();
  return (
    <FormSection id="section-health" title={t('initiative.form.health')}>
      <HealthFields
        which="ministryHealth"
        value={draft.ministryHealth}
        errors={errors}
        editable
        onChange={(ministryHealth) => update({ ministryHealth })}
      />
      <HealthFields
        which="digitoimistoHealth"
        value={draft.digitoimistoHealth}
        errors={errors}
        editable={coordinator}
        onChange={(digitoimistoHealth) => update({ digitoimistoHealth })}
      />
    </FormSection>
  );
}

export function ScheduleSection({ draft, update, errors }: SectionProps) {
  const { t } = useI18n();
  const options = useCodeOptions();
  return (
    <FormSection id="section-schedule" title={t('initiative.form.schedule')}>
      <div className="form-grid">
        <DateField
          id={fieldId('startDate')}
          label={t('initiative.field.startDate')}
          value={draft.startDate}
          optional
          errors={errors.startDate}
          onChange={(startDate) => update({ startDate })}
        />
        <DateField
          id={fieldId('endDate')}
          label={t('initiative.field.endDate')}
          value={draft.endDate}
          optional
          errors={errors.endDate}
          onChange={(endDate) => update({ endDate })}
        />
        <TextField
          id={fieldId('budget')}
          label={t('initiative.form.budget')}
          hint={t('initiative.form.budgetHint')}
          value={draft.budget}
          optional
          errors={errors.budget}
          onChange={(budget) => update({ budget })}
        />
      </div>
      <CheckboxGroupField<FundingSource>
        id={fieldId('fundingSources')}
        label={t('initiative.field.fundingSources')}
        options={options(FUNDING_SOURCES, 'codes.funding')}
        selected={draft.fundingSources}
        errors={errors.fundingSources}
        onChange={(fundingSources) => update({ fundingSources })}
      />
    </FormSection>
  );
}

export function ContactFields({ draft, update, errors }: SectionProps) {
  const { t } = useI18n();
  return (
    <div className="form-grid">
      <TextField
        id={fieldId('contact.name')}
        label={t('initiative.form.contactName')}
        value={draft.contactName}
        optional
        errors={errors['contact.name']}
        onChange={(contactName) => update({ contactName })}
      />
      <TextField
        id={fieldId('contact.email')}
        label={t('initiative.form.contactEmail')}
        type="email"
        value={draft.contactEmail}
        optional
        errors={errors['contact.email']}
        onChange={(contactEmail) => update({ contactEmail })}
      />
    </div>
  );
}
