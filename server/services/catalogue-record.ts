import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AuditEntity } from '../../shared/audit.ts';
import { diffFields } from '../../shared/initiative-changes.ts';
import type { Db } from '../db/database.ts';
import { withUniqueFields } from '../db/unique-violation.ts';
import { versionedWrite } from '../db/versioned-write.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { conflict, type DomainError, invalid } from '../errors.ts';
import { type Actor, recordAuditEvent } from './audit.ts';

type CatalogueTable = PgTable & { id: PgColumn; shortName: PgColumn; version: PgColumn };

/**
 * How one catalogue (cooperation bodies, benchmarks) maps its records: the EU act catalogue's
 * rules for both — a unique short name, a version checked on every change, field-level history.
 */
export interface Catalogue<Data extends { shortName: string }, Row, Record extends Data> {
  table: CatalogueTable;
  entity: AuditEntity;
  fields: readonly (keyof Data & string)[];
  fromRow: (row: Row) => Record;
  values: (data: Data) => object;
  notFound: () => DomainError;
  stale: () => string;
  shortNameTaken: (shortName: string) => string;
  /** The short name's unique constraint, for two saves racing past the friendly check. */
  uniqueConstraint: string;
  /** What the database must confirm before a write (a referenced EU act exists). */
  checkReferences?: (tx: Db, data: Data) => Promise<void>;
}

async function checkShortNameFree<D extends { shortName: string }>(
  tx: Db,
  catalogue: Catalogue<D, unknown, D>,
  shortName: string,
  ownId: string | null,
): Promise<void> {
  const [taken] = (await tx
    .select({ id: catalogue.table.id })
    .from(catalogue.table as PgTable)
    .where(eq(catalogue.table.shortName, shortName))) as { id: string }[];
  if (taken && taken.id !== ownId) throw invalid(catalogue.shortNameTaken(shortName), 'shortName');
}

const uniqueShortName = <D extends { shortName: string }>(
  catalogue: Catalogue<D, unknown, D>,
  shortName: string,
) => ({
  [catalogue.uniqueConstraint]: { field: 'shortName', message: catalogue.shortNameTaken(shortName) },
});

/** Inserts a validated record with its audit event; the caller owns the transaction and the rights check. */
export async function insertCatalogueRecord<D extends { shortName: string }, R extends D>(
  tx: Db,
  catalogue: Catalogue<D, never, R>,
  data: D,
  actor: Actor,
  action: 'create' | 'import' = 'create',
): Promise<R> {
  const plain = catalogue as unknown as Catalogue<D, unknown, D>;
  await checkShortNameFree(tx, plain, data.shortName, null);
  await catalogue.checkReferences?.(tx, data);
  const [row] = await tx
    .insert(catalogue.table)
    .values(catalogue.values(data) as never)
    .returning();
  if (!row) throw new Error(`Inserting a ${catalogue.entity} returned no row.`);
  const record = catalogue.fromRow(row as never);
  const empty = Object.fromEntries(catalogue.fields.map((field) => [field, null])) as unknown as D;
  await recordAuditEvent(
    tx,
    {
      entityType: catalogue.entity,
      entityId: (record as unknown as { id: string }).id,
      action,
      version: 1,
      changes: diffFields(empty, data, catalogue.fields),
    },
    actor,
  );
  return record;
}

/** Adds a record in its own transaction. */
export function createCatalogueRecord<D extends { shortName: string }, R extends D>(
  db: Db,
  catalogue: Catalogue<D, never, R>,
  data: D,
  actor: Actor,
): Promise<R> {
  return withUniqueFields(
    writeTransaction(db, (tx) => insertCatalogueRecord(tx, catalogue, data, actor)),
    uniqueShortName(catalogue as unknown as Catalogue<D, unknown, D>, data.shortName),
  );
}

/** Changes a record if `version` is current (else CONFLICT), with field-level history. */
export function updateCatalogueRecord<
  D extends { shortName: string },
  R extends D & { id: string; version: number },
>(
  db: Db,
  catalogue: Catalogue<D, never, R>,
  input: { id: string; version: number; data: D },
  actor: Actor,
): Promise<R> {
  const { table } = catalogue;
  const plain = catalogue as unknown as Catalogue<D, unknown, D>;
  const write = writeTransaction(db, async (tx) => {
    const [current] = (await tx
      .select()
      .from(table as PgTable)
      .where(eq(table.id, input.id))
      .for('update')) as never[];
    if (!current) throw catalogue.notFound();
    const before = catalogue.fromRow(current);
    const stale = () => conflict(catalogue.stale(), { currentVersion: before.version });
    if (before.version !== input.version) throw stale();
    await checkShortNameFree(tx, plain, input.data.shortName, input.id);
    await catalogue.checkReferences?.(tx, input.data);
    const changes = diffFields(before as unknown as D, input.data, catalogue.fields);
    if (changes.length === 0) return before;
    await versionedWrite(tx, {
      table,
      id: input.id,
      versionColumn: table.version,
      versionKey: 'version' as never,
      expected: before.version,
      values: { ...catalogue.values(input.data), updatedAt: new Date() } as never,
      audit: { entityType: catalogue.entity, action: 'update', changes },
      actor,
      stale,
    });
    const [row] = (await tx
      .select()
      .from(table as PgTable)
      .where(eq(table.id, input.id))) as never[];
    if (!row) throw catalogue.notFound();
    return catalogue.fromRow(row);
  });
  return withUniqueFields(write, uniqueShortName(plain, input.data.shortName));
}

/**
 * Removes a record if `version` is current and nothing links to it (`inUse` counts the links),
 * recording its last fields in the history, so a removal can be traced and undone by hand.
 */
export function deleteCatalogueRecord<
  D extends { shortName: string },
  R extends D & { id: string; version: number },
>(
  db: Db,
  catalogue: Catalogue<D, never, R>,
  input: { id: string; version: number },
  actor: Actor,
  inUse: (tx: Db, id: string) => Promise<number>,
  inUseMessage: (count: number) => string,
): Promise<{ id: string }> {
  const { table } = catalogue;
  return writeTransaction(db, async (tx) => {
    const [current] = (await tx
      .select()
      .from(table as PgTable)
      .where(eq(table.id, input.id))
      .for('update')) as never[];
    if (!current) throw catalogue.notFound();
    const before = catalogue.fromRow(current);
    if (before.version !== input.version)
      throw conflict(catalogue.stale(), { currentVersion: before.version });
    const count = await inUse(tx, input.id);
    if (count > 0) throw invalid(inUseMessage(count));
    await tx.delete(table).where(eq(table.id, input.id));
    const empty = Object.fromEntries(catalogue.fields.map((field) => [field, null])) as unknown as D;
    await recordAuditEvent(
      tx,
      {
        entityType: catalogue.entity,
        entityId: input.id,
        action: 'delete',
        version: before.version + 1,
        changes: diffFields(before as unknown as D, empty, catalogue.fields),
      },
      actor,
    );
    return { id: input.id };
  });
}
