import type { MessageKey } from '../../i18n/catalogue.ts';
import { fieldErrors } from '../../lib/trpc.ts';
import type { FieldErrors } from '../form/field-errors.ts';
import { cooperationServerErrors } from './cooperation-draft.ts';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The server's errors beside the fields, or its message at the top of the form. */
export function formErrors(error: { message: string } | null, t: Translate): FieldErrors {
  if (!error) return {};
  const fields = cooperationServerErrors(fieldErrors(error));
  return Object.keys(fields).length > 0
    ? fields
    : { form: [t('cooperation.form.failed', { message: error.message })] };
}
