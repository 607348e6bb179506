import type { InitiativeKind, PreparationStage, Status } from './codes.ts';
import { daysBetween } from './dates.ts';
import type { HealthAssessment } from './health.ts';
import { isOpenStatus } from './lateness.ts';

/**
 * Data-quality flags: what in an initiative's own data a coordinator would ask its ministry to
 * fix. Computed here for the overview's quality score per ministry, the list's "has quality
 * issues" filter and the initiative page (issue 10 builds those on this). Dates compare as ISO
 * strings on `today`, Helsinki's calendar day (todayInFinland).
 */
export const QUALITY_FLAGS = [
  'missingStartDate',
  'missingEndDate',
  'endBeforeStart',
  'ongoingPastEnd',
  'lawWithoutStage',
  'notAssessed',
  'staleAssessment',
  'openMilestoneWhenClosed',
  'milestonesDoneWhileOpen',
  'missingSwedishTitle',
  'missingEnglishTitle',
] as const;
export type QualityFlag = (typeof QUALITY_FLAGS)[number];

/** An assessment older than this many days is stale: 120 days is still fresh, 121 is not. */
export const STALE_ASSESSMENT_DAYS = 120;

export interface QualityInput {
  status: Status;
  kind: InitiativeKind;
  preparationStage: PreparationStage | null;
  startDate: string | null;
  endDate: string | null;
  title: { fi: string; sv: string | null; en: string | null };
  ministryHealth: Pick<HealthAssessment, 'rating' | 'assessedOn'>;
  digitoimistoHealth: Pick<HealthAssessment, 'rating' | 'assessedOn'>;
  milestones: readonly { dueDate: string; doneAt: string | null }[];
}

const blank = (text: string | null) => !text || text.trim() === '';

type Assessment = QualityInput['ministryHealth'];

/** A rating made more than STALE_ASSESSMENT_DAYS before `today`: 120 days old is still fresh. */
export function isStaleAssessment(assessment: Assessment, today: string): boolean {
  return (
    assessment.rating !== 'not_assessed' &&
    assessment.assessedOn !== null &&
    daysBetween(assessment.assessedOn, today) > STALE_ASSESSMENT_DAYS
  );
}

/** The flags an initiative raises on `today`, in the order of QUALITY_FLAGS. */
export function qualityFlags(initiative: QualityInput, today: string): QualityFlag[] {
  const open = isOpenStatus(initiative.status);
  const assessments = [initiative.ministryHealth, initiative.digitoimistoHealth];
  const raised: Record<QualityFlag, boolean> = {
    missingStartDate: initiative.startDate === null,
    missingEndDate: initiative.endDate === null,
    endBeforeStart:
      initiative.startDate !== null &&
      initiative.endDate !== null &&
      initiative.endDate < initiative.startDate,
    // Still "ongoing" on the day after its end date.
    ongoingPastEnd:
      initiative.status === 'ongoing' && initiative.endDate !== null && initiative.endDate < today,
    lawWithoutStage: initiative.kind === 'law_drafting' && initiative.preparationStage === null,
    // Neither the ministry nor Digitoimisto has said how it stands.
    notAssessed: assessments.every((a) => a.rating === 'not_assessed'),
    staleAssessment: assessments.some((a) => isStaleAssessment(a, today)),
    // Completed or cancelled, yet a milestone is still open; or the opposite: open work whose
    // every milestone (of at least one) is done and whose end date has passed.
    openMilestoneWhenClosed: !open && initiative.milestones.some((m) => m.doneAt === null),
    milestonesDoneWhileOpen:
      open &&
      initiative.milestones.length > 0 &&
      initiative.milestones.every((m) => m.doneAt !== null) &&
      initiative.endDate !== null &&
      initiative.endDate < today,
    missingSwedishTitle: blank(initiative.title.sv),
    missingEnglishTitle: blank(initiative.title.en),
  };
  return QUALITY_FLAGS.filter((flag) => raised[flag]);
}

/** The share of clean initiatives, 0–100 (rounded), for a ministry's quality score; null for none. */
export function qualityShare(clean: number, total: number): number | null {
  return total === 0 ? null : Math.round((100 * clean) / total);
}

/** The quality score of initiatives by their flags: the share of those without a flag. */
export function qualityScore(flagsPerInitiative: readonly (readonly QualityFlag[])[]): number | null {
  return qualityShare(
    flagsPerInitiative.filter((flags) => flags.length === 0).length,
    flagsPerInitiative.length,
  );
}
