/**
 * The pure parts of the user administration's forms: a form's draft as the inputs hold it, the
 * request it becomes, the errors of the shared schemas by field, and what to say when a change
 * is done. Taken apart from React so they are tested without it.
 */
import type { z } from 'zod';
import { MINISTRY_CODES, type MinistryCode } from '../../../shared/ministry.ts';
import { ROLES, type Role } from '../../../shared/user.ts';
import type { ManagedUser } from '../../../shared/user-admin.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Messages by field (`username`, `password`…); `form` for what belongs to no field. */
export type FormErrors = Record<string, string[]>;

export interface RoleDraft {
  displayName: string;
  role: Role;
  /** '' while none is chosen. */
  ministry: MinistryCode | '';
}

/** The ministry a request carries: the chosen one for an editor, none for everyone else. */
export function ministryOf(draft: RoleDraft): MinistryCode | null {
  return draft.role === 'editor' && draft.ministry ? draft.ministry : null;
}

export const draftOf = (user: ManagedUser): RoleDraft => ({
  displayName: user.displayName,
  role: user.role,
  ministry: user.ministry ?? '',
});

/** The issues of a failed parse, by their first path segment. */
export function issuesByField(error: z.ZodError): FormErrors {
  const found: FormErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    found[field] = [...(found[field] ?? []), issue.message];
  }
  return found;
}

export const roleOptions = (t: Translate) =>
  ROLES.map((role) => ({
    value: role,
    label: `${t(`codes.role.${role}`)} – ${t(`admin.roleHelp.${role}`)}`,
  }));

export const ministryOptions = (name: (code: MinistryCode) => string) =>
  MINISTRY_CODES.map((code) => ({ value: code, label: name(code) }));

/** "Muokkaaja, LVM": a user's role, with the ministry of an editor. */
export function roleText(user: Pick<ManagedUser, 'role' | 'ministry'>, t: Translate): string {
  const role = t(`codes.role.${user.role}`);
  return user.ministry ? t('common.roleWithMinistry', { role, ministry: user.ministry }) : role;
}

export type Change = 'edit' | 'password' | 'deactivate' | 'reactivate';

/** What the page says (in its status line) after a change, with the sessions it ended. */
export function changeNotice(change: Change, user: ManagedUser, endedSessions: number, t: Translate): string {
  const name = user.displayName;
  switch (change) {
    case 'edit':
      return endedSessions > 0
        ? t('admin.edit.doneSignedOut', { name, count: endedSessions })
        : t('admin.edit.done', { name });
    case 'password':
      return t('admin.password.done', { name, count: endedSessions });
    case 'deactivate':
      return t('admin.deactivate.done', { name, count: endedSessions });
    case 'reactivate':
      return t('admin.reactivate.done', { name });
  }
}
