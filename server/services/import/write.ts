/**
 * The second phase of an import: writes a validated import in one transaction, in batches —
 * multi-row inserts for new acts, initiatives, their child rows and audit events; one guarded
 * update per changed initiative. No savepoints and no reads per record: the first phase
 * already decided everything, so 10,000 new initiatives take a few dozen statements.
 */
import { euActs, initiatives } from '../../../drizzle/schema/index.ts';
import { EU_ACT_FIELDS, type EuActData } from '../../../shared/eu-act.ts';
import { diffFields } from '../../../shared/initiative-changes.ts';
import { im } from '../../../shared/messages/import-report-messages.ts';
import { insertRows, updateRowsIfVersion, yieldToEventLoop } from '../../db/bulk.ts';
import type { Db } from '../../db/database.ts';
import { conflict } from '../../errors.ts';
import { type Actor, actorId, type NewAuditEvent, recordAuditEvents } from '../audit.ts';
import { euActValues } from '../eu-act.ts';
import { insertChildren, replaceChildren } from '../initiative.ts';
import { initiativeValues } from '../initiative-row.ts';
import { writeCatalogues, writeLinks } from './cooperation.ts';
import type { ValidatedImport } from './validate.ts';

async function writeEuActs(tx: Db, acts: ValidatedImport['newActs'], audit: NewAuditEvent[]) {
  await insertRows(
    tx,
    euActs,
    acts.map(({ id, data }) => ({ id, ...euActValues(data) })),
  );
  const empty = Object.fromEntries(EU_ACT_FIELDS.map((field) => [field, null])) as unknown as EuActData;
  for (const { id, data } of acts) {
    audit.push({
      entityType: 'eu_act',
      entityId: id,
      action: 'import',
      version: 1,
      changes: diffFields(empty, data, EU_ACT_FIELDS),
    });
  }
}

async function writeCreates(
  tx: Db,
  creates: ValidatedImport['creates'],
  actor: Actor,
  audit: NewAuditEvent[],
) {
  const now = new Date();
  await insertRows(
    tx,
    initiatives,
    creates.map((create) => ({
      id: create.id,
      ...initiativeValues(create.data),
      tier: create.board.tier,
      rank: create.board.rank,
      scores: create.board.scores,
      version: create.archived ? 2 : 1,
      archivedAt: create.archived ? now : null,
      createdAt: now,
      updatedAt: now,
      createdBy: actorId(actor),
      updatedBy: actorId(actor),
    })),
  );
  await yieldToEventLoop();
  await insertChildren(
    tx,
    creates.map((create) => ({ initiativeId: create.id, data: create.data })),
  );
  for (const create of creates) {
    audit.push({
      entityType: 'initiative',
      entityId: create.id,
      action: 'import',
      version: 1,
      changes: create.changes,
    });
    if (create.archived)
      audit.push({
        entityType: 'initiative',
        entityId: create.id,
        action: 'archive',
        version: 2,
        changes: [],
      });
  }
}

const PRIORITY_FIELDS = new Set<string>(['tier', 'rank', 'scores']);

async function writeUpdates(
  tx: Db,
  updates: ValidatedImport['updates'],
  actor: Actor,
  audit: NewAuditEvent[],
) {
  const now = new Date();
  const rows = updates.map((update) => {
    const { current } = update;
    let version = current.version;
    if (update.changes.length > 0) {
      version += 1;
      audit.push({
        entityType: 'initiative',
        entityId: current.id,
        action: 'import',
        version,
        changes: update.changes,
      });
    }
    if (update.archived !== null) {
      version += 1;
      audit.push({
        entityType: 'initiative',
        entityId: current.id,
        action: update.archived ? 'archive' : 'restore',
        version,
        changes: [],
      });
    }
    const archivedAt = update.archived === null ? current.archivedAt : update.archived ? now : null;
    // A priority the file changes is a new priority version: a board still showing the old one
    // answers CONFLICT instead of moving the card back.
    const priorityChanged = update.changes.some((c) => PRIORITY_FIELDS.has(c.field));
    return {
      priorityVersion: current.priorityVersion + (priorityChanged ? 1 : 0),
      id: current.id,
      expectedVersion: current.version,
      ...initiativeValues(update.data),
      tier: update.board.tier,
      rank: update.board.rank,
      scores: update.board.scores,
      archivedAt,
      version,
      updatedAt: now,
      updatedBy: actorId(actor),
    };
  });
  // Guarded by the versions read in the first phase: an edit saved since then makes the whole
  // import a CONFLICT instead of a silent overwrite.
  const written = await updateRowsIfVersion(tx, initiatives, rows);
  const raced = updates.find((update) => !written.has(update.current.id));
  if (raced) {
    throw conflict(im('racedChange', { title: raced.current.title.fi }));
  }
  await replaceChildren(
    tx,
    updates
      .filter((update) => update.changes.some((c) => c.field === 'milestones' || c.field === 'euImpacts'))
      .map((update) => ({ initiativeId: update.current.id, data: update.data })),
  );
}

/** Writes everything a validated import holds, with its audit events, inside the caller's transaction. */
export async function writeImport(tx: Db, validated: ValidatedImport, actor: Actor): Promise<void> {
  const audit: NewAuditEvent[] = [];
  await writeEuActs(tx, validated.newActs, audit);
  // Bodies may name the acts just written; links name the bodies and benchmarks and the initiatives.
  await writeCatalogues(tx, validated.catalogues, actor);
  await writeCreates(tx, validated.creates, actor, audit);
  await writeUpdates(tx, validated.updates, actor, audit);
  await yieldToEventLoop();
  await writeLinks(tx, validated.links, actor);
  await recordAuditEvents(tx, audit, actor);
}
