import { and, asc, eq, sql } from 'drizzle-orm';
import { cooperationBodies, euActs, initiativeBodies, initiatives } from '../../drizzle/schema/index.ts';
import type { AuditEvent } from '../../shared/audit.ts';
import { BODY_RELATIONS, type BodyOrganisation, type BodyRelation } from '../../shared/codes.ts';
import {
  BODY_FIELDS,
  type Body,
  type BodyData,
  type BodyDetails,
  type BodySummary,
  bodyInputSchema,
  type Representative,
} from '../../shared/cooperation-body.ts';
import type { Contact, Link } from '../../shared/initiative.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import { sm } from '../../shared/server-messages.ts';
import { vm } from '../../shared/validation-messages.ts';
import type { Db } from '../db/database.ts';
import { invalid, notFound } from '../errors.ts';
import { type Actor, auditHistory } from './audit.ts';
import {
  type Catalogue,
  createCatalogueRecord,
  deleteCatalogueRecord,
  insertCatalogueRecord,
  updateCatalogueRecord,
} from './catalogue-record.ts';
import { cooperationFrozen } from './snapshot-content.ts';

type BodyRow = typeof cooperationBodies.$inferSelect;

export function bodyFromRow(row: BodyRow): Body {
  return {
    id: row.id,
    version: row.version,
    shortName: row.shortName,
    name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
    organisation: row.organisation as BodyOrganisation,
    ministry: row.ministry as MinistryCode,
    agency: row.agency,
    contact: (row.contact as Contact | null) ?? null,
    representatives: row.representatives as Representative[],
    mandateStart: row.mandateStart,
    mandateEnd: row.mandateEnd,
    meetingRhythm: row.meetingRhythm as Body['meetingRhythm'],
    nextMeetingOn: row.nextMeetingOn,
    links: row.links as Link[],
    euActId: row.euActId,
  };
}

function bodyValues(data: BodyData) {
  return {
    shortName: data.shortName,
    nameFi: data.name.fi,
    nameSv: data.name.sv ?? null,
    nameEn: data.name.en ?? null,
    organisation: data.organisation,
    ministry: data.ministry,
    agency: data.agency,
    contact: data.contact,
    representatives: data.representatives,
    mandateStart: data.mandateStart,
    mandateEnd: data.mandateEnd,
    meetingRhythm: data.meetingRhythm,
    nextMeetingOn: data.nextMeetingOn,
    links: data.links,
    euActId: data.euActId,
  };
}

export const BODY_CATALOGUE: Catalogue<BodyData, BodyRow, Body> = {
  table: cooperationBodies,
  entity: 'cooperation_body',
  fields: BODY_FIELDS,
  fromRow: bodyFromRow,
  values: bodyValues,
  notFound: () => notFound('body'),
  stale: () => sm('staleBody'),
  shortNameTaken: (shortName) => vm('bodyShortNameTaken', { shortName }),
  uniqueConstraint: 'cooperation_bodies_short_name_unique',
  async checkReferences(tx, data) {
    if (data.euActId === null) return;
    const [act] = await tx.select({ id: euActs.id }).from(euActs).where(eq(euActs.id, data.euActId));
    if (!act) throw invalid(vm('bodyEuActUnknown'), 'euActId');
  },
};

// Qualified by hand: inside the subquery an unqualified "id" would be the link's or the initiative's.
const BODY_ID = sql.raw('"cooperation_bodies"."id"');

/** The catalogue by short name, with each body's EU act and its active initiatives by relation. Any signed-in user. */
export async function listBodies(db: Db): Promise<BodySummary[]> {
  if (!cooperationFrozen()) return [];
  const rows = await db
    .select({
      body: cooperationBodies,
      euActShortName: euActs.shortName,
      linked: sql<Partial<Record<BodyRelation, number>> | null>`(
        select json_object_agg(c.relation, c.n) from (
          select ib.relation, count(*)::int as n from initiative_bodies ib
          join initiatives i on i.id = ib.initiative_id
          where ib.body_id = ${BODY_ID} and i.archived_at is null
          group by ib.relation
        ) as c)`,
    })
    .from(cooperationBodies)
    .leftJoin(euActs, eq(euActs.id, cooperationBodies.euActId))
    .orderBy(asc(cooperationBodies.shortName));
  return rows.map(({ body, euActShortName, linked }) => ({
    ...bodyFromRow(body),
    euActShortName,
    linked: Object.fromEntries(BODY_RELATIONS.map((r) => [r, linked?.[r] ?? 0])) as Record<
      BodyRelation,
      number
    >,
  }));
}

/** One body with its EU act and the initiatives linked to it. Any signed-in user. */
export async function getBody(db: Db, id: string): Promise<BodyDetails> {
  if (!cooperationFrozen()) throw notFound('body');
  const [found] = await db
    .select({ body: cooperationBodies, actShortName: euActs.shortName })
    .from(cooperationBodies)
    .leftJoin(euActs, eq(euActs.id, cooperationBodies.euActId))
    .where(eq(cooperationBodies.id, id));
  if (!found) throw notFound('body');
  const linked = await db
    .select({
      linkId: initiativeBodies.id,
      id: initiatives.id,
      titleFi: initiatives.titleFi,
      titleSv: initiatives.titleSv,
      titleEn: initiatives.titleEn,
      leadMinistry: initiatives.leadMinistry,
      status: initiatives.status,
      archivedAt: initiatives.archivedAt,
      relation: initiativeBodies.relation,
      note: initiativeBodies.note,
    })
    .from(initiativeBodies)
    .innerJoin(initiatives, eq(initiatives.id, initiativeBodies.initiativeId))
    .where(eq(initiativeBodies.bodyId, id))
    .orderBy(asc(initiativeBodies.relation), asc(initiatives.titleFi));
  const body = bodyFromRow(found.body);
  return {
    ...body,
    euAct: body.euActId && found.actShortName ? { id: body.euActId, shortName: found.actShortName } : null,
    initiatives: linked.map((l) => ({
      linkId: l.linkId,
      id: l.id,
      title: { fi: l.titleFi, sv: l.titleSv, en: l.titleEn },
      leadMinistry: l.leadMinistry as MinistryCode,
      status: l.status,
      relation: l.relation as BodyRelation,
      note: l.note,
      archived: l.archivedAt !== null,
    })),
  };
}

/** Inserts a validated body (seed, import); the caller owns the transaction. */
export const insertBody = (tx: Db, data: BodyData, actor: Actor, action: 'create' | 'import' = 'create') =>
  insertCatalogueRecord(tx, BODY_CATALOGUE as Catalogue<BodyData, never, Body>, data, actor, action);

/** Coordinators: adds a body to the catalogue. */
export function createBody(db: Db, actor: Actor, input: unknown): Promise<Body> {
  return createCatalogueRecord(
    db,
    BODY_CATALOGUE as Catalogue<BodyData, never, Body>,
    bodyInputSchema.parse(input),
    actor,
  );
}

/** Coordinators: changes a body if `version` is current (else CONFLICT). */
export function updateBody(
  db: Db,
  actor: Actor,
  input: { id: string; version: number; data: unknown },
): Promise<Body> {
  return updateCatalogueRecord(
    db,
    BODY_CATALOGUE as Catalogue<BodyData, never, Body>,
    { id: input.id, version: input.version, data: bodyInputSchema.parse(input.data) },
    actor,
  );
}

/** A body's history, newest first. Any signed-in user. */
export async function bodyHistory(db: Db, id: string): Promise<AuditEvent[]> {
  const [exists] = await db
    .select({ id: cooperationBodies.id })
    .from(cooperationBodies)
    .where(and(eq(cooperationBodies.id, id)));
  if (!exists) throw notFound('body');
  return auditHistory(db, 'cooperation_body', id);
}

/** Coordinators: removes a body no initiative links to (else BAD_REQUEST naming how many do). */
export function deleteBody(db: Db, actor: Actor, input: { id: string; version: number }) {
  return deleteCatalogueRecord(
    db,
    BODY_CATALOGUE as Catalogue<BodyData, never, Body>,
    input,
    actor,
    (tx, id) => tx.$count(initiativeBodies, eq(initiativeBodies.bodyId, id)),
    (count) => sm('bodyInUse', { count }),
  );
}
