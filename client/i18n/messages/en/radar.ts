import type { Shape } from '../../../../shared/message-shape.ts';
import type { radar as fi } from '../fi/radar.ts';

export const radar: Shape<typeof fi> = {
  nav: 'EU radar',
  title: 'EU deadline radar',
  intro:
    'Key dates of EU acts from six months back to two years ahead, and the national initiatives that answer them.',
  summary: {
    one: '{{count}} EU deadline in the next {{months}} months, {{gaps}} of them without a national initiative.',
    other:
      '{{count}} EU deadlines in the next {{months}} months, {{gaps}} of them without a national initiative.',
  },
  summaryPast: 'The past {{months}} months had {{count}}, {{gaps}} of them without an initiative.',
  filterNote:
    'Gaps are counted over all active initiatives; the filters only narrow which initiatives are shown.',
  showList: 'Show as a list',
  chartLabel: 'EU deadlines {{from}}–{{to}}',
  keyboardHint: 'The arrow keys move from date to date; Enter or Space opens the details.',
  empty: 'There are no EU deadlines in this period.',
  today: 'Today',
  past: 'past',
  kind: {
    application: 'Applies from',
    transposition: 'Transposition deadline',
    entryIntoForce: 'Entry into force',
    keyDate: 'Other key date',
  },
  state: {
    gap: 'No national initiative',
    planned: 'Planned or paused',
    inProgress: 'In preparation or ongoing',
    completed: 'Completed',
  },
  legend: 'Key to the symbols',
  gap: 'No national initiative implements this',
  mark: '{{act}}: {{kind}} {{date}}{{past}}. {{state}}',
  answeringCount: { one: '{{count}} initiative answers it', other: '{{count}} initiatives answer it' },
  hidden: {
    one: 'The filters hide the initiatives: {{count}} answering initiative is outside them.',
    other: 'The filters hide the initiatives: {{count}} answering initiatives are outside them.',
  },
  more: { one: 'And {{count}} more initiative.', other: 'And {{count}} more initiatives.' },
  relatedHidden: {
    one: '{{count}} related initiative outside the filters.',
    other: '{{count}} related initiatives outside the filters.',
  },
  answering: 'Answering initiatives',
  related: 'Other related initiatives',
  close: 'Close the details',
  actLink: 'About {{act}}',
  listLink: "The act's initiatives in the list",
  table: {
    caption: 'EU deadlines by date',
    date: 'Date',
    act: 'EU act',
    kind: 'What',
    initiatives: 'National initiatives',
  },
  cooperation: {
    lane: { meeting: 'Meetings of cooperation bodies', publication: 'Benchmark publications' },
    kind: { meeting: "Cooperation body's next meeting", publication: 'International benchmark published' },
    mark: '{{name}}: {{kind}} {{date}}{{past}}',
    bodyLink: 'About the body {{name}}',
    benchmarkLink: 'About the benchmark {{name}}',
    noAnswer: "Not an EU deadline: the initiatives are on the body's or the benchmark's page.",
    table: 'Cooperation body or benchmark',
  },
};
