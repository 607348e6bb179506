/**
 * What changed between two pictures of the portfolio (two snapshots, or a snapshot and now):
 * a pure function over the initiatives as read (shared/initiative.ts `Initiative`), so the page,
 * the XLSX, PDF and PPTX packs and the tests all tell the same changes. Built on diffFields of
 * shared/initiative-changes.ts.
 */
import type { Status } from './codes.ts';
import type { Initiative } from './initiative.ts';
import type { LocalizedText } from './localized-text.ts';
import type { MinistryCode } from './ministry.ts';

/** The fields a diff reports, in reading order. */
export const DIFF_FIELDS = [
  'status',
  'preparationStage',
  'ministryHealth',
  'digitoimistoHealth',
  'tier',
  'rank',
  'startDate',
  'endDate',
  'budgetCents',
  'euImpacts',
  'milestones',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

/** One changed field of one initiative, before and after (values as in `Initiative`). */
export interface DiffFieldChange {
  field: DiffField;
  before: unknown;
  after: unknown;
}

/** A milestone event between the two pictures: done, slipped (due date later), added or removed. */
export interface MilestoneEvent {
  kind: 'done' | 'reopened' | 'slipped' | 'advanced' | 'added' | 'removed';
  title: string;
  before: { dueDate: string; doneAt: string | null } | null;
  after: { dueDate: string; doneAt: string | null } | null;
}

/** An EU impact added, removed or changed (deadline, note), by act short name and relation. */
export interface EuImpactEvent {
  kind: 'added' | 'removed' | 'changed';
  euAct: string;
  relation: string;
  before: { deadline: string | null; note: string | null } | null;
  after: { deadline: string | null; note: string | null } | null;
}

export interface InitiativeRef {
  id: string;
  title: LocalizedText;
  leadMinistry: MinistryCode;
  status: Status;
}

export interface InitiativeDiff extends InitiativeRef {
  changes: DiffFieldChange[];
  milestoneEvents: MilestoneEvent[];
  euImpactEvents: EuImpactEvent[];
}

export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
  /** Either assessment became red (from anything else). */
  movedToRed: number;
  /** Either assessment left red. */
  leftRed: number;
  completed: number;
  tierChanged: number;
  milestonesDone: number;
  milestonesSlipped: number;
}

export interface PortfolioDiff {
  added: InitiativeRef[];
  removed: InitiativeRef[];
  /** Only initiatives with at least one change, in the order of the `after` side's titles. */
  changed: InitiativeDiff[];
  summary: DiffSummary;
}

/** The shape both sides of a diff need (an `Initiative` as read satisfies it). */
export type DiffInput = Pick<
  Initiative,
  | 'id'
  | 'title'
  | 'leadMinistry'
  | 'status'
  | 'preparationStage'
  | 'ministryHealth'
  | 'digitoimistoHealth'
  | 'tier'
  | 'rank'
  | 'startDate'
  | 'endDate'
  | 'budgetCents'
  | 'euImpacts'
  | 'milestones'
  | 'archivedAt'
>;

