import type { Shape } from '../../../../shared/message-shape.ts';
import type { attention as fi } from '../fi/attention.ts';

export const attention: Shape<typeof fi> = {
  nav: 'Needs attention',
  title: 'Initiatives that need attention',
  intro: 'The most serious first. Each reason links to where it is put right.',
  count: {
    one: '{{count}} initiative needs attention',
    other: '{{count}} initiatives need attention',
  },
  shown: 'Showing the first {{shown}}.',
  showMore: { one: 'Show {{count}} more', other: 'Show {{count}} more' },
  empty: 'No initiatives need attention with these filters',
  reasonsOf: 'Reasons: {{title}}',
  lead: 'Lead ministry: {{ministry}}',
  topFive: 'Needs attention',
  all: 'All that need attention ({{count}})',
  reason: {
    red: { ministry: "The ministry's rating is red", digitoimisto: "The Digital Office's rating is red" },
    greenRed: 'The ministry rates it green, the Digital Office red',
    redGreen: 'The ministry rates it red, the Digital Office green',
    stale: {
      ministry: {
        one: "The ministry's rating is {{count}} day old",
        other: "The ministry's rating is {{count}} days old",
      },
      digitoimisto: {
        one: "The Digital Office's rating is {{count}} day old",
        other: "The Digital Office's rating is {{count}} days old",
      },
    },
    milestone: {
      one: 'Milestone “{{title}}” is {{count}} day overdue',
      other: 'Milestone “{{title}}” is {{count}} days overdue',
    },
    euSoon: {
      one: '{{act}}: implementation deadline {{date}}, {{count}} day left',
      other: '{{act}}: implementation deadline {{date}}, {{count}} days left',
    },
    euToday: '{{act}}: implementation deadline today, {{date}}',
    euOverdue: {
      one: '{{act}}: implementation deadline {{date}} missed, {{count}} day overdue',
      other: '{{act}}: implementation deadline {{date}} missed, {{count}} days overdue',
    },
    late: {
      one: '{{count}} day overdue ({{what}} {{date}})',
      other: '{{count}} days overdue ({{what}} {{date}})',
    },
    anyAct: 'EU act',
  },
};
