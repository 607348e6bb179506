import type { Shape } from '../../../../shared/message-shape.ts';
import { attentionReasonsSv } from '../../../../shared/messages/attention-reason-messages.ts';
import type { attention as fi } from '../fi/attention.ts';

export const attention: Shape<typeof fi> = {
  nav: 'Kräver uppmärksamhet',
  title: 'Projekt som kräver uppmärksamhet',
  intro: 'De allvarligaste först. Varje orsak är en länk till stället där saken rättas till.',
  count: {
    one: '{{count}} projekt kräver uppmärksamhet',
    other: '{{count}} projekt kräver uppmärksamhet',
  },
  shown: 'De {{shown}} första visas.',
  showMore: { one: 'Visa {{count}} till', other: 'Visa {{count}} till' },
  empty: 'Inga projekt kräver uppmärksamhet med de här avgränsningarna',
  reasonsOf: 'Orsaker: {{title}}',
  lead: 'Ansvarigt ministerium: {{ministry}}',
  topFive: 'Kräver uppmärksamhet',
  all: 'Alla som kräver uppmärksamhet ({{count}})',
  reason: attentionReasonsSv,
};
