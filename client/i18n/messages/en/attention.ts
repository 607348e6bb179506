import type { Shape } from '../../../../shared/message-shape.ts';
import { attentionReasonsEn } from '../../../../shared/messages/attention-reason-messages.ts';
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
  reason: attentionReasonsEn,
};
