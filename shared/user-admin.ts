import { z } from 'zod';
import { idSchema } from './id.ts';
import { type MinistryCode, ministryCodeSchema } from './ministry.ts';
import { newPasswordSchema } from './password-policy.ts';
import { textSchema } from './text.ts';
import { type Role, roleSchema } from './user.ts';
import { vm } from './validation-messages.ts';

/** A user as the user administration lists them: never the password hash. */
export interface ManagedUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Set for editors only. */
  ministry: MinistryCode | null;
  createdAt: Date;
  /** When an administrator last changed the role, ministry, name or state. */
  updatedAt: Date;
  /** Set while the user is deactivated: they cannot sign in, and their sessions have ended. */
  disabledAt: Date | null;
  passwordChangedAt: Date;
  /** Created by demo mode. */
  demo: boolean;
  /** The last sign-in among the sessions still kept (ended and cleaned-up ones are gone). */
  lastSignInAt: Date | null;
  /** The last request seen on any kept session. */
  lastSeenAt: Date | null;
  /** Sessions still live: signed in, neither expired nor idle past the server's idle timeout. */
  activeSessions: number;
}

/**
 * A user name: lower case (sign-in lower-cases what is typed), letters a–z and digits with
 * `.`, `_`, `-` or `@` between them, so an e-mail address works as one too.
 */
export const usernameSchema = () =>
  textSchema()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9](?:[a-z0-9._@-]{1,98})[a-z0-9]$/, { error: () => vm('usernameFormat') });

const displayNameSchema = () =>
  textSchema()
    .trim()
    .min(1, { error: () => vm('displayNameRequired') })
    .max(200, { error: () => vm('displayNameRequired') });

const roleFields = {
  role: roleSchema,
  /** An empty choice from a form reads as none. */
  ministry: z
    .preprocess((value) => (value === '' ? null : value), ministryCodeSchema.nullish())
    .transform((value) => value ?? null),
};

/** An editor belongs to a ministry (the one whose initiatives they edit); the other roles to none. */
function checkMinistry(value: { role: Role; ministry: MinistryCode | null }, context: z.RefinementCtx): void {
  if (value.role === 'editor' && !value.ministry)
    context.addIssue({ code: 'custom', path: ['ministry'], message: vm('editorNeedsMinistry') });
  if (value.role !== 'editor' && value.ministry)
    context.addIssue({ code: 'custom', path: ['ministry'], message: vm('ministryOnlyForEditors') });
}

export const userCreateInputSchema = z
  .object({
    username: usernameSchema(),
    displayName: displayNameSchema(),
    ...roleFields,
    password: newPasswordSchema(),
  })
  .superRefine(checkMinistry);
export type UserCreateInput = z.input<typeof userCreateInputSchema>;

/** The role, ministry and name at once, as the edit form holds them. */
export const userUpdateInputSchema = z
  .object({ id: idSchema(), displayName: displayNameSchema(), ...roleFields })
  .superRefine(checkMinistry);
export type UserUpdateInput = z.input<typeof userUpdateInputSchema>;

export const userPasswordResetInputSchema = z.object({ id: idSchema(), password: newPasswordSchema() });
export type UserPasswordResetInput = z.input<typeof userPasswordResetInputSchema>;
