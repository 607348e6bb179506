import { z } from 'zod';
import type { EuRelation, FundingSource, HealthRating, Status, Theme } from './codes.ts';
import type { QualityFlag } from './data-quality.ts';
import { initiativeFilterSchema } from './initiative-filter.ts';
import type { MinistryCode } from './ministry.ts';
import { snapshotIdField } from './snapshot.ts';

/** The overview's window of coming EU deadlines: the tile and the list link it opens (`euWithin=90`). */
export const OVERVIEW_DEADLINE_DAYS = 90;

export const overviewInputSchema = z.object({
  filter: initiativeFilterSchema.optional(),
  ...snapshotIdField,
});
export type OverviewInput = z.input<typeof overviewInputSchema>;

/**
 * How an initiative's budget is told apart by funding: its one source, `several` when it has more
 * than one (a budget is one sum, never split between sources by guess), `none` when it has none.
 */
export type FundingBucket = FundingSource | 'several' | 'none';

export interface MinistryFigures {
  ministry: MinistryCode;
  /** Initiatives it leads under the filter. */
  total: number;
  byStatus: Record<Status, number>;
  ministryHealth: Record<HealthRating, number>;
  digitoimistoHealth: Record<HealthRating, number>;
  /** Euros, whole cents, by funding bucket. */
  budgetCents: Record<FundingBucket, number>;
  /** Initiatives without a data-quality flag, and their share 0–100 (shared/data-quality.ts qualityScore). */
  qualityClean: number;
  qualityScore: number | null;
}

export interface EuActCoverage {
  id: string;
  shortName: string;
  /** Active initiatives under the filter linked to the act, by relation (an initiative counts once per relation). */
  byRelation: Record<EuRelation, number>;
  /** Distinct initiatives linked. */
  initiatives: number;
}

/**
 * The situational picture of the initiatives a filter selects, in one answer: every figure is
 * counted in SQL over the list's own filter conditions, so each tile equals the list total of the
 * link it opens.
 */
export interface Overview {
  /** Helsinki's today, the day the figures are of. */
  today: string;
  total: number;
  byStatus: Record<Status, number>;
  health: { ministry: Record<HealthRating, number>; digitoimisto: Record<HealthRating, number> };
  euDeadlines: {
    /** Initiatives with an EU deadline within 90 days, overdue ones of open initiatives included (`euWithin=90`). */
    within: number;
    /** Open initiatives with an EU deadline passed (`euOverdue=1`). */
    overdue: number;
  };
  overdueMilestones: {
    /** Milestones past their due date, not done, of open initiatives. */
    milestones: number;
    /** The initiatives they belong to (`milestoneOverdue=1`). */
    initiatives: number;
  };
  late: number;
  budget: { totalCents: number; withBudget: number };
  /** Lead ministries with at least one initiative, in the ministries' order. */
  byMinistry: MinistryFigures[];
  /** An initiative counts under each of its themes. */
  byTheme: { theme: Theme; count: number }[];
  /** Every act of the catalogue, the most linked first; acts without links are the gaps. */
  euCoverage: EuActCoverage[];
  quality: { flagged: number; byFlag: Record<QualityFlag, number> };
}
