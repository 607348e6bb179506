/**
 * Errors of a form, each attached to the input that can fix it, in the reader's language.
 */
import type { z } from 'zod';
import { ISO_DATE_PATTERN, isRealDate, MAX_DATE, MIN_DATE } from '../../../shared/dates.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { formatDateText } from '../../lib/date-text.ts';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Messages by the path of the input they belong to, in reading order. */
export type FieldErrors = Record<string, string[]>;
/** The DOM id of the input at a target path. */
export const fieldId = (target: string): string => `field-${target.replace(/\./g, '-')}`;

const DATE_LEAVES = new Set([
  'startDate',
  'endDate',
  'dueDate',
  'doneAt',
  'deadline',
  'assessedOn',
  'date',
  // Cooperation bodies and benchmarks.
  'mandateStart',
  'mandateEnd',
  'nextMeetingOn',
  'nextPublicationOn',
  'publishedOn',
]);

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | null)?.[key], input);
}

/**
 * One issue in the reader's language. The schemas already speak it (our rules through
 * shared/validation-messages.ts, zod's own through its locales, both set by the i18n provider);
 * the form only adds what a field needs beyond that: an empty required date, dates in the form
 * people type them (d.M.yyyy, where the schema speaks of YYYY-MM-DD), and which case number
 * was wrong.
 */
export function issueMessage(issue: z.core.$ZodIssue, input: unknown, t: Translate): string {
  const leaf = String(issue.path.at(-1) ?? '');
  if (DATE_LEAVES.has(leaf)) {
    const value = valueAt(input, issue.path);
    if (!value) return t('initiative.errors.dateRequired');
    // The date inputs pass on an ISO date when they can read one, else the text as typed.
    if (typeof value === 'string' && !ISO_DATE_PATTERN.test(value)) return t('common.date.format');
    if (typeof value === 'string' && isRealDate(value) && (value < MIN_DATE || value > MAX_DATE))
      return t('common.date.range', { min: formatDateText(MIN_DATE), max: formatDateText(MAX_DATE) });
  }
  if (issue.path[0] === 'caseNumbers' && issue.path.length > 1) {
    return `${issue.message} (${String(valueAt(input, issue.path))})`;
  }
  return issue.message;
}
