import { readFileSync } from 'node:fs';
import { passwordProblem, passwordProblemMessage } from '../../shared/password-policy.ts';
import { invalid } from '../errors.ts';
import { projectPath } from '../project-root.ts';

/** The bundled list (scripts/common-passwords.mjs writes it), read at run time like the migrations. */
const LIST_FILE = projectPath('server', 'services', 'common-passwords.txt');

let list: ReadonlySet<string> | null = null;

/** The common passwords, lower case; read once, on the first password set (about 11,000 lines). */
export function commonPasswords(): ReadonlySet<string> {
  if (!list) {
    const lines = readFileSync(LIST_FILE, 'utf8').split('\n');
    list = new Set(lines.filter((line) => line && !line.startsWith('#')));
  }
  return list;
}

export const isCommonPassword = (lowerCase: string): boolean => commonPasswords().has(lowerCase);

/**
 * Refuses a new password that breaks the policy of shared/password-policy.ts, with the full
 * list of common passwords: INVALID naming `field`, worded in the request's language. Every
 * place that sets a password calls it (user administration, the command line, a user's own change).
 */
export function checkNewPassword(password: string, username: string, field = 'password'): void {
  const problem = passwordProblem(password, { username, isCommon: isCommonPassword });
  if (problem) throw invalid(passwordProblemMessage(problem), field);
}
