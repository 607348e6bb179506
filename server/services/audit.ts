import { and, asc, desc, eq, gt } from 'drizzle-orm';
import { auditEvents } from '../../drizzle/schema/index.ts';
import type { AuditAction, AuditEntity, AuditEvent } from '../../shared/audit.ts';
import type { FieldChange } from '../../shared/initiative-changes.ts';
import type { SessionUser } from '../../shared/user.ts';
import { insertRows } from '../db/bulk.ts';
import type { Db } from '../db/database.ts';

/** Who did a write: a signed-in user, or a named system actor (demo seed, command-line import). */
export type Actor = Pick<SessionUser, 'id' | 'displayName' | 'role' | 'ministry'> | { system: string };

export function actorId(actor: Actor): string | null {
  return 'system' in actor ? null : actor.id;
}

export function actorName(actor: Actor): string {
  return 'system' in actor ? actor.system : actor.displayName;
}

export interface NewAuditEvent {
  entityType: AuditEntity;
  entityId: string;
  action: AuditAction;
  version: number;
  changes: FieldChange<string>[];
  /** The writer's reason (a board move's), shown in the decision log. */
  note?: string | null;
}

/** Appends an audit event; call it inside the write's own transaction. */
export async function recordAuditEvent(tx: Db, event: NewAuditEvent, actor: Actor): Promise<void> {
  await recordAuditEvents(tx, [event], actor);
}

/** Appends many audit events of one actor in few statements (imports); inside the write's transaction. */
export async function recordAuditEvents(tx: Db, events: NewAuditEvent[], actor: Actor): Promise<void> {
  const who = {
    actorId: actorId(actor),
    actorName: actorName(actor),
    actorRole: 'system' in actor ? null : actor.role,
    actorMinistry: 'system' in actor ? null : actor.ministry,
  };
  await insertRows(
    tx,
    auditEvents,
    // Every row with the same keys (the bulk insert takes its columns from the first).
    events.map((event) => ({ ...event, note: event.note ?? null, ...who })),
  );
}

/** The history of one record, newest first, optionally only what came after a version. */
export async function auditHistory(
  db: Db,
  entityType: AuditEntity,
  entityId: string,
  afterVersion = 0,
): Promise<AuditEvent[]> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entityType, entityType),
        eq(auditEvents.entityId, entityId),
        gt(auditEvents.version, afterVersion),
      ),
    )
    .orderBy(desc(auditEvents.version), asc(auditEvents.at));
  return rows.map((row) => ({
    id: row.id,
    entityType: row.entityType as AuditEntity,
    entityId: row.entityId,
    action: row.action as AuditAction,
    version: row.version,
    actorId: row.actorId,
    actorName: row.actorName,
    actorRole: row.actorRole,
    actorMinistry: row.actorMinistry,
    at: row.at,
    changes: row.changes as FieldChange[],
    note: row.note,
  }));
}
