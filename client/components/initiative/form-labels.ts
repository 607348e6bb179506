import type { Language } from '../../../shared/codes.ts';
import { fieldPathLabel } from '../../../shared/field-paths.ts';
import { validationLanguage } from '../../../shared/validation-messages.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Inputs whose target is not the field path the schema reports. */
const TARGET_PATHS: Record<string, string> = { budget: 'budgetCents' };

/**
 * The label of the input at a target path, as the error summary names it: the same words the
 * server's messages use (shared/field-paths.ts), e.g. "Nimi suomeksi", "Linkin 2 osoite".
 * The language is the UI language, which the i18n provider sets for the shared code.
 */
export function targetLabel(target: string, t: Translate, language: Language = validationLanguage()): string {
  if (target === 'form') return t('initiative.form.titleEdit');
  return fieldPathLabel(TARGET_PATHS[target] ?? target, language);
}
