import type { Shape } from '../../../../shared/message-shape.ts';
import type { lateness as fi } from '../fi/lateness.ts';

export const lateness: Shape<typeof fi> = {
  overdue: { one: '{{count}} day overdue', other: '{{count}} days overdue' },
  overdueLong: { one: '{{count}} day overdue', other: '{{count}} days overdue' },
  notLate: 'Not late',
  filter: 'Late only',
  filterHint: 'Open initiatives with a passed EU deadline, milestone or end date.',
  euWithinHint: 'Includes deadlines already passed in initiatives that are not completed or cancelled.',
  kind: { euDeadline: 'EU deadline', milestone: 'milestone', endDate: 'end date' },
  panel: {
    heading: 'Late',
    intro:
      "An open initiative is late when an EU deadline, a milestone's due date or its end date has passed.",
    euDeadline: 'EU deadline: {{act}} ({{relation}}), {{date}}',
    euDeadlineNoAct: 'EU deadline {{date}}',
    milestone: 'Milestone "{{title}}", {{date}}',
    endDate: 'End date {{date}}, status still "{{status}}"',
  },
};
