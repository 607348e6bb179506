import type { Shape } from '../../../../shared/message-shape.ts';
import type { lateness as fi } from '../fi/lateness.ts';

export const lateness: Shape<typeof fi> = {
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
