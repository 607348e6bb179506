import type { Shape } from '../message-shape.ts';

/**
 * A needs-attention reason in words (shared/attention.ts), one text per reason kind: the UI's
 * catalogue (client/i18n/messages/<language>/attention.ts) and the PDF pack
 * (server/export/pack-texts.ts) both read them from here, so the page and the file say the same.
 */
export const attentionReasonsFi = {
  red: { ministry: 'Ministeriön arvio on punainen', digitoimisto: 'Digitoimiston arvio on punainen' },
  greenRed: 'Ministeriö arvioi vihreäksi, Digitoimisto punaiseksi',
  redGreen: 'Ministeriö arvioi punaiseksi, Digitoimisto vihreäksi',
  stale: {
    ministry: {
      one: 'Ministeriön arvio on {{count}} päivän vanha',
      other: 'Ministeriön arvio on {{count}} päivää vanha',
    },
    digitoimisto: {
      one: 'Digitoimiston arvio on {{count}} päivän vanha',
      other: 'Digitoimiston arvio on {{count}} päivää vanha',
    },
  },
  milestone: {
    one: 'Virstanpylväs ”{{title}}” myöhässä {{count}} pv',
    other: 'Virstanpylväs ”{{title}}” myöhässä {{count}} pv',
  },
  euSoon: {
    one: '{{act}}: täytäntöönpanon määräaika {{date}}, {{count}} päivä',
    other: '{{act}}: täytäntöönpanon määräaika {{date}}, {{count}} päivää',
  },
  euToday: '{{act}}: täytäntöönpanon määräaika tänään {{date}}',
  euOverdue: {
    one: '{{act}}: täytäntöönpanon määräaika {{date}} ohitettu, myöhässä {{count}} pv',
    other: '{{act}}: täytäntöönpanon määräaika {{date}} ohitettu, myöhässä {{count}} pv',
  },
  late: {
    one: 'Myöhässä {{count}} pv ({{what}} {{date}})',
    other: 'Myöhässä {{count}} pv ({{what}} {{date}})',
  },
  anyAct: 'EU-säädös',
} as const;

export const attentionReasonsSv: Shape<typeof attentionReasonsFi> = {
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
};

export const attentionReasonsEn: Shape<typeof attentionReasonsFi> = {
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
};
