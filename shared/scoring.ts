/**
 * Weighted scoring of the prioritisation. Coordinators define criteria (each scored 1–5,
 * either a benefit — more is better — or a cost — more is worse) and named weightings over
 * them; an initiative's weighted score (0–100) under a weighting is computed here, on both
 * sides, and never stored as truth: change a weight and every score follows.
 */
import type { Language } from './codes.ts';
import { daysBetween } from './dates.ts';

export type CriterionDirection = 'benefit' | 'cost';

export interface Criterion {
  key: string;
  name: Record<Language, string>;
  /** What each score means, 1 to 5, shown beside the input. */
  levels: Record<Language, string>[];
  direction: CriterionDirection;
  position: number;
}

export interface Weighting {
  id: string;
  name: Record<Language, string>;
  /** The ministry whose weighting this is; null for Digitoimisto's own. */
  ministry: string | null;
  /** Weight by criterion key; a criterion without a weight (or weight 0) does not count. */
  weights: Record<string, number>;
  isDefault: boolean;
}

export const MIN_SCORE = 1;
export const MAX_SCORE = 5;
export const MAX_WEIGHT = 100;

export interface WeightedScore {
  /** 0–100, or null when no weighted criterion is scored. */
  score: number | null;
  /** How many of the weighted criteria are scored, of how many. */
  scored: number;
  weighted: number;
}

/** A score as the share of the way from worst to best: a cost criterion counts in reverse. */
function normalised(score: number, direction: CriterionDirection): number {
  const share = (Math.min(MAX_SCORE, Math.max(MIN_SCORE, score)) - MIN_SCORE) / (MAX_SCORE - MIN_SCORE);
  return direction === 'cost' ? 1 - share : share;
}

/**
 * The weighted score of an initiative: the weighted mean of its normalised scores over the
 * weighted criteria it has a score for, on 0–100 (rounded to one decimal). Unscored criteria
 * are left out rather than counted as zero, and `scored`/`weighted` say how complete it is.
 */
export function weightedScore(
  scores: Readonly<Record<string, number>>,
  criteria: readonly Pick<Criterion, 'key' | 'direction'>[],
  weights: Readonly<Record<string, number>>,
): WeightedScore {
  let total = 0;
  let weightSum = 0;
  let scored = 0;
  let weighted = 0;
  for (const criterion of criteria) {
    const weight = weights[criterion.key] ?? 0;
    if (!(weight > 0)) continue;
    weighted += 1;
    const score = scores[criterion.key];
    if (score === undefined || !Number.isFinite(score)) continue;
    scored += 1;
    total += weight * normalised(score, criterion.direction);
    weightSum += weight;
  }
  return {
    score: weightSum > 0 ? Math.round((total / weightSum) * 1000) / 10 : null,
    scored,
    weighted,
  };
}

/**
 * A suggested EU-urgency score from the nearest open EU deadline: the closer (or the more
 * overdue), the more urgent. Shown beside the input as a suggestion; the coordinator decides.
 */
export function suggestedEuUrgency(nearestDeadline: string | null, today: string): number {
  if (!nearestDeadline) return 1;
  const days = daysBetween(today, nearestDeadline);
  if (days <= 90) return 5;
  if (days <= 180) return 4;
  if (days <= 365) return 3;
  if (days <= 730) return 2;
  return 1;
}

/** Positions (1-based) of ids in each ranking, for "3rd for LVM, 11th for VM". */
export function rankPositions(order: readonly string[]): Map<string, number> {
  return new Map(order.map((id, index) => [id, index + 1]));
}

/**
 * Initiatives ordered by weighted score under a weighting, best first; unscored ones last,
 * ties by the given tie-break order (e.g. the board order), so the ranking is total.
 */
export function rankByScore<T extends { id: string; scores: Readonly<Record<string, number>> }>(
  items: readonly T[],
  criteria: readonly Pick<Criterion, 'key' | 'direction'>[],
  weights: Readonly<Record<string, number>>,
): { item: T; score: number | null }[] {
  return items
    .map((item, index) => ({ item, index, score: weightedScore(item.scores, criteria, weights).score }))
    .sort((a, b) => {
      if (a.score === null || b.score === null)
        return a.score === b.score ? a.index - b.index : a.score === null ? 1 : -1;
      return b.score - a.score || a.index - b.index;
    })
    .map(({ item, score }) => ({ item, score }));
}
