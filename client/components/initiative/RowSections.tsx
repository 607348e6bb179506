/** The repeating parts of the initiative form: links, milestones and EU impacts, as rows to add and remove. */

import { EU_RELATIONS } from '../../../shared/codes.ts';
import type { EuAct } from '../../../shared/eu-act.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useCodeOptions } from '../../lib/use-code-options.ts';
import { fieldId } from '../form/field-errors.ts';
import { DateField, FormSection, SelectField, TextField } from '../form/fields.tsx';
import { newRowKey, RowList } from '../form/RowList.tsx';
import type { ImpactRow, LinkRow, MilestoneRow } from './form-draft.ts';
import type { SectionProps } from './form-errors.ts';
import { ContactFields } from './MoreSections.tsx';

export function ContactLinksSection(props: SectionProps) {
  const { draft, update, errors } = props;
  const { t } = useI18n();
  return (
    <FormSection id="section-contact" title={t('initiative.form.contactAndLinks')}>
      <ContactFields {...props} />
      <h3 id={fieldId('links')} tabIndex={-1} className="form-subheading">
        {t('initiative.field.links')}
      </h3>
      <RowList<LinkRow>
        name="links"
        rows={draft.links}
        onChange={(links) => update({ links })}
        newRow={() => ({ key: newRowKey(), label: '', url: 'https://' })}
        firstInput="label"
        addLabel={t('initiative.form.addLink')}
        removeLabel={(n) => t('initiative.form.removeLink', { n })}
        errors={errors.links}
      >
        {(row, index, set) => (
          <>
            <TextField
              id={fieldId(`links.${index}.label`)}
              label={t('initiative.form.linkLabel', { n: index + 1 })}
              value={row.label}
              errors={errors[`links.${index}.label`]}
              onChange={(label) => set({ label })}
            />
            <TextField
              id={fieldId(`links.${index}.url`)}
              label={t('initiative.form.linkUrl', { n: index + 1 })}
              type="url"
              value={row.url}
              errors={errors[`links.${index}.url`]}
              onChange={(url) => set({ url })}
            />
          </>
        )}
      </RowList>
    </FormSection>
  );
}

export function MilestonesSection({ draft, update, errors }: SectionProps) {
  const { t } = useI18n();
  return (
    <FormSection id={fieldId('milestones')} title={t('initiative.field.milestones')}>
      <RowList<MilestoneRow>
        name="milestones"
        rows={draft.milestones}
        onChange={(milestones) => update({ milestones })}
        newRow={() => ({ key: newRowKey(), title: '', dueDate: '', doneAt: '' })}
        firstInput="title"
        addLabel={t('initiative.form.addMilestone')}
        removeLabel={(n) => t('initiative.form.removeMilestone', { n })}
        errors={errors.milestones}
      >
        {(row, index, set) => (
          <>
            <TextField
              id={fieldId(`milestones.${index}.title`)}
              label={t('initiative.form.milestoneTitle', { n: index + 1 })}
              value={row.title}
              errors={errors[`milestones.${index}.title`]}
              onChange={(title) => set({ title })}
            />
            <DateField
              id={fieldId(`milestones.${index}.dueDate`)}
              label={t('initiative.form.milestoneDue', { n: index + 1 })}
              value={row.dueDate}
              errors={errors[`milestones.${index}.dueDate`]}
              onChange={(dueDate) => set({ dueDate })}
            />
            <DateField
              id={fieldId(`milestones.${index}.doneAt`)}
              label={t('initiative.form.milestoneDone', { n: index + 1 })}
              value={row.doneAt}
              optional
              errors={errors[`milestones.${index}.doneAt`]}
              onChange={(doneAt) => set({ doneAt })}
            />
          </>
        )}
      </RowList>
    </FormSection>
  );
}

export function EuImpactsSection({ draft, update, errors, acts }: SectionProps & { acts: readonly EuAct[] }) {
  const { t } = useI18n();
  const options = useCodeOptions();
  const actOptions = acts.map((act) => ({ value: act.id, label: act.shortName }));
  return (
    <FormSection id={fieldId('euImpacts')} title={t('initiative.field.euImpacts')}>
      <RowList<ImpactRow>
        name="euImpacts"
        rows={draft.euImpacts}
        onChange={(euImpacts) => update({ euImpacts })}
        newRow={() => ({ key: newRowKey(), euActId: '', relation: 'implements', deadline: '', note: '' })}
        firstInput="euActId"
        addLabel={t('initiative.form.addImpact')}
        removeLabel={(n) => t('initiative.form.removeImpact', { n })}
        errors={errors.euImpacts}
      >
        {(row, index, set) => (
          <>
            <SelectField
              id={fieldId(`euImpacts.${index}.euActId`)}
              label={t('initiative.form.impactAct', { n: index + 1 })}
              value={row.euActId}
              placeholder={t('initiative.form.chooseAct')}
              options={actOptions}
              errors={errors[`euImpacts.${index}.euActId`]}
              onChange={(euActId) => set({ euActId })}
            />
            <SelectField
              id={fieldId(`euImpacts.${index}.relation`)}
              label={t('initiative.form.impactRelation', { n: index + 1 })}
              value={row.relation}
              options={options(EU_RELATIONS, 'codes.relation')}
              errors={errors[`euImpacts.${index}.relation`]}
              onChange={(relation) => set({ relation: relation as ImpactRow['relation'] })}
            />
            <DateField
              id={fieldId(`euImpacts.${index}.deadline`)}
              label={t('initiative.form.impactDeadline', { n: index + 1 })}
              value={row.deadline}
              optional
              errors={errors[`euImpacts.${index}.deadline`]}
              onChange={(deadline) => set({ deadline })}
            />
            <TextField
              id={fieldId(`euImpacts.${index}.note`)}
              label={t('initiative.form.impactNote', { n: index + 1 })}
              value={row.note}
              optional
              errors={errors[`euImpacts.${index}.note`]}
              onChange={(note) => set({ note })}
            />
          </>
        )}
      </RowList>
    </FormSection>
  );
}
