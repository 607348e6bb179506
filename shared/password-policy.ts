import { textSchema } from './text.ts';
import { type ValidationMessage, vm } from './validation-messages.ts';

/**
 * The rules for a new password, after NIST SP 800-63B (revision 4, 2025), for every password
 * set in digisalkku: by an administrator, on the command line, or by the user themselves.
 *
 * - At least 15 characters. Revision 4 requires 15 for a password that is the only factor, as
 *   it is here (revision 3 said 8); length is what makes a password hard to guess.
 * - At most 200, the limit of the sign-in form: long passphrases are welcome.
 * - Characters are counted as Unicode code points after NFKC, the form the hash is taken of,
 *   and every character is allowed: no rules about digits, capitals or symbols (NIST: SHALL NOT).
 * - Not a common or leaked password, in any letter case, nor one with only digits or symbols
 *   around it ("monkey123456789"), nor one repeated ("dragondragondragon"): the server checks
 *   the bundled list (server/services/common-passwords.txt); the browser checks only the length.
 * - Not a repetition ("abcabcabcabcabc") or a run along the alphabet, digits or keyboard.
 * - Not containing the user name (or a part of it of four letters or more) or "digisalkku".
 *
 * Pure: the list is given by the caller, so the client bundle never carries it.
 */
export const MIN_PASSWORD_LENGTH = 15;
export const MAX_PASSWORD_LENGTH = 200;

/** The one word of the service that no password may contain (NIST: context-specific words). */
const SERVICE_NAME = 'digisalkku';

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'pattern' | 'containsName';

const MESSAGES: Record<PasswordProblem, ValidationMessage> = {
  tooShort: 'passwordTooShort',
  tooLong: 'passwordTooLong',
  common: 'passwordCommon',
  pattern: 'passwordPattern',
  containsName: 'passwordContainsName',
};

/** What to tell about a problem, in the current language. */
export function passwordProblemMessage(problem: PasswordProblem): string {
  return vm(MESSAGES[problem], { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH });
}

/** Characters as NIST counts them: code points of the NFKC form (an emoji is one). */
export function passwordLength(password: string): number {
  return [...password.normalize('NFKC')].length;
}

/** Only length: what the browser checks before sending (the server checks everything). */
export function passwordLengthProblem(password: string): 'tooShort' | 'tooLong' | null {
  const length = passwordLength(password);
  if (length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (length > MAX_PASSWORD_LENGTH) return 'tooLong';
  return null;
}

export interface PasswordContext {
  /** The user the password is for. */
  username: string;
  /** Whether a lower-case string is on the list of common passwords; omitted in the browser. */
  isCommon?: (lowerCase: string) => boolean;
}

/** The first problem of a new password, or null when it may be used. */
export function passwordProblem(password: string, context: PasswordContext): PasswordProblem | null {
  const lengthProblem = passwordLengthProblem(password);
  if (lengthProblem) return lengthProblem;
  const lower = password.normalize('NFKC').toLowerCase();
  if (containsName(lower, context.username)) return 'containsName';
  if (context.isCommon && isCommonForm(lower, context.isCommon)) return 'common';
  if (isPattern(lower)) return 'pattern';
  return null;
}

function containsName(lower: string, username: string): boolean {
  if (lower.includes(SERVICE_NAME)) return true;
  const name = username.normalize('NFKC').toLowerCase().trim();
  // A name of one or two characters would refuse half of all passwords; its parts need four.
  if (name.length >= 3 && lower.includes(name)) return true;
  return name.split(/[^\p{L}\p{N}]+/u).some((part) => [...part].length >= 4 && lower.includes(part));
}

/** The shortest string that the text is a repetition of (the text itself when it is none). */
function repeatedUnit(text: string): string {
  const chars = [...text];
  for (let size = 1; size <= chars.length / 2; size++) {
    if (chars.length % size !== 0) continue;
    const unit = chars.slice(0, size).join('');
    if (unit.repeat(chars.length / size) === text) return unit;
  }
  return text;
}

// Digits and symbols that people put before or after a word to satisfy a rule: "!monkey2024".
const AFFIXES = /^[\d\p{P}\p{S}\s]+|[\d\p{P}\p{S}\s]+$/gu;

/** The password, its word without digits and symbols around it, and the unit either repeats. */
function isCommonForm(lower: string, isCommon: (lowerCase: string) => boolean): boolean {
  const core = lower.replace(AFFIXES, '');
  const forms = new Set([lower, core, repeatedUnit(lower), repeatedUnit(core)]);
  forms.delete('');
  return [...forms].some((form) => isCommon(form));
}

// Runs people type: along the digits (on from 9 to 0), the alphabet, and the keyboard rows.
const RUNS = [
  '0123456789',
  'abcdefghijklmnopqrstuvwxyzåäö',
  'qwertyuiopåasdfghjklöäzxcvbnm',
  'qwertyuiopasdfghjklzxcvbnm',
];

function isPattern(lower: string): boolean {
  if (repeatedUnit(lower) !== lower) return true;
  return RUNS.some((run) => {
    // A run repeated often enough to hold any password, forwards and backwards.
    const long = run.repeat(Math.ceil(MAX_PASSWORD_LENGTH / run.length) + 1);
    const reversed = [...long].reverse().join('');
    return long.includes(lower) || reversed.includes(lower);
  });
}

/**
 * A new password in a request: its length only, so the same rule shows in the browser; the
 * service then checks the rest with the full list (server/services/password-policy.ts). Never
 * trimmed: a space is a character of the password like any other.
 */
export function newPasswordSchema() {
  return textSchema().superRefine((password, context) => {
    const problem = passwordLengthProblem(password);
    if (problem) context.addIssue({ code: 'custom', message: passwordProblemMessage(problem) });
  });
}
