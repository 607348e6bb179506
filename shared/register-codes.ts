import { isMinistryCode, type MinistryCode } from './ministry.ts';
import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

/**
 * Codes of the government project register (Hankeikkuna): a project number such as
 * `LVM046:00/2024` (ministry prefix, running number, sub-number, year) and a case number
 * such as `VN/32418/2024` (the government's shared case management, VAHVA).
 */
export const PROJECT_NUMBER_PATTERN = /^([A-Z]{2,4})(\d{3}):(\d{2})\/(\d{4})$/;
export const CASE_NUMBER_PATTERN = /^(VN|[A-Z]{2,4})\/(\d{1,7})\/(\d{4})$/;

export const projectNumberSchema = textSchema()
  .trim()
  .toUpperCase()
  .regex(PROJECT_NUMBER_PATTERN, { error: () => vm('projectNumber') });

export const caseNumberSchema = textSchema()
  .trim()
  .toUpperCase()
  .regex(CASE_NUMBER_PATTERN, { error: () => vm('caseNumber') });

/** The ministry a project number belongs to, read from its prefix (`TEM061:00/2024` → TEM). */
export function ministryFromProjectNumber(projectNumber: string): MinistryCode | null {
  const prefix = PROJECT_NUMBER_PATTERN.exec(projectNumber.trim().toUpperCase())?.[1];
  return prefix && isMinistryCode(prefix) ? prefix : null;
}

/** Public page of a project in the government project register. */
export function projectRegisterUrl(projectNumber: string): string {
  return `https://valtioneuvosto.fi/hanke?tunnus=${encodeURIComponent(projectNumber)}`;
}
