/** The writes of an import beside insertInitiative / applyUpdate: EU acts, board state, archiving. */
import { eq } from 'drizzle-orm';
import { ZodError } from 'zod';
import { euActs, initiatives } from '../../../drizzle/schema/index.ts';
import type { BoardState, ImportEuActReport } from '../../../shared/export-format.ts';
import { sameValue } from '../../../shared/initiative-changes.ts';
import type { Db } from '../../db/database.ts';
import { DomainError } from '../../errors.ts';
import { type Actor, actorId, recordAuditEvent } from '../audit.ts';
import { insertEuAct } from '../eu-act.ts';
import { issueReasons, type PlannedEuAct, type PlannedRecord } from './plan.ts';

function reasonsOf(error: unknown): string[] | null {
  if (error instanceof ZodError) return issueReasons(error.issues);
  if (error instanceof DomainError) return [error.field ? `${error.field}: ${error.message}` : error.message];
  return null;
}

/** Runs `work` in a savepoint: a failing record is undone alone, and the report goes on to the next. */
export async function inSavepoint<T>(
  tx: Db,
  work: (sp: Db) => Promise<T>,
): Promise<{ ok: T } | { reasons: string[] }> {
  try {
    return { ok: await tx.transaction(async (sp) => work(sp as unknown as Db)) };
  } catch (error) {
    const reasons = reasonsOf(error);
    if (!reasons) throw error;
    return { reasons };
  }
}

/** Creates the file's EU acts that the catalogue lacks (matched by short name); existing ones stay as they are. */
export async function importEuActs(
  tx: Db,
  planned: PlannedEuAct[],
  actor: Actor,
): Promise<{
  reports: ImportEuActReport[];
  actIds: Map<string, string>;
}> {
  const actIds = new Map(
    (await tx.select({ id: euActs.id, shortName: euActs.shortName }).from(euActs)).map((a) => [
      a.shortName,
      a.id,
    ]),
  );
  const seen = new Map<string, number>();
  const reports: ImportEuActReport[] = [];
  for (const act of planned) {
    const base = { index: act.index, key: act.key };
    const earlier = act.data ? seen.get(act.data.shortName) : undefined;
    if (!act.data || act.reasons.length > 0 || earlier !== undefined) {
      const reasons =
        earlier !== undefined
          ? [`shortName: "${act.key}" is also EU act ${earlier + 1} of the file.`]
          : act.reasons;
      reports.push({ ...base, outcome: 'rejected', reasons });
      continue;
    }
    const data = act.data;
    seen.set(data.shortName, act.index);
    if (actIds.has(data.shortName)) {
      reports.push({ ...base, outcome: 'existing' });
      continue;
    }
    const result = await inSavepoint(tx, async (sp) => (await insertEuAct(sp, data, actor, 'import')).id);
    if ('ok' in result) {
      actIds.set(data.shortName, result.ok);
      reports.push({ ...base, outcome: 'created' });
    } else reports.push({ ...base, outcome: 'rejected', reasons: result.reasons });
  }
  return { reports, actIds };
}

/** Board state (rank, scores) and archiving, which the digisalkku format carries beside the fields. */
export async function applySystemFields(
  sp: Db,
  id: string,
  record: PlannedRecord,
  actor: Actor,
): Promise<string[]> {
  const changed: string[] = [];
  const [row] = await sp
    .select({
      version: initiatives.version,
      rank: initiatives.rank,
      scores: initiatives.scores,
      archivedAt: initiatives.archivedAt,
    })
    .from(initiatives)
    .where(eq(initiatives.id, id));
  if (!row) throw new Error('The imported initiative vanished inside its transaction.');
  let version = row.version;
  const board: BoardState | undefined = record.board;
  if (board && (!sameValue(row.rank, board.rank) || !sameValue(row.scores, board.scores))) {
    version += 1;
    await sp
      .update(initiatives)
      .set({
        rank: board.rank,
        scores: board.scores,
        version,
        updatedAt: new Date(),
        updatedBy: actorId(actor),
      })
      .where(eq(initiatives.id, id));
    const changes = (
      [
        ['rank', row.rank, board.rank],
        ['scores', row.scores, board.scores],
      ] as const
    )
      .filter(([, before, after]) => !sameValue(before, after))
      // Rank and scores are not editable fields (the board owns them), but their history matters as much.
      .map(([field, before, after]) => ({ field, before, after }));
    changed.push(...changes.map((c) => c.field));
    await recordAuditEvent(
      sp,
      { entityType: 'initiative', entityId: id, action: 'import', version, changes },
      actor,
    );
  }
  if (record.archived !== undefined && record.archived !== (row.archivedAt !== null)) {
    version += 1;
    await sp
      .update(initiatives)
      .set({
        archivedAt: record.archived ? new Date() : null,
        version,
        updatedAt: new Date(),
        updatedBy: actorId(actor),
      })
      .where(eq(initiatives.id, id));
    const action = record.archived ? 'archive' : 'restore';
    await recordAuditEvent(
      sp,
      { entityType: 'initiative', entityId: id, action, version, changes: [] },
      actor,
    );
    changed.push('archived');
  }
  return changed;
}
