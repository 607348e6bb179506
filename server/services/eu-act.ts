import { asc, eq } from 'drizzle-orm';
import { euActs, euImpacts, initiatives } from '../../drizzle/schema/index.ts';
import type { AuditEvent } from '../../shared/audit.ts';
import type { EuRelation } from '../../shared/codes.ts';
import { EU_ACT_FIELDS, type EuAct, type EuActData, euActInputSchema } from '../../shared/eu-act.ts';
import type { LocalizedText } from '../../shared/localized-text.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import { sm } from '../../shared/server-messages.ts';
import { vm } from '../../shared/validation-messages.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { type Actor, auditHistory } from './audit.ts';
import {
  type Catalogue,
  createCatalogueRecord,
  insertCatalogueRecord,
  updateCatalogueRecord,
} from './catalogue-record.ts';

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

export const EU_ACT_CATALOGUE: Catalogue<EuActData, EuActRow, EuAct> = {
  table: euActs,
  entity: 'eu_act',
  fields: EU_ACT_FIELDS,
  fromRow: euActFromRow,
  values: euActValues,
  notFound: () => notFound('euAct'),
  stale: () => sm('staleEuAct'),
  shortNameTaken: (shortName) => vm('shortNameTaken', { shortName }),
  uniqueConstraint: 'eu_acts_short_name_unique',
};
const catalogue = EU_ACT_CATALOGUE as Catalogue<EuActData, never, EuAct>;

/** Inserts a validated act with its audit event; the caller owns the transaction and the rights check. */
export const insertEuAct = (
  tx: Db,
  data: EuActData,
  actor: Actor,
  action: 'create' | 'import',
): Promise<EuAct> => insertCatalogueRecord(tx, catalogue, data, actor, action);

/** Adds an act to the catalogue. Coordinators and admins (checked by the procedure). */
export const createEuAct = (db: Db, actor: Actor, input: unknown): Promise<EuAct> =>
  createCatalogueRecord(db, catalogue, euActInputSchema.parse(input), actor);

/** Changes an act if `version` is current (else CONFLICT), with field-level history. Coordinators and admins. */
export const updateEuAct = (
  db: Db,
  actor: Actor,
  input: { id: string; version: number; data: unknown },
): Promise<EuAct> =>
  updateCatalogueRecord(
    db,
    catalogue,
    { id: input.id, version: input.version, data: euActInputSchema.parse(input.data) },
    actor,
  );

/** The history of an act, newest first. Any signed-in user. */
export async function euActHistory(db: Db, id: string): Promise<AuditEvent[]> {
  const [exists] = await db.select({ id: euActs.id }).from(euActs).where(eq(euActs.id, id));
  if (!exists) throw notFound('euAct');
  return auditHistory(db, 'eu_act', id);
}
