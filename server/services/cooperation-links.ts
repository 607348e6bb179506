import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  auditEvents,
  benchmarks,
  cooperationBodies,
  initiativeBenchmarks,
  initiativeBodies,
  initiatives,
} from '../../drizzle/schema/index.ts';
import { type BenchmarkLink, benchmarkLinkInputSchema } from '../../shared/benchmark.ts';
import type { BodyOrganisation, BodyRelation } from '../../shared/codes.ts';
import { type BodyLink, bodyLinkInputSchema } from '../../shared/cooperation-body.ts';
import type { FieldChange } from '../../shared/initiative-changes.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import { sm } from '../../shared/server-messages.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Db } from '../db/database.ts';
import { withUniqueFields } from '../db/unique-violation.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { invalid, notFound } from '../errors.ts';
import { recordAuditEvent } from './audit.ts';
import { checkMayEdit } from './initiative.ts';
import { cooperationFrozen } from './snapshot-content.ts';

/** An initiative's links to cooperation bodies and to the benchmarks it reports to. */
export interface CooperationLinks {
  bodies: BodyLink[];
  benchmarks: BenchmarkLink[];
}

const NO_LINKS: CooperationLinks = { bodies: [], benchmarks: [] };

/** The links of many initiatives (a board's cards, an export's rows), by initiative id. */
export async function linksOfInitiatives(
  db: Db,
  ids?: readonly string[],
): Promise<Map<string, CooperationLinks>> {
  const byInitiative = new Map<string, CooperationLinks>();
  if (!cooperationFrozen() || ids?.length === 0) return byInitiative;
  const entry = (id: string) => {
    const links = byInitiative.get(id) ?? { bodies: [], benchmarks: [] };
    byInitiative.set(id, links);
    return links;
  };
  const bodyRows = await db
    .select({
      initiativeId: initiativeBodies.initiativeId,
      id: initiativeBodies.id,
      relation: initiativeBodies.relation,
      note: initiativeBodies.note,
      bodyId: cooperationBodies.id,
      shortName: cooperationBodies.shortName,
      nameFi: cooperationBodies.nameFi,
      nameSv: cooperationBodies.nameSv,
      nameEn: cooperationBodies.nameEn,
      organisation: cooperationBodies.organisation,
    })
    .from(initiativeBodies)
    .innerJoin(cooperationBodies, eq(cooperationBodies.id, initiativeBodies.bodyId))
    .where(ids ? inArray(initiativeBodies.initiativeId, [...ids]) : undefined)
    .orderBy(asc(cooperationBodies.shortName), asc(initiativeBodies.relation));
  for (const row of bodyRows)
    entry(row.initiativeId).bodies.push({
      id: row.id,
      relation: row.relation as BodyRelation,
      note: row.note,
      body: {
        id: row.bodyId,
        shortName: row.shortName,
        name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
        organisation: row.organisation as BodyOrganisation,
      },
    });
  const benchmarkRows = await db
    .select({
      initiativeId: initiativeBenchmarks.initiativeId,
      id: initiativeBenchmarks.id,
      note: initiativeBenchmarks.note,
      benchmarkId: benchmarks.id,
      shortName: benchmarks.shortName,
      nameFi: benchmarks.nameFi,
      nameSv: benchmarks.nameSv,
      nameEn: benchmarks.nameEn,
    })
    .from(initiativeBenchmarks)
    .innerJoin(benchmarks, eq(benchmarks.id, initiativeBenchmarks.benchmarkId))
    .where(ids ? inArray(initiativeBenchmarks.initiativeId, [...ids]) : undefined)
    .orderBy(asc(benchmarks.shortName));
  for (const row of benchmarkRows)
    entry(row.initiativeId).benchmarks.push({
      id: row.id,
      note: row.note,
      benchmark: {
        id: row.benchmarkId,
        shortName: row.shortName,
        name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
      },
    });
  return byInitiative;
}

/** One initiative's links; NOT_FOUND for an unknown initiative. Any signed-in user. */
export async function linksOfInitiative(db: Db, initiativeId: string): Promise<CooperationLinks> {
  const [exists] = await db
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(eq(initiatives.id, initiativeId));
  if (!exists) throw notFound('initiative');
  return (await linksOfInitiatives(db, [initiativeId])).get(initiativeId) ?? NO_LINKS;
}

/** Locks the initiative and checks the user may change its links: its editors, coordinators, admins. */
async function lockForLinks(tx: Db, user: SessionUser, initiativeId: string): Promise<void> {
  const [initiative] = await tx
    .select({ leadMinistry: initiatives.leadMinistry, archivedAt: initiatives.archivedAt })
    .from(initiatives)
    .where(eq(initiatives.id, initiativeId))
    .for('update');
  if (!initiative) throw notFound('initiative');
  checkMayEdit(user, initiative.leadMinistry as MinistryCode);
  if (initiative.archivedAt) throw invalid(sm('archivedNoEdit'));
}

/** Records a link's change on the initiative's cooperation history, numbered after its last event. */
async function recordLinkEvent(
  tx: Db,
  user: SessionUser,
  initiativeId: string,
  action: 'link' | 'unlink',
  change: FieldChange<string>,
): Promise<void> {
  const [{ last } = { last: 0 }] = await tx
    .select({ last: sql<number>`coalesce(max(${auditEvents.version}), 0)::int` })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'cooperation_link'), eq(auditEvents.entityId, initiativeId)));
  await recordAuditEvent(
    tx,
    { entityType: 'cooperation_link', entityId: initiativeId, action, version: last + 1, changes: [change] },
    user,
  );
}

/** Links an initiative to a body with a relation and a note. The initiative's editors. */
export async function linkBody(db: Db, user: SessionUser, input: unknown): Promise<BodyLink> {
  const data = bodyLinkInputSchema.parse(input);
  const write = writeTransaction(db, async (tx) => {
    await lockForLinks(tx, user, data.initiativeId);
    const [body] = await tx.select().from(cooperationBodies).where(eq(cooperationBodies.id, data.bodyId));
    if (!body) throw notFound('body');
    const [taken] = await tx
      .select({ id: initiativeBodies.id })
      .from(initiativeBodies)
      .where(
        and(
          eq(initiativeBodies.initiativeId, data.initiativeId),
          eq(initiativeBodies.bodyId, data.bodyId),
          eq(initiativeBodies.relation, data.relation),
        ),
      );
    if (taken) throw invalid(sm('bodyLinkExists'), 'bodyId');
    const [row] = await tx.insert(initiativeBodies).values(data).returning();
    if (!row) throw new Error('Linking a body returned no row.');
    await recordLinkEvent(tx, user, data.initiativeId, 'link', {
      field: 'bodies',
      before: null,
      after: { body: body.shortName, relation: data.relation, note: data.note },
    });
    return {
      id: row.id,
      relation: data.relation,
      note: data.note,
      body: {
        id: body.id,
        shortName: body.shortName,
        name: { fi: body.nameFi, sv: body.nameSv, en: body.nameEn },
        organisation: body.organisation as BodyOrganisation,
      },
    };
  });
  return withUniqueFields(write, {
    initiative_bodies_unique_idx: { field: 'bodyId', message: sm('bodyLinkExists') },
  });
}

/** Removes a link to a body. The initiative's editors. */
export async function unlinkBody(
  db: Db,
  user: SessionUser,
  linkId: string,
): Promise<{ initiativeId: string }> {
  return writeTransaction(db, async (tx) => {
    const [link] = await tx
      .select({ link: initiativeBodies, shortName: cooperationBodies.shortName })
      .from(initiativeBodies)
      .innerJoin(cooperationBodies, eq(cooperationBodies.id, initiativeBodies.bodyId))
      .where(eq(initiativeBodies.id, linkId));
    if (!link) throw notFound('cooperationLink');
    await lockForLinks(tx, user, link.link.initiativeId);
    const [gone] = await tx.delete(initiativeBodies).where(eq(initiativeBodies.id, linkId)).returning();
    if (!gone) throw notFound('cooperationLink');
    await recordLinkEvent(tx, user, gone.initiativeId, 'unlink', {
      field: 'bodies',
      before: { body: link.shortName, relation: gone.relation, note: gone.note },
      after: null,
    });
    return { initiativeId: gone.initiativeId };
  });
}

/** Marks an initiative as reporting to a benchmark. The initiative's editors. */
export async function linkBenchmark(db: Db, user: SessionUser, input: unknown): Promise<BenchmarkLink> {
  const data = benchmarkLinkInputSchema.parse(input);
  const write = writeTransaction(db, async (tx) => {
    await lockForLinks(tx, user, data.initiativeId);
    const [benchmark] = await tx.select().from(benchmarks).where(eq(benchmarks.id, data.benchmarkId));
    if (!benchmark) throw notFound('benchmark');
    const [taken] = await tx
      .select({ id: initiativeBenchmarks.id })
      .from(initiativeBenchmarks)
      .where(
        and(
          eq(initiativeBenchmarks.initiativeId, data.initiativeId),
          eq(initiativeBenchmarks.benchmarkId, data.benchmarkId),
        ),
      );
    if (taken) throw invalid(sm('benchmarkLinkExists'), 'benchmarkId');
    const [row] = await tx.insert(initiativeBenchmarks).values(data).returning();
    if (!row) throw new Error('Linking a benchmark returned no row.');
    await recordLinkEvent(tx, user, data.initiativeId, 'link', {
      field: 'benchmarks',
      before: null,
      after: { benchmark: benchmark.shortName, note: data.note },
    });
    return {
      id: row.id,
      note: data.note,
      benchmark: {
        id: benchmark.id,
        shortName: benchmark.shortName,
        name: { fi: benchmark.nameFi, sv: benchmark.nameSv, en: benchmark.nameEn },
      },
    };
  });
  return withUniqueFields(write, {
    initiative_benchmarks_unique_idx: { field: 'benchmarkId', message: sm('benchmarkLinkExists') },
  });
}

/** Removes a link to a benchmark. The initiative's editors. */
export async function unlinkBenchmark(
  db: Db,
  user: SessionUser,
  linkId: string,
): Promise<{ initiativeId: string }> {
  return writeTransaction(db, async (tx) => {
    const [link] = await tx
      .select({ link: initiativeBenchmarks, shortName: benchmarks.shortName })
      .from(initiativeBenchmarks)
      .innerJoin(benchmarks, eq(benchmarks.id, initiativeBenchmarks.benchmarkId))
      .where(eq(initiativeBenchmarks.id, linkId));
    if (!link) throw notFound('cooperationLink');
    await lockForLinks(tx, user, link.link.initiativeId);
    const [gone] = await tx
      .delete(initiativeBenchmarks)
      .where(eq(initiativeBenchmarks.id, linkId))
      .returning();
    if (!gone) throw notFound('cooperationLink');
    await recordLinkEvent(tx, user, gone.initiativeId, 'unlink', {
      field: 'benchmarks',
      before: { benchmark: link.shortName, note: gone.note },
      after: null,
    });
    return { initiativeId: gone.initiativeId };
  });
}
