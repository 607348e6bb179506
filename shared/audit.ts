import type { FieldChange } from './initiative-changes.ts';

export const AUDIT_ACTIONS = ['create', 'update', 'archive', 'restore', 'import'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export type AuditEntity = 'initiative' | 'eu_act';

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
}
