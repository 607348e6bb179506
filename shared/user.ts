import { z } from 'zod';
import type { MinistryCode } from './ministry.ts';
import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

export const ROLES = ['admin', 'coordinator', 'editor', 'viewer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** What the client and the procedures know about the signed-in user. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Set for editors: the ministry whose initiatives they may edit. */
  ministry: MinistryCode | null;
}

export const loginInputSchema = z.object({
  username: textSchema()
    .trim()
    .toLowerCase()
    .min(1, { error: () => vm('username') })
    .max(100),
  password: textSchema()
    .min(1, { error: () => vm('password') })
    .max(200),
});

/** The role ladder: each role may do everything the ones below it may. */
export const ROLE_RANK: Record<Role, number> = { viewer: 0, editor: 1, coordinator: 2, admin: 3 };

/** Whether a user's role is `minimum` or higher: the one check behind every procedure and route. */
export function hasRole(user: Pick<SessionUser, 'role'>, minimum: Role): boolean {
  return ROLE_RANK[user.role] >= ROLE_RANK[minimum];
}

/** Roles that may change every initiative and take portfolio-wide actions. */
export function isCoordinator(user: Pick<SessionUser, 'role'>): boolean {
  return user.role === 'admin' || user.role === 'coordinator';
}

/** Editors may edit only what their ministry leads; coordinators and admins everything; viewers nothing. */
export function canEditInitiative(
  user: Pick<SessionUser, 'role' | 'ministry'>,
  leadMinistry: MinistryCode,
): boolean {
  if (isCoordinator(user)) return true;
  return user.role === 'editor' && user.ministry === leadMinistry;
}

/** Editors may create initiatives only for their own ministry. */
export function canCreateInitiatives(user: Pick<SessionUser, 'role'>): boolean {
  return user.role !== 'viewer';
}
