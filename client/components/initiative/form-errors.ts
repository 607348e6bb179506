/**
 * Errors of the initiative form: the shared schema's issues in the reader's language, each
 * attached to the input that can fix it (a wrong case number belongs to the case-number field).
 */
import { type InitiativeData, initiativeInputSchema } from '../../../shared/initiative.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { type FieldErrors, issueMessage } from '../form/field-errors.ts';
import { draftToInput, type InitiativeDraft } from './form-draft.ts';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const GROUPS = ['caseNumbers', 'themes', 'participatingMinistries', 'fundingSources'];
const ROW_FIRST_INPUT: Record<string, string> = { links: 'label', milestones: 'title', euImpacts: 'euActId' };

/** The path of the input that shows an error about `path`. */
export function fieldTarget(path: string): string {
  const [head = '', index, leaf] = path.split('.');
  if (path === '' || path === '(input)') return 'form';
  if (GROUPS.includes(head)) return head;
  if (head === 'ministryHealth' || head === 'digitoimistoHealth')
    return `${head}.${index === 'reason' ? 'reason' : 'rating'}`;
  if (head === 'contact') return index === 'email' ? 'contact.email' : 'contact.name';
  if (head === 'budgetCents') return 'budget';
  if (head in ROW_FIRST_INPUT) {
    if (index === undefined) return head;
    return `${head}.${index}.${leaf ?? ROW_FIRST_INPUT[head]}`;
  }
  return path;
}

export function addError(errors: FieldErrors, path: string, message: string): void {
  const target = fieldTarget(path);
  // A date failing its pattern also fails the checks after it: say it once.
  if (!errors[target]?.includes(message)) errors[target] = [...(errors[target] ?? []), message];
}

/** Checks the draft with the same schema the server uses; data is set only when it is valid. */
export function validateDraft(
  draft: InitiativeDraft,
  t: Translate,
): { data: InitiativeData | null; errors: FieldErrors } {
  const { input, budget } = draftToInput(draft);
  const errors: FieldErrors = {};
  if (!budget.ok) {
    addError(
      errors,
      'budgetCents',
      t(budget.error === 'tooLarge' ? 'initiative.errors.budgetTooLarge' : 'initiative.errors.budgetFormat'),
    );
  }
  const result = initiativeInputSchema.safeParse(input);
  if (!result.success) {
    for (const issue of result.error.issues)
      addError(errors, issue.path.map(String).join('.'), issueMessage(issue, input, t));
  }
  return { data: result.success && budget.ok ? result.data : null, errors };
}

/** The server's field errors (`path → messages`), attached to inputs the same way. */
export function serverFieldErrors(raw: Record<string, string[]>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, messages] of Object.entries(raw))
    for (const message of messages) addError(errors, path, message);
  return errors;
}

/** What every section of the initiative form gets: the draft, a way to change it, and the errors. */
export interface SectionProps {
  draft: InitiativeDraft;
  update: (patch: Partial<InitiativeDraft>) => void;
  errors: FieldErrors;
}
