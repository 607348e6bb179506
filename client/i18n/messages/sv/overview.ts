import type { Shape } from '../../../../shared/message-shape.ts';
import type { overview as fi } from '../fi/overview.ts';

export const overview: Shape<typeof fi> = {
  nav: 'Lägesbild',
  title: 'Lägesbild',
  intro: 'Läget {{date}}. Siffrorna följer avgränsningarna; varje siffra öppnar projektlistan.',
  figures: 'Nyckeltal',
  tiles: {
    total: 'Projekt',
    byStatus: 'Per status',
    health: 'Röda och gula',
    ministryHealth: 'Ministeriets bedömning',
    digitoimistoHealth: 'Digitalbyråns bedömning',
    euDeadlines: 'EU-tidsfrister inom 90 dagar',
    euOverdue: { one: '{{count}} passerad', other: '{{count}} passerade' },
    milestones: 'Försenade delmål',
    milestonesIn: { one: 'i {{count}} projekt', other: 'i {{count}} projekt' },
    late: 'Försenade',
    budget: 'Budget totalt',
    withBudget: { one: '{{count}} projekt har budget', other: '{{count}} projekt har budget' },
    quality: 'Brister i uppgifterna',
    initiatives: { one: '{{count}} projekt', other: '{{count}} projekt' },
    milestoneCount: { one: '{{count}} delmål', other: '{{count}} delmål' },
  },
  deadlines: {
    title: 'EU-tidsfrister under de kommande 90 dagarna',
    intro: 'Projekten enligt sin närmaste EU-tidsfrist; passerade först.',
    empty: 'Inga EU-tidsfrister inom 90 dagar med de här avgränsningarna.',
    all: { one: 'Alla ({{count}}) som lista', other: 'Alla ({{count}}) som lista' },
    deadline: 'Tidsfrist',
    initiative: 'Projekt',
    lead: 'Ansvar',
    acts: 'EU-rättsakter',
    status: 'Status',
  },
  charts: 'Diagram',
  showTable: 'Visa som tabell',
  legend: 'Teckenförklaring',
  total: 'Totalt',
  ministry: 'Ministerium',
  segment: '{{row}}, {{series}}: {{value}}',
  byMinistry: {
    title: 'Projekt per ansvarigt ministerium och status',
    summary: {
      one: '{{count}} projekt i {{ministries}} ministerier; flest har {{top}} ({{topCount}}).',
      other: '{{count}} projekt i {{ministries}} ministerier; flest har {{top}} ({{topCount}}).',
    },
  },
  health: {
    title: 'Lägesbedömningar per ministerium',
    whose: 'Vems bedömning',
    ministry: 'Ministeriets egen',
    digitoimisto: 'Digitalbyråns',
    summary: '{{red}} röda och {{amber}} gula; flest röda: {{top}} ({{topCount}}).',
    summaryNoRed: 'Inga röda; {{amber}} gula.',
  },
  theme: {
    title: 'Projekt per tema',
    heading: 'Tema',
    summary:
      'Det vanligaste temat är {{top}} ({{count}}). Ett projekt räknas under vart och ett av sina teman.',
  },
  budget: {
    title: 'Budget per ministerium och finansieringskälla',
    summary:
      'Budgetarna uppgår till {{total}}; störst har {{top}} ({{topTotal}}). En budget med flera källor visas som en egen grupp.',
    several: 'Flera källor',
    none: 'Inte angiven',
  },
  coverage: {
    title: 'EU-rättsakter och projekt kopplade till dem',
    heading: 'EU-rättsakt',
    summary:
      '{{acts}} rättsakter, av vilka {{linked}} är kopplade till projekt och {{gaps}} inte till något.',
    initiativesShown: 'De {{shown}} mest kopplade av {{count}} rättsakter visas; alla finns i tabellen.',
  },
  qualityTable: {
    title: 'Datakvalitet per ministerium',
    intro: 'Kvalitetspoäng: andelen av ministeriets projekt vars uppgifter saknar brister.',
    clean: 'Inga brister',
    flagged: 'Brister',
    score: 'Kvalitetspoäng',
    byFlag: 'Brister per typ',
    missing: { sv: 'Projekt som saknar svensk text', en: 'Projekt som saknar engelsk text' },
  },
  international: {
    title: 'Internationellt samarbete',
    intro:
      'Samarbetsorganens möten inom 60 dagar och publiceringar av internationella jämförelser inom 90 dagar. Följer inte projektfiltren.',
    meetings: 'Kommande möten',
    publications: 'Kommande publiceringar av jämförelser',
    noMeetings: 'Inga möten i samarbetsorgan inom 60 dagar.',
    noPublications: 'Inga publiceringar av jämförelser inom 90 dagar.',
    all: 'Alla samarbetsorgan och jämförelser',
  },
  empty: 'Inga projekt med de här avgränsningarna.',
};
