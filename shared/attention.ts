import { z } from 'zod';
import type { EuRelation, HealthRating, Language, Status } from './codes.ts';
import { isStaleAssessment } from './data-quality.ts';
import { addDays, daysBetween } from './dates.ts';
import { initiativeFilterSchema } from './initiative-filter.ts';
import {
  isOpenStatus,
  type LatenessInput,
  type LatenessKind,
  type LatenessReason,
  lateness,
} from './lateness.ts';
import type { LocalizedText } from './localized-text.ts';
import type { MinistryCode } from './ministry.ts';
import { snapshotIdField } from './snapshot.ts';
import { titleSortKey } from './title-sort.ts';

/**
 * The needs-attention list (issue 10): the initiatives a coordinator should look at first, each
 * with the reasons why, as data a sentence can be made of. Pure; the server selects the
 * candidates in SQL (server/services/attention.ts) and ranks them here. Dates are ISO strings,
 * compared on `today`, Helsinki's calendar day (todayInFinland).
 */

/** An EU implementation duty is watched from this many days before its deadline (90 days left is in, 91 not). */
export const EU_DUTY_WINDOW_DAYS = 90;

export type Assessment = 'ministry' | 'digitoimisto';
export const ASSESSMENTS: readonly Assessment[] = ['ministry', 'digitoimisto'];

export type AttentionReason =
  /** The assessment is red. */
  | { kind: 'red'; assessment: Assessment }
  /** Green against red: the two assessments are two steps apart (either way round). */
  | { kind: 'twoApart'; ministry: 'green' | 'red'; digitoimisto: 'green' | 'red' }
  /** Older than STALE_ASSESSMENT_DAYS (120 days is still fresh, 121 is not). */
  | { kind: 'stale'; assessment: Assessment; assessedOn: string; days: number }
  /** A milestone of an open initiative past its due date and not done. */
  | { kind: 'milestoneOverdue'; title: string; dueDate: string; daysLate: number }
  /** An implementation duty of an open initiative whose deadline has passed. */
  | { kind: 'euDutyOverdue'; euActShortName: string | null; deadline: string; daysOverdue: number }
  /** An implementation duty of an open initiative due within EU_DUTY_WINDOW_DAYS, today included (0 days left). */
  | { kind: 'euDutySoon'; euActShortName: string | null; deadline: string; daysLeft: number }
  /**
   * Late by the one rule of shared/lateness.ts for what no reason above says already: a passed
   * end date, or a passed EU deadline of another relation than implementing (the worst of them).
   * An overdue milestone or implementation duty is its own reason, never said twice.
   */
  | {
      kind: 'late';
      daysLate: number;
      cause: Exclude<LatenessKind, 'milestone'>;
      date: string;
      /** The act of a passed EU deadline; null for the end date. */
      euActShortName: string | null;
    };
export type AttentionReasonKind = AttentionReason['kind'];

/**
 * The severity of each kind of reason; an initiative's score is the sum over the kinds it has
 * (each kind once, however many milestones or duties). The order, worst first:
 * 1. a red assessment and a passed EU implementation deadline (100 each): a ministry or
 *    Digitoimisto says it is in trouble, or a legal duty is already missed. Either outranks any
 *    initiative with neither, since all the lesser weights together make 95;
 * 2. the two assessments two steps apart (40): someone's picture of it is wrong;
 * 3. an overdue milestone and an implementation deadline within 90 days (20 each);
 * 4. late by the lateness rule for another cause (10): a passed end date, or a passed deadline
 *    of an EU relation other than implementing;
 * 5. a stale assessment (5): paperwork, but the picture may have changed.
 * Ties go to the most days late, then the title in the UI language's alphabet.
 */
export const ATTENTION_SEVERITY: Record<AttentionReasonKind, number> = {
  red: 100,
  euDutyOverdue: 100,
  twoApart: 40,
  milestoneOverdue: 20,
  euDutySoon: 20,
  late: 10,
  stale: 5,
};

export interface AttentionInput {
  status: Status;
  ministryHealth: { rating: HealthRating; assessedOn: string | null };
  digitoimistoHealth: { rating: HealthRating; assessedOn: string | null };
  endDate: string | null;
  milestones: LatenessInput['milestones'];
  euImpacts: readonly { deadline: string | null; relation: EuRelation; euActShortName?: string }[];
}

/** What the server reads of a candidate row: the rules' input and what the list shows. */
export interface AttentionCandidate extends AttentionInput {
  id: string;
  title: LocalizedText;
  leadMinistry: MinistryCode;
}

/** The reasons an initiative needs attention on `today`, the most severe first; empty when none. */
export function attentionReasons(input: AttentionInput, today: string): AttentionReason[] {
  return assess(input, today).reasons;
}

/** The reasons, and the lateness rule's worst days late (null when not late) for the ranking. */
function assess(
  input: AttentionInput,
  today: string,
): { reasons: AttentionReason[]; daysLate: number | null } {
  const reasons: AttentionReason[] = [];
  const health = { ministry: input.ministryHealth, digitoimisto: input.digitoimistoHealth };
  for (const assessment of ASSESSMENTS) {
    if (health[assessment].rating === 'red') reasons.push({ kind: 'red', assessment });
  }
  const [ministry, digitoimisto] = [input.ministryHealth.rating, input.digitoimistoHealth.rating];
  // The only ratings two steps apart on green–amber–red are green and red.
  if ((ministry === 'green' && digitoimisto === 'red') || (ministry === 'red' && digitoimisto === 'green')) {
    reasons.push({ kind: 'twoApart', ministry, digitoimisto });
  }
  // Stale by the data-quality rule (shared/data-quality.ts), so the flag and the reason never disagree.
  for (const assessment of ASSESSMENTS) {
    const { assessedOn } = health[assessment];
    if (assessedOn !== null && isStaleAssessment(health[assessment], today)) {
      reasons.push({ kind: 'stale', assessment, assessedOn, days: daysBetween(assessedOn, today) });
    }
  }
  // Milestones and lateness come from the one lateness rule; it is empty for a closed initiative.
  const late = lateness(input, today);
  for (const reason of late.reasons) {
    if (reason.kind === 'milestone') {
      reasons.push({
        kind: 'milestoneOverdue',
        title: reason.title,
        dueDate: reason.date,
        daysLate: reason.daysLate,
      });
    }
  }
  if (isOpenStatus(input.status)) {
    const windowEnd = addDays(today, EU_DUTY_WINDOW_DAYS);
    for (const impact of input.euImpacts) {
      if (impact.relation !== 'implements' || impact.deadline === null || impact.deadline > windowEnd)
        continue;
      const euActShortName = impact.euActShortName ?? null;
      const days = daysBetween(today, impact.deadline);
      reasons.push(
        days < 0
          ? { kind: 'euDutyOverdue', euActShortName, deadline: impact.deadline, daysOverdue: -days }
          : { kind: 'euDutySoon', euActShortName, deadline: impact.deadline, daysLeft: days },
      );
    }
  }
  // The lateness reasons come the most days late first: the first one not said above is the worst.
  const unsaid = late.reasons.find(
    (r): r is Exclude<LatenessReason, { kind: 'milestone' }> =>
      r.kind === 'endDate' || (r.kind === 'euDeadline' && r.relation !== 'implements'),
  );
  if (unsaid) {
    reasons.push({
      kind: 'late',
      daysLate: unsaid.daysLate,
      cause: unsaid.kind,
      date: unsaid.date,
      euActShortName: unsaid.kind === 'euDeadline' ? unsaid.euActShortName : null,
    });
  }
  return { reasons: reasons.sort(compareReasons), daysLate: late.worstDaysLate };
}

const KIND_ORDER = Object.keys(ATTENTION_SEVERITY) as AttentionReasonKind[];

/** Within an item: the most severe kind first (red before a missed duty), then the most urgent of a kind. */
function compareReasons(a: AttentionReason, b: AttentionReason): number {
  return (
    ATTENTION_SEVERITY[b.kind] - ATTENTION_SEVERITY[a.kind] ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    urgency(b) - urgency(a)
  );
}

function urgency(reason: AttentionReason): number {
  switch (reason.kind) {
    case 'milestoneOverdue':
    case 'late':
      return reason.daysLate;
    case 'euDutyOverdue':
      return reason.daysOverdue;
    case 'euDutySoon':
      return -reason.daysLeft;
    case 'stale':
      return reason.days;
    default:
      return 0;
  }
}

/** The score of a set of reasons: the sum of ATTENTION_SEVERITY over the kinds present, each once. */
export function attentionSeverity(reasons: readonly AttentionReason[]): number {
  return [...new Set(reasons.map((r) => r.kind))].reduce((sum, kind) => sum + ATTENTION_SEVERITY[kind], 0);
}

export interface AttentionItem {
  id: string;
  title: LocalizedText;
  leadMinistry: MinistryCode;
  status: Status;
  ministryHealth: HealthRating;
  digitoimistoHealth: HealthRating;
  /** The most severe first; never empty. */
  reasons: AttentionReason[];
  severity: number;
  /** The lateness rule's worst days late; null when not late. */
  daysLate: number | null;
}

export interface AttentionResult {
  /** The first `limit`, the worst first. */
  items: AttentionItem[];
  /** How many initiatives under the filter have at least one reason. */
  total: number;
  /** Helsinki's today, the day the reasons are of. */
  today: string;
}

/**
 * The candidates with at least one reason, ranked: severity, then the most days late, then the
 * title in `language` (the Finnish one where it has none), then the id so the order is total.
 */
export function rankAttention(
  candidates: readonly AttentionCandidate[],
  today: string,
  language: Language = 'fi',
): AttentionItem[] {
  // Each title's sort key once (as compareTitles makes it), not once per comparison.
  const items: (AttentionItem & { sortKey: string })[] = [];
  for (const candidate of candidates) {
    const { reasons, daysLate } = assess(candidate, today);
    if (reasons.length === 0) continue;
    items.push({
      id: candidate.id,
      title: candidate.title,
      leadMinistry: candidate.leadMinistry,
      status: candidate.status,
      ministryHealth: candidate.ministryHealth.rating,
      digitoimistoHealth: candidate.digitoimistoHealth.rating,
      reasons,
      severity: attentionSeverity(reasons),
      daysLate,
      sortKey: titleSortKey(
        (language === 'fi' ? null : candidate.title[language]) || candidate.title.fi,
        language,
      ),
    });
  }
  items.sort(
    (a, b) =>
      b.severity - a.severity ||
      (b.daysLate ?? -1) - (a.daysLate ?? -1) ||
      (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return items.map(({ sortKey: _sortKey, ...item }) => item);
}

export const MAX_ATTENTION_ITEMS = 500;

export const attentionInputSchema = z
  .object({
    filter: initiativeFilterSchema.optional(),
    ...snapshotIdField,
    /** How many of the ranked items to send; `total` counts them all. */
    limit: z.number().int().min(1).max(MAX_ATTENTION_ITEMS).default(50),
    /** The language whose titles break ties. */
    language: z.enum(['fi', 'sv', 'en']).optional(),
  })
  .default({ limit: 50 });
export type AttentionListInput = z.input<typeof attentionInputSchema>;
