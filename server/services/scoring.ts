import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { auditEvents, initiatives, scoringCriteria, weightings } from '../../drizzle/schema/index.ts';
import { diffFields } from '../../shared/initiative-changes.ts';
import { type Criterion, rankByScore, type Weighting } from '../../shared/scoring.ts';
import { unknownCriteria } from '../../shared/scoring-criteria.ts';
import type {
  Comparison,
  compareInputSchema,
  saveCriteriaInputSchema,
  saveWeightingInputSchema,
  setScoresInputSchema,
} from '../../shared/scoring-input.ts';
import { sm } from '../../shared/server-messages.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Db } from '../db/database.ts';
import { versionedWrite } from '../db/versioned-write.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { conflict, invalid, notFound } from '../errors.ts';
import { recordAuditEvent } from './audit.ts';
import { filterConditions } from './initiative-list.ts';
import { readDay } from './read-day.ts';
import { criterionValues, listCriteria, weightingFromRow } from './scoring-context.ts';

/** The criteria set has no id of its own; its history is kept under this one. */
const CRITERIA_ENTITY_ID = '00000000-0000-0000-0000-000000000000';

export { listCriteria };

export async function listWeightings(db: Db): Promise<(Weighting & { version: number })[]> {
  const rows = await db
    .select()
    .from(weightings)
    .orderBy(desc(weightings.isDefault), sql`${weightings.ministry} nulls first`, asc(weightings.nameFi));
  return rows.map(weightingFromRow);
}

/**
 * Replaces the criteria (coordinators). A criterion left out keeps its scores in the
 * initiatives (unread), so putting it back restores them; the change is one audit event.
 */
export async function saveCriteria(
  db: Db,
  user: SessionUser,
  input: z.output<typeof saveCriteriaInputSchema>,
): Promise<Criterion[]> {
  await writeTransaction(db, async (tx) => {
    const before = await listCriteria(tx);
    const after: Criterion[] = input.criteria.map((c, index) => ({
      key: c.key,
      name: { fi: c.name.fi, sv: c.name.sv || c.name.fi, en: c.name.en || c.name.fi },
      levels: c.levels.map((l) => ({ fi: l.fi, sv: l.sv || l.fi, en: l.en || l.fi })),
      direction: c.direction,
      position: index + 1,
    }));
    await tx.delete(scoringCriteria);
    await tx.insert(scoringCriteria).values(after.map(criterionValues));
    const [last] = await tx
      .select({ version: auditEvents.version })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityType, 'scoring_criteria'), eq(auditEvents.entityId, CRITERIA_ENTITY_ID)),
      )
      .orderBy(desc(auditEvents.version))
      .limit(1);
    await recordAuditEvent(
      tx,
      {
        entityType: 'scoring_criteria',
        entityId: CRITERIA_ENTITY_ID,
        action: 'update',
        version: (last?.version ?? 0) + 1,
        changes: [{ field: 'criteria', before, after }],
      },
      user,
    );
  });
  return listCriteria(db);
}

/** Creates or changes a named weighting (coordinators); making one the default unmakes the other. */
export async function saveWeighting(
  db: Db,
  user: SessionUser,
  input: z.output<typeof saveWeightingInputSchema>,
): Promise<Weighting & { version: number }> {
  const values = {
    nameFi: input.name.fi,
    nameSv: input.name.sv || input.name.fi,
    nameEn: input.name.en || input.name.fi,
    ministry: input.ministry,
    weights: input.weights,
    updatedAt: new Date(),
    updatedBy: user.id,
  };
  const id = await writeTransaction(db, async (tx) => {
    const criteria = (await listCriteria(tx)).map((c) => c.key);
    // Weights of a criterion taken out of the list stay as they were, like its scores: a
    // weighting sent back as read is never refused for them.
    const [stored] = input.id
      ? await tx.select({ weights: weightings.weights }).from(weightings).where(eq(weightings.id, input.id))
      : [];
    const known = [...criteria, ...Object.keys((stored?.weights ?? {}) as Record<string, number>)];
    const unknown = unknownCriteria(input.weights, known);
    if (unknown.length > 0) {
      throw invalid(sm('unknownCriteriaScores', { keys: unknown.join(', '), criteria: criteria.join(', ') }));
    }
    if (input.isDefault) {
      await tx.update(weightings).set({ isDefault: false }).where(eq(weightings.isDefault, true));
    }
    if (!input.id) {
      const [row] = await tx
        .insert(weightings)
        .values({ ...values, isDefault: input.isDefault ?? false })
        .returning({ id: weightings.id });
      if (!row) throw new Error('Inserting a weighting returned no row.');
      await recordAuditEvent(
        tx,
        {
          entityType: 'weighting',
          entityId: row.id,
          action: 'create',
          version: 1,
          changes: [{ field: 'weights', before: null, after: input.weights }],
        },
        user,
      );
      return row.id;
    }
    const [current] = await tx.select().from(weightings).where(eq(weightings.id, input.id)).for('update');
    if (!current) throw notFound('weighting');
    if (current.isDefault && input.isDefault === false) throw invalid(sm('oneDefaultWeighting'));
    const before = weightingFromRow(current);
    const after = {
      ...before,
      name: { fi: values.nameFi, sv: values.nameSv, en: values.nameEn },
      ministry: input.ministry,
      weights: input.weights,
    };
    await versionedWrite(tx, {
      table: weightings,
      id: input.id,
      versionColumn: weightings.version,
      versionKey: 'version',
      expected: input.version ?? current.version,
      values: { ...values, isDefault: input.isDefault ?? current.isDefault },
      audit: {
        entityType: 'weighting',
        action: 'update',
        changes: diffFields(before, after, ['name', 'ministry', 'weights'] as const),
      },
      actor: user,
      stale: () => conflict(sm('staleWeighting'), { currentVersion: current.version }),
    });
    return input.id;
  });
  const [row] = await db.select().from(weightings).where(eq(weightings.id, id));
  if (!row) throw notFound('weighting');
  return weightingFromRow(row);
}

/**
 * Sets an initiative's criterion scores (coordinators), checked against its priority version,
 * with the scores before and after in the priority's history. Only defined criteria are taken.
 */
export async function setScores(
  db: Db,
  user: SessionUser,
  input: z.output<typeof setScoresInputSchema>,
): Promise<{ priorityVersion: number }> {
  return writeTransaction(db, async (tx) => {
    const criteria = (await listCriteria(tx)).map((c) => c.key);
    const unknown = unknownCriteria(input.scores, criteria);
    if (unknown.length > 0) {
      throw invalid(sm('unknownCriteriaScores', { keys: unknown.join(', '), criteria: criteria.join(', ') }));
    }
    const [current] = await tx
      .select({
        scores: initiatives.scores,
        priorityVersion: initiatives.priorityVersion,
        archivedAt: initiatives.archivedAt,
      })
      .from(initiatives)
      .where(eq(initiatives.id, input.id))
      .for('update');
    if (!current) throw notFound('initiative');
    if (current.archivedAt) throw invalid(sm('archivedNotOnBoard'));
    if (current.priorityVersion !== input.priorityVersion) {
      throw conflict(sm('staleBoard'), { currentPriorityVersion: current.priorityVersion });
    }
    // Scores of criteria no longer defined stay as they were: removing a criterion loses nothing.
    const kept = Object.fromEntries(
      Object.entries(current.scores as Record<string, number>).filter(([key]) => !criteria.includes(key)),
    );
    const scores = { ...kept, ...input.scores };
    const priorityVersion = await versionedWrite(tx, {
      table: initiatives,
      id: input.id,
      versionColumn: initiatives.priorityVersion,
      versionKey: 'priorityVersion',
      expected: current.priorityVersion,
      values: { scores },
      audit: {
        entityType: 'initiative_priority',
        action: 'score',
        changes: [{ field: 'scores', before: current.scores, after: scores }],
      },
      actor: user,
      stale: () => conflict(sm('staleBoard')),
    });
    return { priorityVersion };
  });
}

/**
 * Weightings side by side: the top N active initiatives (of the filter) under each, and every
 * listed initiative's position under all of them ("3rd for LVM, 11th for VM"). Any signed-in user.
 */
export async function compareWeightings(
  db: Db,
  input: z.output<typeof compareInputSchema>,
): Promise<Comparison> {
  const filter = { ...input.filter, archived: 'active' as const };
  const [rows, criteria, chosen] = await Promise.all([
    db
      .select({
        id: initiatives.id,
        scores: initiatives.scores,
        titleFi: initiatives.titleFi,
        titleSv: initiatives.titleSv,
        titleEn: initiatives.titleEn,
      })
      .from(initiatives)
      .where(and(filterConditions(filter, readDay()), isNull(initiatives.archivedAt)))
      .orderBy(asc(initiatives.sortTitleFi), asc(initiatives.id)),
    listCriteria(db),
    listWeightings(db),
  ]);
  const items = rows.map((row) => ({ id: row.id, scores: row.scores as Record<string, number> }));
  const byId = new Map(chosen.map((w) => [w.id, w]));
  const rankings = input.weightingIds.map((id) => {
    const weighting = byId.get(id);
    if (!weighting) throw notFound('weighting');
    const ranked = rankByScore(items, criteria, weighting.weights);
    return { weighting, ranked, position: new Map(ranked.map((entry, index) => [entry.item.id, index + 1])) };
  });
  const listed = new Set<string>();
  const columns = rankings.map(({ weighting, ranked }) => {
    const top = ranked.slice(0, input.top).map((entry, index) => {
      listed.add(entry.item.id);
      return { id: entry.item.id, position: index + 1, score: entry.score };
    });
    return { weighting: { id: weighting.id, name: weighting.name }, top };
  });
  const titles = new Map(rows.map((row) => [row.id, { fi: row.titleFi, sv: row.titleSv, en: row.titleEn }]));
  return {
    columns,
    initiatives: [...listed].map((id) => ({
      id,
      title: titles.get(id) ?? { fi: id, sv: null, en: null },
      positions: Object.fromEntries(
        rankings.map(({ weighting, ranked, position }) => [
          weighting.id,
          ranked.find((entry) => entry.item.id === id)?.score === null ? null : (position.get(id) ?? null),
        ]),
      ),
    })),
    ranked: rows.length,
  };
}
