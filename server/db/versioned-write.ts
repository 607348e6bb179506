import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { FieldChange } from '../../shared/initiative-changes.ts';
import { type Actor, type NewAuditEvent, recordAuditEvent } from '../services/audit.ts';
import type { Db } from './database.ts';

/** A table with an `id` and the version column a write is checked against. */
type VersionedTable = PgTable & { id: PgColumn };

export interface VersionedWrite<T extends VersionedTable> {
  table: T;
  id: string;
  /** The version column: `version` for the record's fields, `priorityVersion` for its priority. */
  versionColumn: PgColumn;
  /** Which property of the table the version column is (it is written by name). */
  versionKey: keyof T['$inferInsert'] & string;
  /** The version the writer read; the write happens only if it is still the current one. */
  expected: number;
  values: Partial<T['$inferInsert']>;
  audit: Pick<NewAuditEvent, 'entityType' | 'action' | 'note'> & { changes: FieldChange<string>[] };
  actor: Actor;
  /** The error when the version moved meanwhile (a CONFLICT naming what to do). */
  stale: () => Error;
}

/**
 * THE versioned write: checks the version, writes the values with the next version, and records
 * the audit event under that version, inside the caller's transaction. Every change to an
 * initiative, its priority, an EU act or a weighting goes through here, so none can overwrite
 * a change it has not seen: the guard is in the UPDATE itself, which holds on any number of
 * server instances. Returns the new version.
 */
export async function versionedWrite<T extends VersionedTable>(
  tx: Db,
  write: VersionedWrite<T>,
): Promise<number> {
  const version = write.expected + 1;
  const [written] = await tx
    .update(write.table)
    .set({ ...write.values, [write.versionKey]: version } as never)
    .where(and(eq(write.table.id, write.id), eq(write.versionColumn, write.expected)))
    .returning({ id: write.table.id });
  if (!written) throw write.stale();
  await recordAuditEvent(tx, { ...write.audit, entityId: write.id, version }, write.actor);
  return version;
}
