import { and, eq, inArray, isNotNull, isNull, ne, type SQL, sql } from 'drizzle-orm';
import { auditEvents, euActs, euImpacts, initiatives, milestones } from '../../drizzle/schema/index.ts';
import type { AuditEvent } from '../../shared/audit.ts';
import type { HealthAssessment } from '../../shared/health.ts';
import {
  type Initiative,
  type InitiativeData,
  initiativeInputSchema,
  toInitiativeData,
} from '../../shared/initiative.ts';
import { diffInitiativeData, sameValue } from '../../shared/initiative-changes.ts';
import { MINISTRY_NAMES } from '../../shared/ministry.ts';
import { EMPTY_PRIORITY, type Priority } from '../../shared/priority.ts';
import { sm } from '../../shared/server-messages.ts';
import { canEditInitiative, isCoordinator, type SessionUser } from '../../shared/user.ts';
import { validationLanguage, vm } from '../../shared/validation-messages.ts';
import { insertRows } from '../db/bulk.ts';
import type { Db } from '../db/database.ts';
import { nextTurn } from '../db/fair-turns.ts';
import { withUniqueFields } from '../db/unique-violation.ts';
import { versionedWrite } from '../db/versioned-write.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { conflict, forbidden, invalid, notFound } from '../errors.ts';
import { type Actor, actorId, actorName, auditHistory, recordAuditEvent } from './audit.ts';
import {
  assembleInitiatives,
  type InitiativeRows,
  initiativesFromDocuments,
  READ_COLUMNS,
  selectedInitiativeDocuments,
} from './initiative-documents.ts';
import { initiativeValues } from './initiative-row.ts';
import { readDay } from './read-day.ts';
import { scoringContext } from './scoring-context.ts';

/** Reads initiatives with their milestones, EU impacts and authors; three extra queries whatever the count. */
export async function loadInitiatives(
  db: Db,
  ids: string[],
  today = readDay(),
  options: { authors?: boolean } = {},
): Promise<Initiative[]> {
  if (ids.length === 0) return [];
  const [rows, milestoneRows, impactRows, scoring] = await Promise.all([
    db.select(READ_COLUMNS).from(initiatives).where(inArray(initiatives.id, ids)),
    db.select().from(milestones).where(inArray(milestones.initiativeId, ids)),
    db
      .select({ impact: euImpacts, euActShortName: euActs.shortName })
      .from(euImpacts)
      .innerJoin(euActs, eq(euActs.id, euImpacts.euActId))
      .where(inArray(euImpacts.initiativeId, ids)),
    scoringContext(db),
  ]);
  // Names as the history recorded them: system actors (demo seed, command line) and users
  // renamed or removed since still read right.
  // Imports compare fields only and skip this, the dearest of the four queries.
  const authors =
    options.authors === false
      ? []
      : await db
          .select({ id: auditEvents.entityId, version: auditEvents.version, name: auditEvents.actorName })
          .from(auditEvents)
          .where(
            and(
              eq(auditEvents.entityType, 'initiative'),
              inArray(auditEvents.entityId, ids),
              sql`(${auditEvents.version} = 1 or ${auditEvents.version} = (select i.version from initiatives i where i.id = ${auditEvents.entityId}))`,
            ),
          );
  const names = new Map(authors.map((a) => [`${a.id}:${a.version}`, a.name]));
  const loaded = assembleInitiatives(
    { rows: rows as InitiativeRows['rows'], milestoneRows, impactRows },
    today,
    scoring,
    (id, version) => names.get(`${id}:${version}`) ?? null,
  );
  const byId = new Map(loaded.map((initiative) => [initiative.id, initiative]));
  return ids.map((id) => byId.get(id)).filter((i): i is Initiative => i !== undefined);
}

/**
 * Every initiative a condition selects, in `order`, without the authors (no file shows them):
 * an export's whole list, read as JSON documents by the condition itself (initiative-documents.ts),
 * which for 10,000 took a third of the time of reading them by their ids.
 */
export async function loadSelectedInitiatives(
  db: Db,
  where: SQL | undefined,
  order: SQL[],
  today = readDay(),
): Promise<Initiative[]> {
  const documents = await selectedInitiativeDocuments(db, where, order);
  const scoring = await scoringContext(db);
  // Making 10,000 initiatives is a block of its own: the requests waiting meanwhile go first.
  await nextTurn();
  return initiativesFromDocuments(documents, today, scoring);
}

/** One initiative, archived or not. Any signed-in user. */
export async function getInitiative(db: Db, id: string): Promise<Initiative> {
  const [initiative] = await loadInitiatives(db, [id]);
  if (!initiative) throw notFound('initiative');
  return initiative;
}

/** Checks what the database must confirm: EU acts exist, the project number is free. */
async function checkReferences(tx: Db, data: InitiativeData, ownId: string | null): Promise<void> {
  const actIds = [...new Set(data.euImpacts.map((i) => i.euActId))];
  if (actIds.length > 0) {
    const found = new Set(
      (await tx.select({ id: euActs.id }).from(euActs).where(inArray(euActs.id, actIds))).map((a) => a.id),
    );
    const missing = data.euImpacts.findIndex((i) => !found.has(i.euActId));
    if (missing >= 0) throw invalid(vm('euActNotInCatalogue'), `euImpacts.${missing}.euActId`);
  }
  if (data.projectNumber) {
    const [taken] = await tx
      .select({ title: initiatives.titleFi })
      .from(initiatives)
      .where(
        and(eq(initiatives.projectNumber, data.projectNumber), ownId ? ne(initiatives.id, ownId) : undefined),
      );
    if (taken)
      throw invalid(
        vm('projectNumberTaken', { projectNumber: data.projectNumber, title: taken.title }),
        'projectNumber',
      );
  }
}

const uniqueProjectNumber = (projectNumber: string | null) => ({
  initiatives_project_number_idx: {
    field: 'projectNumber',
    message: vm('projectNumberTakenRace', { projectNumber: projectNumber ?? '' }),
  },
});

/** Inserts the milestones and EU impacts of initiatives that have none yet, in few statements. */
export async function insertChildren(
  tx: Db,
  items: readonly { initiativeId: string; data: Pick<InitiativeData, 'milestones' | 'euImpacts'> }[],
): Promise<void> {
  await insertRows(
    tx,
    milestones,
    items.flatMap(({ initiativeId, data }) =>
      data.milestones.map((m, position) => ({
        initiativeId,
        position,
        title: m.title,
        dueDate: m.dueDate,
        doneAt: m.doneAt,
      })),
    ),
  );
  await insertRows(
    tx,
    euImpacts,
    items.flatMap(({ initiativeId, data }) =>
      data.euImpacts.map((i, position) => ({
        initiativeId,
        position,
        euActId: i.euActId,
        relation: i.relation,
        deadline: i.deadline,
        note: i.note,
      })),
    ),
  );
}

/** Replaces the milestones and EU impacts of initiatives. */
export async function replaceChildren(
  tx: Db,
  items: readonly { initiativeId: string; data: Pick<InitiativeData, 'milestones' | 'euImpacts'> }[],
): Promise<void> {
  if (items.length === 0) return;
  const ids = sql`${`{${items.map((item) => item.initiativeId).join(',')}}`}::uuid[]`;
  await tx.delete(milestones).where(sql`${milestones.initiativeId} = any(${ids})`);
  await tx.delete(euImpacts).where(sql`${euImpacts.initiativeId} = any(${ids})`);
  await insertChildren(tx, items);
}

const writeChildren = (tx: Db, initiativeId: string, data: InitiativeData) =>
  replaceChildren(tx, [{ initiativeId, data }]);

/**
 * Stamps an assessment with today and its author when its rating or reason changed; a reset to
 * "not assessed" clears both. Only imports may bring their own date and author (the register
 * or another digisalkku knows when it was assessed); from the form they are never trusted.
 */
function stampHealth(
  before: HealthAssessment | null,
  after: HealthAssessment,
  actor: Actor,
  today: string,
  trustStamps: boolean,
): HealthAssessment {
  if (after.rating === 'not_assessed' && !after.reason)
    return { ...after, assessedOn: null, assessedBy: null };
  const changed = !before || before.rating !== after.rating || before.reason !== after.reason;
  if (trustStamps && after.assessedOn !== null) return after;
  if (!changed) return { ...after, assessedOn: before.assessedOn, assessedBy: before.assessedBy };
  return { ...after, assessedOn: today, assessedBy: actorName(actor) };
}

/** Both assessments stamped (see stampHealth); imports trust the dates and authors they bring. */
export function stampAssessments(
  before: InitiativeData | null,
  data: InitiativeData,
  actor: Actor,
  today: string,
  trustStamps: boolean,
): InitiativeData {
  return {
    ...data,
    ministryHealth: stampHealth(
      before?.ministryHealth ?? null,
      data.ministryHealth,
      actor,
      today,
      trustStamps,
    ),
    digitoimistoHealth: stampHealth(
      before?.digitoimistoHealth ?? null,
      data.digitoimistoHealth,
      actor,
      today,
      trustStamps,
    ),
  };
}

/** Digitoimisto's own assessment is the coordinators' to set (the tier is not an edit at all: see board.ts). */
function checkCoordinatorFields(
  user: SessionUser,
  before: InitiativeData | null,
  after: InitiativeData,
): void {
  if (isCoordinator(user)) return;
  // The whole assessment, date and author included: an editor may not rewrite who judged what, when.
  const untouched = before
    ? sameValue(before.digitoimistoHealth, after.digitoimistoHealth)
    : after.digitoimistoHealth.rating === 'not_assessed' &&
      !after.digitoimistoHealth.reason &&
      !after.digitoimistoHealth.assessedOn;
  if (!untouched) throw forbidden(sm('coordinatorsSetDigitoimistoHealth'));
}

export function checkMayEdit(user: SessionUser, leadMinistry: InitiativeData['leadMinistry']): void {
  if (!canEditInitiative(user, leadMinistry)) {
    throw forbidden(
      user.role === 'editor'
        ? sm('otherMinistry', {
            own: user.ministry ?? '',
            lead: leadMinistry,
            leadName: MINISTRY_NAMES[leadMinistry][validationLanguage()],
          })
        : sm('readOnlyRole'),
    );
  }
}

/** Creates an initiative with its audit event. Editors only for their own ministry. */
export async function createInitiative(db: Db, user: SessionUser, input: unknown): Promise<Initiative> {
  const parsed = initiativeInputSchema.parse(input);
  checkMayEdit(user, parsed.leadMinistry);
  checkCoordinatorFields(user, null, parsed);
  const id = await withUniqueFields(
    writeTransaction(db, async (tx) => insertInitiative(tx, parsed, user, 'create')),
    uniqueProjectNumber(parsed.projectNumber),
  );
  return getInitiative(db, id);
}

/** Inserts a validated initiative and its audit event; the caller owns the transaction and the rights check. */
export async function insertInitiative(
  tx: Db,
  parsed: InitiativeData,
  actor: Actor,
  action: 'create' | 'import',
  today = readDay(),
  priority: Priority = EMPTY_PRIORITY,
): Promise<string> {
  await checkReferences(tx, parsed, null);
  const data = stampAssessments(null, parsed, actor, today, action === 'import');
  const [row] = await tx
    .insert(initiatives)
    .values({
      ...initiativeValues(data),
      ...priority,
      createdBy: actorId(actor),
      updatedBy: actorId(actor),
    })
    .returning({ id: initiatives.id });
  if (!row) throw new Error('Inserting an initiative returned no row.');
  await writeChildren(tx, row.id, data);
  const empty = Object.fromEntries(Object.keys(data).map((k) => [k, null])) as unknown as InitiativeData;
  await recordAuditEvent(
    tx,
    {
      entityType: 'initiative',
      entityId: row.id,
      action,
      version: 1,
      changes: diffInitiativeData(empty, data),
    },
    actor,
  );
  return row.id;
}

/**
 * Updates an initiative if `version` is still the current one; otherwise CONFLICT with the
 * current version, and nothing changes. Editors only their own ministry's initiatives.
 */
export async function updateInitiative(
  db: Db,
  user: SessionUser,
  input: { id: string; version: number; data: unknown },
): Promise<Initiative> {
  const parsed = initiativeInputSchema.parse(input.data);
  const write = writeTransaction(db, async (tx) => {
    const [locked] = await tx
      .select({ version: initiatives.version, archivedAt: initiatives.archivedAt })
      .from(initiatives)
      .where(eq(initiatives.id, input.id))
      .for('update');
    if (!locked) throw notFound('initiative');
    const current = await getInitiative(tx, input.id);
    checkMayEdit(user, current.leadMinistry);
    checkMayEdit(user, parsed.leadMinistry);
    if (locked.archivedAt) throw invalid(sm('archivedNoEdit'));
    if (locked.version !== input.version) {
      throw conflict(sm('staleInitiative', { mine: input.version, current: locked.version }), {
        currentVersion: locked.version,
      });
    }
    await applyUpdate(tx, current, parsed, user, 'update');
  });
  await withUniqueFields(write, uniqueProjectNumber(parsed.projectNumber));
  return getInitiative(db, input.id);
}

/** The field version of an initiative, for versionedWrite (the priority has its own: see board.ts). */
const initiativeVersion = (id: string, expected: number) => ({
  table: initiatives,
  id,
  versionColumn: initiatives.version,
  versionKey: 'version' as const,
  expected,
});

/** Writes new field values over a read initiative, bumping its version, with the audit event. No rights check. */
export async function applyUpdate(
  tx: Db,
  current: Initiative,
  parsed: InitiativeData,
  actor: Actor,
  action: 'update' | 'import',
  today = readDay(),
): Promise<boolean> {
  const before = toInitiativeData(current);
  if ('role' in actor) checkCoordinatorFields(actor as SessionUser, before, parsed);
  await checkReferences(tx, parsed, current.id);
  const data = stampAssessments(before, parsed, actor, today, action === 'import');
  const changes = diffInitiativeData(before, data);
  if (changes.length === 0) return false;
  // Guarded by the version read: a save that slipped in since (another instance, an import)
  // makes this a CONFLICT instead of a silent overwrite.
  await versionedWrite(tx, {
    ...initiativeVersion(current.id, current.version),
    values: { ...initiativeValues(data), updatedAt: new Date(), updatedBy: actorId(actor) },
    audit: { entityType: 'initiative', action, changes },
    actor,
    stale: () => conflict(sm('savedAtSameMoment')),
  });
  if (changes.some((c) => c.field === 'milestones' || c.field === 'euImpacts'))
    await writeChildren(tx, current.id, data);
  return true;
}

async function setArchived(db: Db, user: SessionUser, id: string, archive: boolean): Promise<Initiative> {
  await writeTransaction(db, async (tx) => {
    const [row] = await tx
      .select({ version: initiatives.version, lead: initiatives.leadMinistry })
      .from(initiatives)
      .where(
        and(
          eq(initiatives.id, id),
          archive ? isNull(initiatives.archivedAt) : isNotNull(initiatives.archivedAt),
        ),
      )
      .for('update');
    if (!row) {
      const [exists] = await tx
        .select({ id: initiatives.id })
        .from(initiatives)
        .where(eq(initiatives.id, id));
      if (!exists) throw notFound('initiative');
      throw invalid(sm(archive ? 'alreadyArchived' : 'notArchived'));
    }
    checkMayEdit(user, row.lead as InitiativeData['leadMinistry']);
    await versionedWrite(tx, {
      ...initiativeVersion(id, row.version),
      values: { archivedAt: archive ? new Date() : null, updatedAt: new Date(), updatedBy: user.id },
      audit: { entityType: 'initiative', action: archive ? 'archive' : 'restore', changes: [] },
      actor: user,
      stale: () => conflict(sm('savedAtSameMoment')),
    });
  });
  return getInitiative(db, id);
}

/** Archives (never deletes) an initiative. Whoever may edit it. */
export const archiveInitiative = (db: Db, user: SessionUser, id: string) => setArchived(db, user, id, true);

/** Brings an archived initiative back. Coordinators and admins (checked by the procedure). */
export const restoreInitiative = (db: Db, user: SessionUser, id: string) => setArchived(db, user, id, false);

/** The audit history of an initiative, newest first. Any signed-in user. */
export async function initiativeHistory(db: Db, id: string, afterVersion?: number): Promise<AuditEvent[]> {
  const [exists] = await db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.id, id));
  if (!exists) throw notFound('initiative');
  return auditHistory(db, 'initiative', id, afterVersion);
}
