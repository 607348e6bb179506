import type { EuRelation, Status } from './codes.ts';
import { daysBetween } from './dates.ts';
import { isMilestoneLate } from './milestone.ts';

/**
 * Lateness: the one rule of what is late, for the list, the initiative page and later the
 * board, the overview's needs-attention list and the exports. The list's `late` filter and
 * `lateness` sort mirror it in SQL (server/services/initiative-list.ts); an integration test
 * holds the two together.
 *
 * An initiative is late when it is **open** and any of these holds:
 * - an EU deadline of one of its EU impacts has passed;
 * - a milestone's due date has passed and the milestone is not done;
 * - its end date has passed.
 *
 * Open means work is still expected: planned, preparation, ongoing and paused. A completed or
 * cancelled initiative is never late, whatever its dates say: nothing more will be done, so a
 * passed date there is history (or a data-quality matter), not something to chase. "Passed"
 * means before today (Helsinki's calendar day): a date of today is due, not late.
 */
export const OPEN_STATUSES = [
  'planned',
  'preparation',
  'ongoing',
  'paused',
] as const satisfies readonly Status[];

export function isOpenStatus(status: Status): boolean {
  return (OPEN_STATUSES as readonly Status[]).includes(status);
}

export const LATENESS_KINDS = ['euDeadline', 'milestone', 'endDate'] as const;
export type LatenessKind = (typeof LATENESS_KINDS)[number];

export type LatenessReason =
  | {
      kind: 'euDeadline';
      date: string;
      daysLate: number;
      euActShortName: string | null;
      relation: EuRelation | null;
    }
  | { kind: 'milestone'; date: string; daysLate: number; title: string }
  | { kind: 'endDate'; date: string; daysLate: number };

export interface Lateness {
  late: boolean;
  /** Every reason, the most days late first. */
  reasons: LatenessReason[];
  /** The most days late of any reason; null when not late. */
  worstDaysLate: number | null;
}

export interface LatenessInput {
  status: Status;
  endDate: string | null;
  milestones: readonly { title: string; dueDate: string; doneAt: string | null }[];
  euImpacts: readonly { deadline: string | null; euActShortName?: string; relation?: EuRelation }[];
}

export const NOT_LATE: Lateness = { late: false, reasons: [], worstDaysLate: null };

/** The lateness of an initiative on `today` (an ISO date; Helsinki's, see todayInFinland). */
export function lateness(initiative: LatenessInput, today: string): Lateness {
  if (!isOpenStatus(initiative.status)) return NOT_LATE;
  const reasons: LatenessReason[] = [];
  for (const impact of initiative.euImpacts) {
    if (impact.deadline !== null && impact.deadline < today) {
      reasons.push({
        kind: 'euDeadline',
        date: impact.deadline,
        daysLate: daysBetween(impact.deadline, today),
        euActShortName: impact.euActShortName ?? null,
        relation: impact.relation ?? null,
      });
    }
  }
  for (const milestone of initiative.milestones) {
    if (isMilestoneLate(milestone, today)) {
      reasons.push({
        kind: 'milestone',
        date: milestone.dueDate,
        daysLate: daysBetween(milestone.dueDate, today),
        title: milestone.title,
      });
    }
  }
  if (initiative.endDate !== null && initiative.endDate < today) {
    reasons.push({
      kind: 'endDate',
      date: initiative.endDate,
      daysLate: daysBetween(initiative.endDate, today),
    });
  }
  if (reasons.length === 0) return NOT_LATE;
  reasons.sort(
    (a, b) => b.daysLate - a.daysLate || LATENESS_KINDS.indexOf(a.kind) - LATENESS_KINDS.indexOf(b.kind),
  );
  return { late: true, reasons, worstDaysLate: reasons[0]?.daysLate ?? null };
}

/**
 * The EU deadline an initiative is watched by: for an open initiative its earliest deadline,
 * passed (overdue, the most overdue first) or not; for a completed or cancelled one the nearest
 * deadline from today on. The list's deadline column and sort mirror it in SQL.
 */
export function nearestEuDeadline(
  initiative: Pick<LatenessInput, 'status' | 'euImpacts'>,
  today: string,
): string | null {
  const open = isOpenStatus(initiative.status);
  let nearest: string | null = null;
  for (const { deadline } of initiative.euImpacts) {
    if (deadline !== null && (open || deadline >= today) && (nearest === null || deadline < nearest))
      nearest = deadline;
  }
  return nearest;
}
