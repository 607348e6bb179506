import { asc, eq } from 'drizzle-orm';
import { scoringCriteria, weightings } from '../../drizzle/schema/index.ts';
import type { Language } from '../../shared/codes.ts';
import { DEFAULT_CRITERIA_DEFINITIONS, DEFAULT_WEIGHTING } from '../../shared/default-scoring.ts';
import { type Criterion, type Weighting, weightedScore } from '../../shared/scoring.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../errors.ts';

/** What a read needs to give an initiative its weighted score: the criteria and the default weights. */
export interface ScoringContext {
  criteria: Criterion[];
  defaultWeights: Record<string, number>;
}

type CriterionRow = typeof scoringCriteria.$inferSelect;
type WeightingRow = typeof weightings.$inferSelect;

export function criterionFromRow(row: CriterionRow): Criterion {
  return {
    key: row.key,
    name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
    levels: row.levels as Record<Language, string>[],
    direction: row.direction as Criterion['direction'],
    position: row.position,
  };
}

/** A criterion's row: the inverse of criterionFromRow. */
export function criterionValues(c: Criterion): typeof scoringCriteria.$inferInsert {
  return {
    key: c.key,
    nameFi: c.name.fi,
    nameSv: c.name.sv,
    nameEn: c.name.en,
    levels: c.levels,
    direction: c.direction,
    position: c.position,
  };
}

export function weightingFromRow(row: WeightingRow): Weighting & { version: number } {
  return {
    id: row.id,
    name: { fi: row.nameFi, sv: row.nameSv, en: row.nameEn },
    ministry: row.ministry,
    weights: row.weights as Record<string, number>,
    isDefault: row.isDefault,
    version: row.version,
  };
}

/** The weighting a board or list scores by: the one asked for, else the default. */
export async function chosenWeighting(db: Db, weightingId: string | undefined) {
  const [row] = await db
    .select()
    .from(weightings)
    .where(weightingId ? eq(weightings.id, weightingId) : eq(weightings.isDefault, true));
  if (!row && weightingId) throw notFound('weighting');
  return row ? weightingFromRow(row) : null;
}

export async function listCriteria(db: Db): Promise<Criterion[]> {
  const rows = await db.select().from(scoringCriteria).orderBy(asc(scoringCriteria.position));
  return rows.map(criterionFromRow);
}

/** The criteria and the weights to score by: the chosen weighting's, else the default's. */
export async function scoringContext(db: Db, weightingId?: string): Promise<ScoringContext> {
  const [criteria, weighting] = await Promise.all([listCriteria(db), chosenWeighting(db, weightingId)]);
  return { criteria, defaultWeights: weighting?.weights ?? {} };
}

export function defaultWeightedScore(scores: Readonly<Record<string, number>>, context: ScoringContext) {
  return weightedScore(scores, context.criteria, context.defaultWeights).score;
}

/**
 * The default criteria and Digitoimisto's weighting, written on start when there are none
 * (production too: the board and the list need a weighting to sort by). Never overwrites.
 */
export async function ensureScoring(db: Db): Promise<void> {
  if ((await db.$count(scoringCriteria)) === 0) {
    await db
      .insert(scoringCriteria)
      .values(DEFAULT_CRITERIA_DEFINITIONS.map(criterionValues))
      .onConflictDoNothing();
  }
  if ((await db.$count(weightings)) === 0) {
    await db
      .insert(weightings)
      .values({
        nameFi: DEFAULT_WEIGHTING.name.fi,
        nameSv: DEFAULT_WEIGHTING.name.sv,
        nameEn: DEFAULT_WEIGHTING.name.en,
        weights: DEFAULT_WEIGHTING.weights,
        isDefault: true,
      })
      .onConflictDoNothing();
  }
}
