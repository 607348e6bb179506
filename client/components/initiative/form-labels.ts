import type { InitiativeField } from '../../../shared/initiative.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const TEXT_LABELS: Record<string, MessageKey> = {
  'title.fi': 'initiative.form.titleFi',
  'title.sv': 'initiative.form.titleSv',
  'title.en': 'initiative.form.titleEn',
  'summary.fi': 'initiative.form.summaryFi',
  'summary.sv': 'initiative.form.summarySv',
  'summary.en': 'initiative.form.summaryEn',
  projectNumber: 'initiative.form.projectNumber',
  caseNumbers: 'initiative.form.caseNumbers',
  budget: 'initiative.form.budget',
  'contact.name': 'initiative.form.contactName',
  'contact.email': 'initiative.form.contactEmail',
};

const ROW_LABELS: Record<string, MessageKey> = {
  'links.label': 'initiative.form.linkLabel',
  'links.url': 'initiative.form.linkUrl',
  'milestones.title': 'initiative.form.milestoneTitle',
  'milestones.dueDate': 'initiative.form.milestoneDue',
  'milestones.doneAt': 'initiative.form.milestoneDone',
  'euImpacts.euActId': 'initiative.form.impactAct',
  'euImpacts.relation': 'initiative.form.impactRelation',
  'euImpacts.deadline': 'initiative.form.impactDeadline',
  'euImpacts.note': 'initiative.form.impactNote',
};

/** The label of the input at a target path, as the error summary names it. */
export function targetLabel(target: string, t: Translate): string {
  const known = TEXT_LABELS[target];
  if (known) return t(known);
  const [head = '', second, leaf] = target.split('.');
  const row = leaf !== undefined ? ROW_LABELS[`${head}.${leaf}`] : undefined;
  if (row) return t(row, { n: Number(second) + 1 });
  if (head === 'ministryHealth' || head === 'digitoimistoHealth') {
    return t(second === 'reason' ? `initiative.form.${head}Reason` : `initiative.form.${head}Rating`);
  }
  if (head === 'form') return t('initiative.form.titleEdit');
  return t(`initiative.field.${head as InitiativeField}`);
}
