import type { Shape } from '../../../../shared/message-shape.ts';
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
  reason: {
    red: { ministry: 'Ministeriets bedömning är röd', digitoimisto: 'Digitalbyråns bedömning är röd' },
    greenRed: 'Ministeriet bedömer läget som grönt, Digitalbyrån som rött',
    redGreen: 'Ministeriet bedömer läget som rött, Digitalbyrån som grönt',
    stale: {
      ministry: {
        one: 'Ministeriets bedömning är {{count}} dag gammal',
        other: 'Ministeriets bedömning är {{count}} dagar gammal',
      },
      digitoimisto: {
        one: 'Digitalbyråns bedömning är {{count}} dag gammal',
        other: 'Digitalbyråns bedömning är {{count}} dagar gammal',
      },
    },
    milestone: {
      one: 'Milstolpen ”{{title}}” är försenad {{count}} d',
      other: 'Milstolpen ”{{title}}” är försenad {{count}} d',
    },
    euSoon: {
      one: '{{act}}: tidsfristen för genomförandet är {{date}}, om {{count}} dag',
      other: '{{act}}: tidsfristen för genomförandet är {{date}}, om {{count}} dagar',
    },
    euToday: '{{act}}: tidsfristen för genomförandet går ut i dag, {{date}}',
    euOverdue: {
      one: '{{act}}: tidsfristen för genomförandet {{date}} har passerats, försenad {{count}} d',
      other: '{{act}}: tidsfristen för genomförandet {{date}} har passerats, försenad {{count}} d',
    },
    late: {
      one: 'Försenat {{count}} d ({{what}} {{date}})',
      other: 'Försenat {{count}} d ({{what}} {{date}})',
    },
    anyAct: 'EU-rättsakt',
  },
};
