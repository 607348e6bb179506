import { type FormEvent, type RefObject, useMemo } from 'react';
import { Link } from 'react-router';
import { Button } from 'suomifi-ui-components';
import type { EuAct } from '../../../shared/eu-act.ts';
import type { Ministry } from '../../../shared/ministry.ts';
import { isCoordinator, type SessionUser } from '../../../shared/user.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { type FieldErrors, fieldId } from '../form/field-errors.ts';
import { ErrorSummaryBox } from '../form/fields.tsx';
import { ClassificationSection, CodesSection, MinistriesSection, TextsSection } from './BasicSections.tsx';
import type { InitiativeDraft } from './form-draft.ts';
import { targetLabel } from './form-labels.ts';
import { HealthSection, ScheduleSection } from './MoreSections.tsx';
import { ContactLinksSection, EuImpactsSection, MilestonesSection } from './RowSections.tsx';

/** The order of the form, so the error summary lists problems as the reader meets them. */
const READING_ORDER = [
  'form',
  'title',
  'summary',
  'projectNumber',
  'caseNumbers',
  'kind',
  'track',
  'status',
  'preparationStage',
  'themes',
  'leadMinistry',
  'participatingMinistries',
  'ministryHealth',
  'digitoimistoHealth',
  'startDate',
  'endDate',
  'budget',
  'fundingSources',
  'contact',
  'links',
  'milestones',
  'euImpacts',
];
const orderOf = (target: string) => {
  const [head = '', row] = target.split('.');
  return READING_ORDER.indexOf(head) * 1000 + (Number(row) || 0);
};

/** Every editable field of an initiative, with errors beside the fields and summarised on top. */
export function InitiativeForm({
  user,
  draft,
  update,
  errors,
  ministries,
  acts,
  saving,
  submitLabel,
  cancelTo,
  summaryRef,
  onSubmit,
}: {
  user: SessionUser;
  draft: InitiativeDraft;
  update: (patch: Partial<InitiativeDraft>) => void;
  errors: FieldErrors;
  ministries: readonly Ministry[];
  acts: readonly EuAct[];
  saving: boolean;
  submitLabel: string;
  cancelTo: string;
  summaryRef: RefObject<HTMLDivElement | null>;
  onSubmit: () => void;
}) {
  const { t } = useI18n();
  const coordinator = isCoordinator(user);
  const items = useMemo(
    () =>
      Object.entries(errors)
        .sort(([a], [b]) => orderOf(a) - orderOf(b))
        .flatMap(([target, messages]) =>
          messages.map((message) => ({
            id: target === 'form' ? 'initiative-form' : fieldId(target),
            text: target === 'form' ? message : `${targetLabel(target, t)}: ${message}`,
          })),
        ),
    [errors, t],
  );
  const sectionProps = { draft, update, errors };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form id="initiative-form" className="initiative-form" noValidate onSubmit={submit} tabIndex={-1}>
      <ErrorSummaryBox
        ref={summaryRef}
        heading={t('initiative.form.errorSummary', { count: items.length })}
        items={items}
      />
      <p className="form-intro">{t('initiative.form.intro')}</p>
      <TextsSection {...sectionProps} />
      <CodesSection {...sectionProps} />
      <ClassificationSection {...sectionProps} />
      <MinistriesSection
        {...sectionProps}
        ministries={ministries}
        editorMinistry={coordinator ? null : user.ministry}
      />
      <HealthSection {...sectionProps} coordinator={coordinator} />
      <ScheduleSection {...sectionProps} />
      <ContactLinksSection {...sectionProps} />
      <MilestonesSection {...sectionProps} />
      <EuImpactsSection {...sectionProps} acts={acts} />
      <div className="form-actions">
        <Button type="submit" disabled={saving}>
          {saving ? t('initiative.form.saving') : submitLabel}
        </Button>
        <Link to={cancelTo} className="form-actions__cancel">
          {t('initiative.form.cancel')}
        </Link>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {saving ? t('initiative.form.saving') : ''}
      </p>
    </form>
  );
}
