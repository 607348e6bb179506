import type { BenchmarkInput, BenchmarkResultInput } from '../../shared/benchmark.ts';
import type { BodyRelation } from '../../shared/codes.ts';
import type { BodyInput } from '../../shared/cooperation-body.ts';

/*
 * The demo's international cooperation: real bodies and real comparisons, with Finland's
 * representation described by office rather than by person (the people are not ours to name).
 * Meeting and publication dates are plausible, set around the demo's "today" (late 2026) so the
 * overview's "next 60 / 90 days" panel has something in it; results are demonstration figures,
 * to be checked against each publication before use.
 */

/** A body, its EU act by short name, and the demo initiatives (by Finnish title) linked to it. */
export interface DemoBody extends Omit<BodyInput, 'euActId'> {
  euAct?: string;
  initiatives: { title: string; relation: BodyRelation; note?: string }[];
}

export interface DemoBenchmark extends BenchmarkInput {
  results: BenchmarkResultInput[];
  initiatives: { title: string; note?: string }[];
}

const link = (label: string, url: string) => ({ label, url });
const DEMO_NOTE = 'Esittelyluku; tarkista julkaisusta.';

export const demoBodies: DemoBody[] = [
  {
    shortName: 'E-Leaders',
    name: {
      fi: 'OECD:n digitaalisen hallinnon johtajien työryhmä (E-Leaders)',
      sv: 'OECD:s arbetsgrupp för ledande tjänstemän inom digital förvaltning (E-Leaders)',
      en: 'OECD Working Party of Senior Digital Government Officials (E-Leaders)',
    },
    organisation: 'oecd',
    ministry: 'VM',
    agency: null,
    representatives: [
      { name: 'Julkisen hallinnon ICT-johtaja', organisation: 'VM', role: 'member' },
      { name: 'Neuvotteleva virkamies, digitaalinen hallinto', organisation: 'VM', role: 'deputy' },
    ],
    mandateStart: '2025-01-01',
    mandateEnd: '2026-12-31',
    meetingRhythm: 'twice_a_year',
    nextMeetingOn: '2027-01-20',
    links: [link('OECD E-Leaders', 'https://www.oecd.org/en/networks/e-leaders.html')],
    initiatives: [
      { title: 'OECD:n digitaalisen hallinnon yhteistyö', relation: 'participates_in' },
      { title: 'Julkisen hallinnon datastrategia', relation: 'reports_to', note: 'OURdata-indeksin tiedot' },
    ],
  },
  {
    shortName: 'ICA',
    name: {
      fi: 'International Council for IT in Government Administration (ICA)',
      sv: 'International Council for IT in Government Administration (ICA)',
      en: 'International Council for IT in Government Administration (ICA)',
    },
    organisation: 'ica',
    ministry: 'VM',
    agency: null,
    representatives: [{ name: 'Valtion ICT-johtaja', organisation: 'VM', role: 'member' }],
    meetingRhythm: 'yearly',
    nextMeetingOn: '2027-09-15',
    links: [link('ICA', 'https://www.ica-it.org/')],
    initiatives: [
      {
        title: 'ICA-yhteistyö (International Council for IT in Government Administration)',
        relation: 'participates_in',
      },
    ],
  },
  {
    shortName: 'MR-DIGITAL',
    name: {
      fi: 'Pohjoismaiden digitalisaatioministerien neuvosto (MR-DIGITAL)',
      sv: 'Nordiska ministerrådet för digitalisering (MR-DIGITAL)',
      en: 'Nordic Council of Ministers for Digitalisation (MR-DIGITAL)',
    },
    organisation: 'nordic_council_of_ministers',
    ministry: 'VM',
    agency: null,
    representatives: [
      { name: 'Kunta- ja alueministeri', organisation: 'VM', role: 'member' },
      { name: 'Virkamieskomitean jäsen (ÄK-DIGITAL)', organisation: 'VM', role: 'expert' },
    ],
    mandateStart: '2025-01-01',
    mandateEnd: '2027-12-31',
    meetingRhythm: 'twice_a_year',
    nextMeetingOn: '2026-12-16',
    links: [
      link(
        'Nordic Council of Ministers: digitalisation',
        'https://www.norden.org/en/information/digitalisation',
      ),
    ],
    initiatives: [
      { title: 'Pohjoismais-baltialainen digitaalinen yhteistyö', relation: 'participates_in' },
      {
        title: 'Digitalisaation ja datatalouden ministerityöryhmän sihteeristö (Digitoimisto)',
        relation: 'prepares_position',
        note: 'Ministerikokousten valmistelu',
      },
    ],
  },
  {
    shortName: 'NIIS',
    name: {
      fi: 'Nordic Institute for Interoperability Solutions (NIIS)',
      sv: 'Nordic Institute for Interoperability Solutions (NIIS)',
      en: 'Nordic Institute for Interoperability Solutions (NIIS)',
    },
    organisation: 'bilateral',
    ministry: 'VM',
    agency: 'Digi- ja väestötietovirasto',
    representatives: [
      { name: 'Hallituksen jäsen', organisation: 'VM', role: 'member' },
      { name: 'Palveluväylän tuoteomistaja', organisation: 'Digi- ja väestötietovirasto', role: 'expert' },
    ],
    meetingRhythm: 'quarterly',
    nextMeetingOn: '2027-01-14',
    links: [link('NIIS', 'https://www.niis.org/')],
    initiatives: [
      { title: 'Suomen ja Viron digitaalinen yhteistyö', relation: 'participates_in' },
      { title: 'Kansallinen palveluväylä 2.0', relation: 'reports_to', note: 'X-Road-kehitys' },
    ],
  },
  {
    shortName: 'Interoperable Europe Board',
    name: {
      fi: 'Yhteentoimiva Eurooppa -lautakunta',
      sv: 'Styrelsen för ett interoperabelt Europa',
      en: 'Interoperable Europe Board',
    },
    organisation: 'eu_act_board',
    ministry: 'VM',
    agency: null,
    representatives: [{ name: 'Yhteentoimivuuden johtava asiantuntija', organisation: 'VM', role: 'member' }],
    meetingRhythm: 'quarterly',
    nextMeetingOn: '2026-12-09',
    links: [link('Interoperable Europe', 'https://interoperable-europe.ec.europa.eu/')],
    euAct: 'IEA',
    initiatives: [
      { title: 'Yhteentoimiva Eurooppa -säädöksen toimeenpano', relation: 'prepares_position' },
      { title: 'EU:n digitaalisen julkishallinnon yhteistyö', relation: 'participates_in' },
    ],
  },
  {
    shortName: 'EDIB',
    name: {
      fi: 'Euroopan datainnovaatiolautakunta',
      sv: 'Europeiska datainnovationsstyrelsen',
      en: 'European Data Innovation Board',
    },
    organisation: 'eu_act_board',
    ministry: 'LVM',
    agency: 'Liikenne- ja viestintävirasto Traficom',
    representatives: [{ name: 'Datatalouden erityisasiantuntija', organisation: 'LVM', role: 'member' }],
    meetingRhythm: 'quarterly',
    nextMeetingOn: '2027-01-27',
    links: [],
    euAct: 'DGA',
    initiatives: [
      { title: 'Datahallintosäädöksen kansallinen täytäntöönpano', relation: 'participates_in' },
      { title: 'Datasäädöksen kansallinen täytäntöönpano', relation: 'reports_to' },
    ],
  },
  {
    shortName: 'AI Board',
    name: {
      fi: 'Euroopan tekoälylautakunta',
      sv: 'Europeiska styrelsen för artificiell intelligens',
      en: 'European Artificial Intelligence Board',
    },
    organisation: 'eu_act_board',
    ministry: 'TEM',
    agency: null,
    representatives: [
      { name: 'Tekoälysääntelyn neuvotteleva virkamies', organisation: 'TEM', role: 'member' },
    ],
    meetingRhythm: 'quarterly',
    nextMeetingOn: '2026-12-03',
    links: [],
    euAct: 'AI Act',
    initiatives: [
      { title: 'Tekoälysäädöksen kansallinen täytäntöönpano', relation: 'participates_in' },
      {
        title: 'Tekoälysäädöksen täytäntöönpanon toinen vaihe: suuren riskin järjestelmät',
        relation: 'prepares_position',
      },
    ],
  },
  {
    shortName: 'NIS CG',
    name: {
      fi: 'NIS-yhteistyöryhmä',
      sv: 'NIS-samarbetsgruppen',
      en: 'NIS Cooperation Group',
    },
    organisation: 'eu_act_board',
    ministry: 'LVM',
    agency: 'Liikenne- ja viestintävirasto Traficom',
    representatives: [
      { name: 'Kyberturvallisuuden neuvotteleva virkamies', organisation: 'LVM', role: 'member' },
      { name: 'Kyberturvallisuuskeskuksen asiantuntija', organisation: 'Traficom', role: 'expert' },
    ],
    meetingRhythm: 'quarterly',
    nextMeetingOn: '2027-02-10',
    links: [],
    euAct: 'NIS2',
    initiatives: [{ title: 'NIS2-direktiivin kansallinen täytäntöönpano', relation: 'reports_to' }],
  },
  {
    shortName: 'EBDS',
    name: {
      fi: 'Digitaalisten palvelujen eurooppalainen lautakunta',
      sv: 'Europeiska nämnden för digitala tjänster',
      en: 'European Board for Digital Services',
    },
    organisation: 'eu_act_board',
    ministry: 'LVM',
    agency: 'Liikenne- ja viestintävirasto Traficom',
    representatives: [{ name: 'Digipalvelujen koordinaattori', organisation: 'Traficom', role: 'member' }],
    meetingRhythm: 'monthly',
    nextMeetingOn: '2026-12-11',
    links: [],
    euAct: 'DSA',
    initiatives: [{ title: 'Digipalvelusäädöksen kansallinen täytäntöönpano', relation: 'participates_in' }],
  },
  {
    shortName: 'Telecom WP',
    name: {
      fi: 'Neuvoston televiestintä- ja tietoyhteiskuntatyöryhmä',
      sv: 'Rådets arbetsgrupp för telekommunikation och informationssamhället',
      en: 'Council Working Party on Telecommunications and Information Society',
    },
    organisation: 'eu_council',
    ministry: 'LVM',
    agency: null,
    representatives: [
      { name: 'Pysyvän edustuston erityisasiantuntija', organisation: 'UM / EU-edustusto', role: 'member' },
    ],
    meetingRhythm: 'monthly',
    nextMeetingOn: '2026-12-08',
    links: [],
    initiatives: [
      { title: 'Digitaalinen omnibus – Suomen kannat EU-neuvotteluissa', relation: 'prepares_position' },
      { title: 'Kyberturvallisuusasetuksen uudistus – Suomen vaikuttaminen', relation: 'prepares_position' },
    ],
  },
];

export const demoBenchmarks: DemoBenchmark[] = [
  {
    shortName: 'DESI',
    name: {
      fi: 'Digitaalisen vuosikymmenen tilannekatsaus: maaraportti (DESI)',
      sv: 'Rapporten om läget för det digitala decenniet: landsrapport (DESI)',
      en: 'State of the Digital Decade country report (DESI)',
    },
    publisher: 'Euroopan komissio',
    cycle: 'yearly',
    nextPublicationOn: '2027-06-30',
    scoreScale: '0–100',
    links: [link('Digital Decade', 'https://digital-strategy.ec.europa.eu/en/policies/desi')],
    results: [
      { edition: '2020', publishedOn: '2020-06-11', score: 72.3, rank: 1, rankOf: 28, note: DEMO_NOTE },
      { edition: '2021', publishedOn: '2021-11-12', score: 69.1, rank: 1, rankOf: 27, note: DEMO_NOTE },
      { edition: '2022', publishedOn: '2022-07-28', score: 69.6, rank: 1, rankOf: 27, note: DEMO_NOTE },
    ],
    initiatives: [
      { title: 'Digitaalisen vuosikymmenen kansallisen etenemissuunnitelman päivitys 2026' },
      { title: 'Suomen digitaalinen kompassi' },
    ],
  },
  {
    shortName: 'eGov Benchmark',
    name: {
      fi: 'EU:n sähköisen hallinnon vertailu (eGovernment Benchmark)',
      sv: 'EU:s jämförelse av e-förvaltning (eGovernment Benchmark)',
      en: 'EU eGovernment Benchmark',
    },
    publisher: 'Euroopan komissio',
    cycle: 'yearly',
    nextPublicationOn: '2026-12-10',
    scoreScale: '0–100',
    links: [],
    results: [
      { edition: '2022', publishedOn: '2022-09-01', score: 85, rank: 3, rankOf: 35, note: DEMO_NOTE },
      { edition: '2023', publishedOn: '2023-11-01', score: 86, rank: 3, rankOf: 35, note: DEMO_NOTE },
      { edition: '2024', publishedOn: '2024-06-01', score: 88, rank: 2, rankOf: 35, note: DEMO_NOTE },
    ],
    initiatives: [{ title: 'Suomi.fi-palvelujen kehittäminen 2025–2027' }],
  },
  {
    shortName: 'UN EGDI',
    name: {
      fi: 'YK:n sähköisen hallinnon tutkimus (E-Government Survey, EGDI)',
      sv: 'FN:s undersökning om e-förvaltning (E-Government Survey, EGDI)',
      en: 'UN E-Government Survey (EGDI)',
    },
    publisher: 'YK:n talous- ja sosiaaliasiain osasto (UN DESA)',
    cycle: 'every_two_years',
    nextPublicationOn: '2028-07-01',
    scoreScale: '0–1',
    links: [link('UN E-Government Knowledgebase', 'https://publicadministration.un.org/egovkb')],
    results: [
      { edition: '2018', publishedOn: '2018-07-19', score: 0.8815, rank: 6, rankOf: 193, note: DEMO_NOTE },
      { edition: '2020', publishedOn: '2020-07-10', score: 0.9452, rank: 4, rankOf: 193, note: DEMO_NOTE },
      { edition: '2022', publishedOn: '2022-09-28', score: 0.9533, rank: 2, rankOf: 193, note: DEMO_NOTE },
      { edition: '2024', publishedOn: '2024-09-17', score: 0.9462, rank: 4, rankOf: 193, note: DEMO_NOTE },
    ],
    initiatives: [{ title: 'YK:n digitaalinen yhteistyö ja Global Digital Compact' }],
  },
  {
    shortName: 'OECD DGI',
    name: {
      fi: 'OECD:n digitaalisen hallinnon indeksi (DGI)',
      sv: 'OECD:s index för digital förvaltning (DGI)',
      en: 'OECD Digital Government Index (DGI)',
    },
    publisher: 'OECD',
    cycle: 'irregular',
    nextPublicationOn: '2027-02-15',
    scoreScale: '0–1',
    links: [],
    results: [
      { edition: '2019', publishedOn: '2020-10-01', score: 0.53, rank: 17, rankOf: 33, note: DEMO_NOTE },
      { edition: '2023', publishedOn: '2024-01-30', score: 0.6, rank: 12, rankOf: 38, note: DEMO_NOTE },
    ],
    initiatives: [
      { title: 'OECD:n digitaalisen hallinnon yhteistyö', note: 'Kyselyyn vastaaminen' },
      { title: 'Julkisen hallinnon datastrategia' },
    ],
  },
];
