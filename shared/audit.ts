import type { FieldChange } from './initiative-changes.ts';

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'archive',
  'restore',
  'import',
  'move',
  'score',
  'link',
  'unlink',
  'result',
  'delete',
  // User administration (server/services/user-admin.ts); a password's change is recorded, never the password.
  'deactivate',
  'reactivate',
  'reset_password',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
/** `initiative_priority`: an initiative's tier, rank and scores, versioned apart from its fields. */
/** `cooperation_link`: an initiative's links to bodies and benchmarks (entity id: the initiative's). */
/** `user`: an account's name, role, ministry, state and password changes (server/services/user-admin.ts). */
export type AuditEntity =
  | 'initiative'
  | 'initiative_priority'
  | 'eu_act'
  | 'weighting'
  | 'scoring_criteria'
  | 'cooperation_body'
  | 'benchmark'
  | 'cooperation_link'
  | 'user';

/** An append-only record of one write: who, when, and each field before and after. */
export interface AuditEvent {
  id: string;
  entityType: AuditEntity;
  entityId: string;
  action: AuditAction;
  /** The version of the record this write produced. */
  version: number;
  actorId: string | null;
  actorName: string;
  actorRole: string | null;
  actorMinistry: string | null;
  at: Date;
  changes: FieldChange[];
  /** The writer's reason, where one was asked (a board move). */
  note: string | null;
}
