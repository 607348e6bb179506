/** The needs-attention list (/attention) and its top five on the overview. */
export const attention = {
  nav: 'Huomiota vaativat',
  title: 'Huomiota vaativat hankkeet',
  intro: 'Vakavimmat ensin. Kukin syy on linkki kohtaan, jossa asia korjataan.',
  count: { one: '{{count}} huomiota vaativa hanke', other: '{{count}} huomiota vaativaa hanketta' },
  shown: 'Näytetään {{shown}} ensimmäistä.',
  showMore: { one: 'Näytä {{count}} lisää', other: 'Näytä {{count}} lisää' },
  empty: 'Ei huomiota vaativia hankkeita näillä rajauksilla',
  reasonsOf: 'Syyt: {{title}}',
  lead: 'Vastuuministeriö: {{ministry}}',
  topFive: 'Huomiota vaativat',
  all: 'Kaikki huomiota vaativat ({{count}})',
  reason: {
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
  },
} as const;
