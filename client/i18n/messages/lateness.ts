import type { Shape } from '../../../shared/message-shape.ts';

/** Lateness (shared/lateness.ts) in the list, its filter and sort, and on the initiative page. */
const fi = {
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

const sv: Shape<typeof fi> = {
  overdue: { one: 'försenad {{count}} d', other: 'försenad {{count}} d' },
  overdueLong: { one: 'försenad {{count}} dag', other: 'försenad {{count}} dagar' },
  notLate: 'Inte försenat',
  filter: 'Endast försenade',
  filterHint: 'Ett öppet projekt vars EU-tidsfrist, delmål eller slutdatum har passerats.',
  euWithinHint:
    'Inkluderar även redan passerade tidsfrister i projekt som inte är avslutade eller inställda.',
  kind: { euDeadline: 'EU-tidsfrist', milestone: 'delmål', endDate: 'slutdatum' },
  panel: {
    heading: 'Försenat',
    intro:
      'Ett öppet projekt är försenat när en EU-tidsfrist, ett delmåls förfallodag eller slutdatumet har passerats.',
    euDeadline: 'EU-tidsfrist: {{act}} ({{relation}}), {{date}}',
    euDeadlineNoAct: 'EU-tidsfrist {{date}}',
    milestone: 'Delmål "{{title}}", {{date}}',
    endDate: 'Slutdatum {{date}}, status fortfarande "{{status}}"',
  },
};

const en: Shape<typeof fi> = {
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

export const lateness = { fi, sv, en };
