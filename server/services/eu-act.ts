import { asc, eq } from 'drizzle-orm';
import { euActs, euImpacts, initiatives } from '../../drizzle/schema/index.ts';
import type { AuditEvent } from '../../shared/audit.ts';
import type { EuRelation } from '../../shared/codes.ts';
import { EU_ACT_FIELDS, type EuAct, type EuActData, euActInputSchema } from '../../shared/eu-act.ts';
import { diffFields } from '../../shared/initiative-changes.ts';
import type { LocalizedText } from '../../shared/localized-text.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import { sm } from '../../shared/server-messages.ts';
import { vm } from '../../shared/validation-messages.ts';
import type { Db } from '../db/database.ts';
import { withUniqueFields } from '../db/unique-violation.ts';
import { versionedWrite } from '../db/versioned-write.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import { type Actor, auditHistory, recordAuditEvent } from './audit.ts';

type EuActRow = typeof euActs.$inferSelect;

export function euActFromRow(row: EuActRow): EuAct {
  return {
    id: row.id,
    version: row.version,
    shortName: row.shortName,
    number: row.number,
    celex: row.celex,
    kind: row.kind as EuAct['kind'],
    title: { fi: row.titleFi, sv: row.titleSv, en: row.titleEn },
    adoptedOn: row.adoptedOn,
    entryIntoForceOn: row.entryIntoForceOn,
    applicationOn: row.applicationOn,
    transpositionDeadline: row.transpositionDeadline,
    keyDates: row.keyDates as EuAct['keyDates'],
    finnishLead: row.finnishLead as MinistryCode | null,
  };
}

/** The columns of an act row from its fields. */
export function euActValues(data: EuActData) {
  return {
    shortName: data.shortName,
    number: data.number,
    celex: data.celex,
    kind: data.kind,
    titleFi: data.title.fi,
    titleSv: data.title.sv ?? null,
    titleEn: data.title.en ?? null,
    adoptedOn: data.adoptedOn,
    entryIntoForceOn: data.entryIntoForceOn,
    applicationOn: data.applicationOn,
    transpositionDeadline: data.transpositionDeadline,
    keyDates: data.keyDates,
    finnishLead: data.finnishLead,
  };
}

/** The EU act catalogue, by short name. Any signed-in user. */
export async function listEuActs(db: Db): Promise<EuAct[]> {
  return (await db.select().from(euActs).orderBy(asc(euActs.shortName))).map(euActFromRow);
}

export interface LinkedInitiative {
  id: string;
  title: LocalizedText;
  leadMinistry: MinistryCode;
  status: string;
  relation: EuRelation;
  deadline: string | null;
  archived: boolean;
}

/** One act with the initiatives linked to it (the catalogue page groups them by relation). */
export async function getEuAct(db: Db, id: string): Promise<EuAct & { initiatives: LinkedInitiative[] }> {
  const [row] = await db.select().from(euActs).where(eq(euActs.id, id));
  if (!row) throw notFound('euAct');
  const linked = await db
    .select({
      id: initiatives.id,
      titleFi: initiatives.titleFi,
      titleSv: initiatives.titleSv,
      titleEn: initiatives.titleEn,
      leadMinistry: initiatives.leadMinistry,
      status: initiatives.status,
      archivedAt: initiatives.archivedAt,
      relation: euImpacts.relation,
      deadline: euImpacts.deadline,
    })
    .from(euImpacts)
    .innerJoin(initiatives, eq(initiatives.id, euImpacts.initiativeId))
    .where(eq(euImpacts.euActId, id))
    .orderBy(asc(euImpacts.relation), asc(initiatives.titleFi));
  return {
    ...euActFromRow(row),
    initiatives: linked.map((l) => ({
      id: l.id,
      title: { fi: l.titleFi, sv: l.titleSv, en: l.titleEn },
      leadMinistry: l.leadMinistry as MinistryCode,
      status: l.status,
      relation: l.relation as EuRelation,
      deadline: l.deadline,
      archived: l.archivedAt !== null,
    })),
  };
}

async function checkShortNameFree(tx: Db, shortName: string, ownId: string | null): Promise<void> {
  const [taken] = await tx.select({ id: euActs.id }).from(euActs).where(eq(euActs.shortName, shortName));
  if (taken && taken.id !== ownId) throw shortNameTaken(shortName);
}

const shortNameTaken = (shortName: string) => invalid(vm('shortNameTaken', { shortName }), 'shortName');

const uniqueShortName = (shortName: string) => ({
  eu_acts_short_name_unique: { field: 'shortName', message: shortNameTaken(shortName).message },
});

/** Inserts a validated act with its audit event; the caller owns the transaction and the rights check. */
export async function insertEuAct(
  tx: Db,
  data: EuActData,
  actor: Actor,
  action: 'create' | 'import',
): Promise<EuAct> {
  await checkShortNameFree(tx, data.shortName, null);
  const [row] = await tx.insert(euActs).values(euActValues(data)).returning();
  if (!row) throw new Error('Inserting an EU act returned no row.');
  const empty = Object.fromEntries(EU_ACT_FIELDS.map((field) => [field, null])) as unknown as EuActData;
  await recordAuditEvent(
    tx,
    {
      entityType: 'eu_act',
      entityId: row.id,
      action,
      version: 1,
      changes: diffFields(empty, data, EU_ACT_FIELDS),
    },
    actor,
  );
  return euActFromRow(row);
}

/** Adds an act to the catalogue. Coordinators and admins (checked by the procedure). */
export async function createEuAct(db: Db, actor: Actor, input: unknown): Promise<EuAct> {
  const data = euActInputSchema.parse(input);
  return withUniqueFields(
    writeTransaction(db, (tx) => insertEuAct(tx, data, actor, 'create')),
    uniqueShortName(data.shortName),
  );
}

/** Changes an act if `version` is current (else CONFLICT), with field-level history. Coordinators and admins. */
export async function updateEuAct(
  db: Db,
  actor: Actor,
  input: { id: string; version: number; data: unknown },
): Promise<EuAct> {
  const data = euActInputSchema.parse(input.data);
  const write = writeTransaction(db, async (tx) => {
    const [current] = await tx.select().from(euActs).where(eq(euActs.id, input.id)).for('update');
    if (!current) throw notFound('euAct');
    if (current.version !== input.version) {
      throw conflict(sm('staleEuAct'), { currentVersion: current.version });
    }
    await checkShortNameFree(tx, data.shortName, input.id);
    const { id: _id, version: _version, ...before } = euActFromRow(current);
    const changes = diffFields(before, data, EU_ACT_FIELDS);
    if (changes.length === 0) return euActFromRow(current);
    await versionedWrite(tx, {
      table: euActs,
      id: input.id,
      versionColumn: euActs.version,
      versionKey: 'version',
      expected: current.version,
      values: { ...euActValues(data), updatedAt: new Date() },
      audit: { entityType: 'eu_act', action: 'update', changes },
      actor,
      stale: () => conflict(sm('staleEuAct'), { currentVersion: current.version }),
    });
    const [row] = await tx.select().from(euActs).where(eq(euActs.id, input.id));
    if (!row) throw notFound('euAct');
    return euActFromRow(row);
  });
  return withUniqueFields(write, uniqueShortName(data.shortName));
}

/** The history of an act, newest first. Any signed-in user. */
export async function euActHistory(db: Db, id: string): Promise<AuditEvent[]> {
  const [exists] = await db.select({ id: euActs.id }).from(euActs).where(eq(euActs.id, id));
  if (!exists) throw notFound('euAct');
  return auditHistory(db, 'eu_act', id);
}
