import type { Shape } from '../../../../shared/message-shape.ts';
import type { radar as fi } from '../fi/radar.ts';

export const radar: Shape<typeof fi> = {
  nav: 'EU-radar',
  title: 'Radar för EU-tidsfrister',
  intro:
    'EU-rättsakternas viktigaste datum från ett halvår bakåt till två år framåt, och de nationella projekt som svarar mot dem.',
  summary: {
    one: '{{count}} EU-tidsfrist under de kommande {{months}} månaderna, varav {{gaps}} utan nationellt projekt.',
    other:
      '{{count}} EU-tidsfrister under de kommande {{months}} månaderna, varav {{gaps}} utan nationellt projekt.',
  },
  summaryPast: 'Under de senaste {{months}} månaderna fanns det {{count}}, varav {{gaps}} utan projekt.',
  filterNote: 'Luckorna räknas bland alla aktiva projekt; filtren begränsar bara vilka projekt som visas.',
  showList: 'Visa som lista',
  chartLabel: 'EU-tidsfrister {{from}}–{{to}}',
  keyboardHint: 'Piltangenterna flyttar från datum till datum; Enter eller mellanslag öppnar uppgifterna.',
  empty: 'Det finns inga EU-tidsfrister under perioden.',
  today: 'I dag',
  past: 'passerat',
  kind: {
    application: 'Tillämpas från',
    transposition: 'Tidsfrist för genomförande',
    entryIntoForce: 'Ikraftträdande',
    keyDate: 'Annat viktigt datum',
  },
  state: {
    gap: 'Inget nationellt projekt',
    planned: 'Planerat eller vilande',
    inProgress: 'Under beredning eller pågående',
    completed: 'Slutfört',
  },
  legend: 'Teckenförklaring',
  gap: 'Inget nationellt projekt genomför detta',
  mark: '{{act}}: {{kind}} {{date}}{{past}}. {{state}}',
  answeringCount: { one: '{{count}} projekt svarar', other: '{{count}} projekt svarar' },
  hidden: {
    one: 'Filtren döljer projekten: {{count}} projekt som svarar faller utanför filtren.',
    other: 'Filtren döljer projekten: {{count}} projekt som svarar faller utanför filtren.',
  },
  more: { one: 'Dessutom {{count}} projekt.', other: 'Dessutom {{count}} projekt.' },
  relatedHidden: {
    one: '{{count}} anknutet projekt utanför filtren.',
    other: '{{count}} anknutna projekt utanför filtren.',
  },
  answering: 'Projekt som svarar',
  related: 'Andra anknutna projekt',
  close: 'Stäng uppgifterna',
  actLink: 'Uppgifter om {{act}}',
  listLink: 'Rättsaktens projekt i listan',
  table: {
    caption: 'EU-tidsfrister efter datum',
    date: 'Datum',
    act: 'Rättsakt',
    kind: 'Vad',
    initiatives: 'Nationella projekt',
  },
  cooperation: {
    lane: { meeting: 'Samarbetsorganens möten', publication: 'Jämförelsernas publiceringar' },
    kind: {
      meeting: 'Samarbetsorganets nästa möte',
      publication: 'Publicering av en internationell jämförelse',
    },
    mark: '{{name}}: {{kind}} {{date}}{{past}}',
    bodyLink: 'Uppgifter om samarbetsorganet {{name}}',
    benchmarkLink: 'Uppgifter om jämförelsen {{name}}',
    noAnswer: 'Gäller inga EU-tidsfrister: projekten visas på samarbetsorganets eller jämförelsens sida.',
    table: 'Samarbetsorgan eller jämförelse',
  },
};
