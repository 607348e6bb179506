import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  BODY_ORGANISATIONS,
  MEETING_RHYTHMS,
  REPRESENTATIVE_ROLES,
  type RepresentativeRole,
} from '../../../shared/codes.ts';
import type { BodyData } from '../../../shared/cooperation-body.ts';
import { MINISTRIES } from '../../../shared/ministry.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { trpc } from '../../lib/trpc.ts';
import { useCodeOptions } from '../../lib/use-code-options.ts';
import { useMinistryName } from '../../lib/use-ministry-names.ts';
import { type FieldErrors, fieldId } from '../form/field-errors.ts';
import { DateField, FormSection, SelectField, TextField } from '../form/fields.tsx';
import { RowList } from '../form/RowList.tsx';
import { CatalogueForm, LinkRows, NameFields, useSummaryFocus } from './CooperationFields.tsx';
import {
  type BodyDraft,
  bodyDraftFromData,
  newRepresentativeRow,
  type RepresentativeRow,
  validateBodyDraft,
} from './cooperation-draft.ts';

/**
 * Every field of a cooperation body, checked with the shared schema before sending. The parent
 * sends the data and hands back the server's field errors.
 */
export function BodyForm({
  initial,
  submitLabel,
  saving,
  serverErrors,
  onSubmit,
  onCancel,
}: {
  initial: BodyData | null;
  submitLabel: string;
  saving: boolean;
  serverErrors: FieldErrors;
  onSubmit: (data: BodyData) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const options = useCodeOptions();
  const ministryName = useMinistryName();
  const acts = useQuery(trpc.euAct.list.queryOptions());
  const [draft, setDraft] = useState<BodyDraft>(() => bodyDraftFromData(initial));
  const [pristine] = useState(() => JSON.stringify(draft));
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const { summary, focus } = useSummaryFocus();
  const errors = clientErrors ?? serverErrors;
  const update = (patch: Partial<BodyDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (clientErrors) setClientErrors(validateBodyDraft(next, t).errors);
  };
  return (
    <CatalogueForm
      id="body-form"
      dirty={JSON.stringify(draft) !== pristine}
      errors={errors}
      summary={summary}
      saving={saving}
      submitLabel={submitLabel}
      onCancel={onCancel}
      onSubmit={() => {
        const { data, errors: found } = validateBodyDraft(draft, t);
        setClientErrors(data ? null : found);
        if (data) onSubmit(data);
        else focus();
      }}
    >
      <FormSection id="body-basics" title={t('cooperation.form.basics')}>
        <div className="form-grid">
          <TextField
            id={fieldId('shortName')}
            label={t('cooperation.field.shortName')}
            value={draft.shortName}
            errors={errors.shortName}
            onChange={(shortName) => update({ shortName })}
          />
          <SelectField
            id={fieldId('organisation')}
            label={t('cooperation.field.organisation')}
            value={draft.organisation}
            options={options(BODY_ORGANISATIONS, 'codes.bodyOrganisation')}
            errors={errors.organisation}
            onChange={(value) => update({ organisation: value as BodyDraft['organisation'] })}
          />
          <SelectField
            id={fieldId('ministry')}
            label={t('cooperation.field.ministry')}
            value={draft.ministry}
            options={MINISTRIES.map((m) => ({ value: m.code, label: ministryName(m.code) }))}
            errors={errors.ministry}
            onChange={(value) => update({ ministry: value as BodyDraft['ministry'] })}
          />
          <TextField
            id={fieldId('agency')}
            label={t('cooperation.field.agency')}
            value={draft.agency}
            optional
            errors={errors.agency}
            onChange={(agency) => update({ agency })}
          />
          <SelectField
            id={fieldId('euActId')}
            label={t('cooperation.field.euActId')}
            value={draft.euActId}
            placeholder={t('cooperation.form.noEuAct')}
            options={(acts.data ?? []).map((act) => ({ value: act.id, label: act.shortName }))}
            optional
            errors={errors.euActId}
            onChange={(euActId) => update({ euActId })}
          />
        </div>
        <NameFields name={draft.name} errors={errors} onChange={(name) => update({ name })} />
        <LinkRows rows={draft.links} errors={errors} onChange={(links) => update({ links })} />
      </FormSection>
      <FormSection id="body-people" title={t('cooperation.form.people')}>
        <div className="form-grid">
          <TextField
            id={fieldId('contactName')}
            label={t('cooperation.field.contactName')}
            value={draft.contactName}
            optional
            errors={errors.contactName}
            onChange={(contactName) => update({ contactName })}
          />
          <TextField
            id={fieldId('contactEmail')}
            label={t('cooperation.field.contactEmail')}
            type="email"
            value={draft.contactEmail}
            optional
            errors={errors.contactEmail}
            onChange={(contactEmail) => update({ contactEmail })}
          />
        </div>
        <h3 id={fieldId('representatives')} tabIndex={-1} className="form-subheading">
          {t('cooperation.field.representatives')}
        </h3>
        <RowList<RepresentativeRow>
          name="representatives"
          rows={draft.representatives}
          onChange={(representatives) => update({ representatives })}
          newRow={newRepresentativeRow}
          firstInput="name"
          addLabel={t('cooperation.form.addRepresentative')}
          removeLabel={(n) => t('cooperation.form.removeRepresentative', { n })}
          errors={errors.representatives}
        >
          {(row, index, set) => (
            <>
              <TextField
                id={fieldId(`representatives.${index}.name`)}
                label={t('cooperation.form.representativeName', { n: index + 1 })}
                value={row.name}
                errors={errors[`representatives.${index}.name`]}
                onChange={(name) => set({ name })}
              />
              <TextField
                id={fieldId(`representatives.${index}.organisation`)}
                label={t('cooperation.form.representativeOrganisation', { n: index + 1 })}
                value={row.organisation}
                optional
                errors={errors[`representatives.${index}.organisation`]}
                onChange={(organisation) => set({ organisation })}
              />
              <SelectField
                id={fieldId(`representatives.${index}.role`)}
                label={t('cooperation.form.representativeRole', { n: index + 1 })}
                value={row.role}
                options={options(REPRESENTATIVE_ROLES, 'codes.representativeRole')}
                errors={errors[`representatives.${index}.role`]}
                onChange={(role) => set({ role: role as RepresentativeRole })}
              />
            </>
          )}
        </RowList>
      </FormSection>
      <FormSection id="body-meetings" title={t('cooperation.form.meetings')}>
        <div className="form-grid">
          <DateField
            id={fieldId('mandateStart')}
            label={t('cooperation.field.mandateStart')}
            value={draft.mandateStart}
            optional
            errors={errors.mandateStart}
            onChange={(mandateStart) => update({ mandateStart })}
          />
          <DateField
            id={fieldId('mandateEnd')}
            label={t('cooperation.field.mandateEnd')}
            value={draft.mandateEnd}
            optional
            errors={errors.mandateEnd}
            onChange={(mandateEnd) => update({ mandateEnd })}
          />
          <SelectField
            id={fieldId('meetingRhythm')}
            label={t('cooperation.field.meetingRhythm')}
            value={draft.meetingRhythm}
            placeholder={t('cooperation.form.noRhythm')}
            options={options(MEETING_RHYTHMS, 'codes.meetingRhythm')}
            optional
            errors={errors.meetingRhythm}
            onChange={(value) => update({ meetingRhythm: value as BodyDraft['meetingRhythm'] })}
          />
          <DateField
            id={fieldId('nextMeetingOn')}
            label={t('cooperation.field.nextMeetingOn')}
            value={draft.nextMeetingOn}
            optional
            errors={errors.nextMeetingOn}
            onChange={(nextMeetingOn) => update({ nextMeetingOn })}
          />
        </div>
      </FormSection>
    </CatalogueForm>
  );
}
