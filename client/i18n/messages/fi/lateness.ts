/** Lateness (shared/lateness.ts) in the list, its filter and sort, and on the initiative page. */
export const lateness = {
  overdue: { one: 'myöhässä {{count}} pv', other: 'myöhässä {{count}} pv' },
  overdueLong: { one: 'myöhässä {{count}} päivän', other: 'myöhässä {{count}} päivää' },
  notLate: 'Ei myöhässä',
  filter: 'Vain myöhässä olevat',
  filterHint: 'Avoin hanke, jonka EU-määräaika, välitavoite tai päättymispäivä on ohitettu.',
  euWithinHint: 'Mukana myös jo ohitetut määräajat hankkeissa, jotka eivät ole valmiita tai peruttuja.',
  kind: { euDeadline: 'EU-määräaika', milestone: 'välitavoite', endDate: 'päättymispäivä' },
  panel: {
    heading: 'Myöhässä',
    intro:
      'Avoin hanke on myöhässä, kun EU-määräaika, välitavoitteen eräpäivä tai päättymispäivä on ohitettu.',
    euDeadline: 'EU-määräaika: {{act}} ({{relation}}), {{date}}',
    euDeadlineNoAct: 'EU-määräaika {{date}}',
    milestone: 'Välitavoite "{{title}}", {{date}}',
    endDate: 'Päättymispäivä {{date}}, tila yhä "{{status}}"',
  },
} as const;
