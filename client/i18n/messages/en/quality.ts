import type { Shape } from '../../../../shared/message-shape.ts';
import type { quality as fi } from '../fi/quality.ts';

export const quality: Shape<typeof fi> = {
  nav: 'Data quality',
  title: 'Data quality',
  flag: {
    missingStartDate: 'No start date',
    missingEndDate: 'No end date',
    endBeforeStart: 'Ends before it starts',
    ongoingPastEnd: 'Ongoing past its end date',
    lawWithoutStage: 'No preparation stage',
    notAssessed: 'Not assessed',
    staleAssessment: 'Outdated assessment',
    openMilestoneWhenClosed: 'Open milestone in a closed initiative',
    milestonesDoneWhileOpen: 'Milestones done, initiative still open',
    missingSwedishTitle: 'No Swedish title',
    missingEnglishTitle: 'No English title',
  },
  explain: {
    missingStartDate: 'The initiative has no start date.',
    missingEndDate: 'The initiative has no end date.',
    endBeforeStart: 'The end date is before the start date.',
    ongoingPastEnd: 'The status is still "ongoing" although the end date has passed.',
    lawWithoutStage: 'The law drafting has no preparation stage.',
    notAssessed: 'Neither the lead ministry nor the Digital Office has assessed the initiative.',
    staleAssessment: 'The health assessment is more than {{days}} days old.',
    openMilestoneWhenClosed: 'The initiative is completed or cancelled, but a milestone is still open.',
    milestonesDoneWhileOpen:
      'Every milestone is done and the end date has passed, but the initiative is still open.',
    missingSwedishTitle: 'The initiative has no title in Swedish.',
    missingEnglishTitle: 'The initiative has no title in English.',
  },
  section: {
    intro: 'Gaps the lead ministry should fix:',
    clean: 'No gaps',
    fix: 'Fix: {{field}}',
    whoFixes: 'The lead ministry or a coordinator fixes the data.',
  },
  filter: 'Only initiatives with gaps in their data',
  filterHint: 'For example a missing date, health assessment, or title in Swedish or English.',
  scoreLabel: 'Quality score',
  scoreHint: 'Share of initiatives with no gaps in their data',
};
