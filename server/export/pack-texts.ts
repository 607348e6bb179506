/**
 * The PDF meeting pack's own words in Finnish, Swedish and English: headings, labels, the cover
 * and the footer, and the needs-attention reasons as sentences. Finnish is the source; Swedish
 * and English are typed as its `Shape`, so neither can miss a key. Code labels (statuses, health,
 * tiers…) come from shared/code-labels, ministry names from shared/ministry.ts. The reasons say
 * what the UI says (client/i18n/messages/…/attention.ts); pdf.test.ts holds them to it.
 */
import type { AttentionReason } from '../../shared/attention.ts';
import type { Language } from '../../shared/codes.ts';
import { formatCount, formatIsoDate, formatWholeEuros, localeOf } from '../../shared/locale-format.ts';
import type { Shape } from '../../shared/message-shape.ts';
import {
  attentionReasonsEn,
  attentionReasonsFi,
  attentionReasonsSv,
} from '../../shared/messages/attention-reason-messages.ts';
import { fillMessage, type MessageVars } from '../../shared/messages/lookup.ts';

/** A message that depends on a count: the singular and the rest. */
interface Plural {
  one: string;
  other: string;
}

const fi = {
  packTitle: 'Kokouspaketti',
  cover: {
    picture: 'Tilannekuva',
    snapshot: 'Tilannekuvan kopio, otettu {{time}}',
    takenBy: 'Ottanut',
    now: 'Nykytilanne {{date}}',
    nowNote: 'Ajantasainen tieto: ei jäädytetty tilannekuvan kopioksi.',
    figuresOf: 'Luvut päivältä',
    madeBy: 'Tiedoston teki',
    madeAt: 'Tiedosto tehty',
    filters: 'Rajaukset',
    noFilters: 'Ei rajauksia: koko salkku',
    initiatives: 'Hankkeita rajauksilla',
    comparedTo: 'Vertailukohta',
    noComparison: 'Ei vertailua',
    checksum: 'Tarkistussumma',
    contents: 'Sisältö',
  },
  footer: {
    page: 'Sivu {{page}} / {{pages}}',
    checksum: 'Tarkistussumma {{checksum}}',
    live: 'Ajantasainen tieto, ei tilannekuvan kopio',
    figuresOf: 'tilanne {{date}}',
  },
  kpi: {
    title: 'Tunnusluvut',
    total: 'Hankkeita',
    byStatus: 'Hankkeet tiloittain',
    ministryRed: 'Ministeriön arvio punainen',
    digitoimistoRed: 'Digitoimiston arvio punainen',
    amber: { one: 'keltaisia {{count}}', other: 'keltaisia {{count}}' },
    euDeadlines: 'EU-määräaika 90 päivän sisällä',
    euOverdue: { one: '{{count}} ohitettu', other: '{{count}} ohitettu' },
    milestones: 'Myöhässä olevat virstanpylväät',
    milestonesIn: { one: '{{count}} hankkeessa', other: '{{count}} hankkeessa' },
    late: 'Myöhässä',
    lateNote: 'avoin hanke, jonka määräaika on ohitettu',
    budget: 'Budjetti yhteensä',
    withBudget: { one: '{{count}} hankkeella budjetti', other: '{{count}} hankkeella budjetti' },
    quality: 'Puutteita tiedoissa',
    qualityNote: { one: '{{count}} hanke', other: '{{count}} hanketta' },
    attention: 'Huomiota vaativat',
    attentionNote: 'vakavimmat luvussa Huomiota vaativat',
    status: 'Tila',
    share: 'Osuus',
    byHealth: 'Tilannearviot',
    rating: 'Arvio',
    ministryOwn: 'Ministeriön oma',
    digitoimisto: 'Digitoimiston',
  },
  charts: {
    title: 'Kaaviot',
    byMinistry: 'Hankkeet vastuuministeriöittäin ja tiloittain',
    digitoimistoHealth: 'Digitoimiston tilannearviot ministeriöittäin',
    ministryHealth: 'Ministeriöiden omat tilannearviot',
    legend: 'Selite',
    ministry: 'Ministeriö',
    total: 'Yhteensä',
    empty: 'Näillä rajauksilla ei ole hankkeita.',
    byMinistrySummary: {
      one: '{{count}} hanke {{ministries}} ministeriössä; eniten: {{top}} ({{topCount}}).',
      other: '{{count}} hanketta {{ministries}} ministeriössä; eniten: {{top}} ({{topCount}}).',
    },
    healthSummary: 'Punaisia {{red}} ja keltaisia {{amber}}; eniten punaisia: {{top}} ({{topCount}}).',
    healthSummaryNoRed: 'Punaisia ei ole; keltaisia {{amber}}.',
  },
  tiers: {
    title: 'Prioriteettitasojen kärki',
    intro: 'Kunkin tason ensimmäiset {{top}} hanketta priorisointitaulun järjestyksessä.',
    count: { one: '{{count}} hanke', other: '{{count}} hanketta' },
    shown: 'Näytetään {{shown}} ensimmäistä {{total}} hankkeesta.',
    empty: 'Tasolla ei ole hankkeita.',
    rank: 'Nro',
    initiative: 'Hanke',
    lead: 'Vastuu',
    status: 'Tila',
    score: 'Pisteet',
    noScore: '–',
  },
  attention: {
    title: 'Huomiota vaativat hankkeet',
    intro: 'Vakavimmat ensin.',
    shown: {
      one: '{{count}} huomiota vaativa hanke; näytetään {{shown}} ensimmäistä.',
      other: '{{count}} huomiota vaativaa hanketta; näytetään {{shown}} ensimmäistä.',
    },
    all: {
      one: '{{count}} huomiota vaativa hanke.',
      other: '{{count}} huomiota vaativaa hanketta.',
    },
    empty: 'Ei huomiota vaativia hankkeita näillä rajauksilla.',
    initiative: 'Hanke',
    lead: 'Vastuu',
    health: 'Arviot: ministeriö / Digitoimisto',
    reasons: 'Syyt',
    reason: { ...attentionReasonsFi, euDeadline: 'EU-määräaika', endDate: 'päättymispäivä' },
  },
  changes: {
    title: 'Muutokset edellisestä',
    since: 'Verrattuna tilannekuvan kopioon ”{{label}}”, otettu {{time}}.',
    none: 'Ei vertailua: tiedostoa tehtäessä ei valittu aiempaa tilannekuvan kopiota.',
    noChanges: 'Ei muutoksia.',
    summary: 'Yhteenveto',
    added: 'Uusia hankkeita',
    removed: 'Poistuneita hankkeita',
    changed: 'Muuttuneita hankkeita',
    movedToRed: 'Arvio muuttui punaiseksi',
    leftRed: 'Arvio ei enää punainen',
    completed: 'Valmistuneita',
    tierChanged: 'Prioriteettitaso muuttui',
    milestonesDone: 'Virstanpylväitä valmistui',
    milestonesSlipped: 'Virstanpylväitä siirtyi myöhemmäksi',
    details: 'Muutokset hankkeittain',
    more: {
      one: 'Lisäksi {{count}} muutos, jota ei tulosteta tähän; kaikki muutokset ovat taulukkomuotoisessa paketissa.',
      other:
        'Lisäksi {{count}} muutosta, joita ei tulosteta tähän; kaikki muutokset ovat taulukkomuotoisessa paketissa.',
    },
  },
  deadlines: {
    title: 'EU-määräajat seuraavan kuuden kuukauden aikana',
    intro:
      'EU-säädösten keskeiset päivämäärät {{from}}–{{to}} ja kansalliset hankkeet, jotka vastaavat niihin.',
    empty: 'Aikavälillä ei ole EU-määräaikoja.',
    date: 'Päivämäärä',
    act: 'Säädös',
    kind: 'Mikä',
    initiatives: 'Vastaavat hankkeet',
    state: 'Tilanne',
    gap: 'AUKKO: ei kansallista hanketta, joka vastaa tähän',
    more: { one: 'Lisäksi {{count}} hanke.', other: 'Lisäksi {{count}} hanketta.' },
    hidden: {
      one: '{{count}} vastaava hanke rajausten ulkopuolella.',
      other: '{{count}} vastaavaa hanketta rajausten ulkopuolella.',
    },
    kinds: {
      application: 'Soveltaminen alkaa',
      transposition: 'Täytäntöönpanon määräaika',
      entryIntoForce: 'Voimaantulo',
      keyDate: 'Muu keskeinen päivämäärä',
    },
    states: {
      gap: 'Ei kansallista hanketta',
      planned: 'Suunnitteilla tai keskeytetty',
      inProgress: 'Valmistelussa tai käynnissä',
      completed: 'Valmis',
    },
  },
  cooperation: {
    title: 'Kansainvälinen yhteistyö',
    intro:
      'Yhteistyöelinten kokoukset ja kansainvälisten vertailujen julkaisut {{from}} alkaen sekä Suomen viimeisimmät tulokset.',
    predates:
      'Tilannekuva on otettu ennen kuin kansainvälisen yhteistyön tiedot tallennettiin tilannekuviin, joten siinä ei ole niitä.',
    meetings: 'Yhteistyöelinten kokoukset {{from}}–{{to}}',
    noMeetings: 'Yhteistyöelimillä ei ole kokouksia aikavälillä.',
    publications: 'Vertailujen julkaisut {{from}}–{{to}}',
    noPublications: 'Vertailuja ei julkaista aikavälillä.',
    latest: 'Suomen viimeisimmät tulokset',
    noLatest: 'Vertailuista ei ole kirjattu tuloksia.',
    date: 'Päivämäärä',
    body: 'Yhteistyöelin',
    organisation: 'Organisaatio',
    ministry: 'Ministeriö',
    benchmark: 'Vertailu',
    publisher: 'Julkaisija',
    edition: 'Painos',
    published: 'Julkaistu',
    score: 'Pisteet',
    rank: 'Sijoitus',
    rankOf: '{{rank}}/{{of}}',
    note: 'Huomautus',
  },
} as const;

export type PackTexts = Shape<typeof fi>;

const sv: PackTexts = {
  packTitle: 'Mötespaket',
  cover: {
    picture: 'Lägesbild',
    snapshot: 'Ögonblicksbild, tagen {{time}}',
    takenBy: 'Tagen av',
    now: 'Nuläge {{date}}',
    nowNote: 'Aktuella uppgifter: inte frysta som en ögonblicksbild.',
    figuresOf: 'Siffrorna gäller',
    madeBy: 'Filen gjordes av',
    madeAt: 'Filen gjordes',
    filters: 'Avgränsningar',
    noFilters: 'Inga avgränsningar: hela portföljen',
    initiatives: 'Projekt med avgränsningarna',
    comparedTo: 'Jämförs med',
    noComparison: 'Ingen jämförelse',
    checksum: 'Kontrollsumma',
    contents: 'Innehåll',
  },
  footer: {
    page: 'Sida {{page}} / {{pages}}',
    checksum: 'Kontrollsumma {{checksum}}',
    live: 'Aktuella uppgifter, ingen ögonblicksbild',
    figuresOf: 'läget {{date}}',
  },
  kpi: {
    title: 'Nyckeltal',
    total: 'Projekt',
    byStatus: 'Projekt per status',
    ministryRed: 'Ministeriets bedömning röd',
    digitoimistoRed: 'Digitalbyråns bedömning röd',
    amber: { one: '{{count}} gul', other: '{{count}} gula' },
    euDeadlines: 'EU-tidsfrist inom 90 dagar',
    euOverdue: { one: '{{count}} passerad', other: '{{count}} passerade' },
    milestones: 'Försenade delmål',
    milestonesIn: { one: 'i {{count}} projekt', other: 'i {{count}} projekt' },
    late: 'Försenade',
    lateNote: 'öppna projekt vars tidsfrist har passerats',
    budget: 'Budget totalt',
    withBudget: { one: '{{count}} projekt har budget', other: '{{count}} projekt har budget' },
    quality: 'Brister i uppgifterna',
    qualityNote: { one: '{{count}} projekt', other: '{{count}} projekt' },
    attention: 'Kräver uppmärksamhet',
    attentionNote: 'de allvarligaste i kapitlet Kräver uppmärksamhet',
    status: 'Status',
    share: 'Andel',
    byHealth: 'Lägesbedömningar',
    rating: 'Bedömning',
    ministryOwn: 'Ministeriets egen',
    digitoimisto: 'Digitalbyråns',
  },
  charts: {
    title: 'Diagram',
    byMinistry: 'Projekt per ansvarigt ministerium och status',
    digitoimistoHealth: 'Digitalbyråns lägesbedömningar per ministerium',
    ministryHealth: 'Ministeriernas egna lägesbedömningar',
    legend: 'Teckenförklaring',
    ministry: 'Ministerium',
    total: 'Totalt',
    empty: 'Inga projekt med de här avgränsningarna.',
    byMinistrySummary: {
      one: '{{count}} projekt i {{ministries}} ministerier; flest har {{top}} ({{topCount}}).',
      other: '{{count}} projekt i {{ministries}} ministerier; flest har {{top}} ({{topCount}}).',
    },
    healthSummary: '{{red}} röda och {{amber}} gula; flest röda: {{top}} ({{topCount}}).',
    healthSummaryNoRed: 'Inga röda; {{amber}} gula.',
  },
  tiers: {
    title: 'Toppen av varje prioritetsnivå',
    intro: 'De första {{top}} projekten på varje nivå, i prioriteringstavlans ordning.',
    count: { one: '{{count}} projekt', other: '{{count}} projekt' },
    shown: 'De första {{shown}} av {{total}} projekt visas.',
    empty: 'Inga projekt på nivån.',
    rank: 'Nr',
    initiative: 'Projekt',
    lead: 'Ansvar',
    status: 'Status',
    score: 'Poäng',
    noScore: '–',
  },
  attention: {
    title: 'Projekt som kräver uppmärksamhet',
    intro: 'De allvarligaste först.',
    shown: {
      one: '{{count}} projekt kräver uppmärksamhet; de första {{shown}} visas.',
      other: '{{count}} projekt kräver uppmärksamhet; de första {{shown}} visas.',
    },
    all: {
      one: '{{count}} projekt kräver uppmärksamhet.',
      other: '{{count}} projekt kräver uppmärksamhet.',
    },
    empty: 'Inga projekt kräver uppmärksamhet med de här avgränsningarna.',
    initiative: 'Projekt',
    lead: 'Ansvar',
    health: 'Bedömningar: ministeriet / Digitalbyrån',
    reasons: 'Orsaker',
    reason: { ...attentionReasonsSv, euDeadline: 'EU-tidsfrist', endDate: 'slutdatum' },
  },
  changes: {
    title: 'Förändringar sedan förra gången',
    since: 'Jämfört med ögonblicksbilden ”{{label}}”, tagen {{time}}.',
    none: 'Ingen jämförelse: ingen tidigare ögonblicksbild valdes när filen gjordes.',
    noChanges: 'Inga förändringar.',
    summary: 'Sammanfattning',
    added: 'Nya projekt',
    removed: 'Projekt som fallit bort',
    changed: 'Ändrade projekt',
    movedToRed: 'Bedömningen blev röd',
    leftRed: 'Bedömningen inte längre röd',
    completed: 'Slutförda',
    tierChanged: 'Prioritetsnivån ändrades',
    milestonesDone: 'Delmål som blev klara',
    milestonesSlipped: 'Delmål som flyttades fram',
    details: 'Förändringar per projekt',
    more: {
      one: 'Dessutom {{count}} förändring som inte skrivs ut här; alla förändringar finns i paketet i tabellform.',
      other:
        'Dessutom {{count}} förändringar som inte skrivs ut här; alla förändringar finns i paketet i tabellform.',
    },
  },
  deadlines: {
    title: 'EU-tidsfrister under de kommande sex månaderna',
    intro: 'EU-rättsakternas viktiga datum {{from}}–{{to}} och de nationella projekt som svarar mot dem.',
    empty: 'Inga EU-tidsfrister under perioden.',
    date: 'Datum',
    act: 'Rättsakt',
    kind: 'Vad',
    initiatives: 'Projekt som svarar',
    state: 'Läge',
    gap: 'LUCKA: inget nationellt projekt svarar mot detta',
    more: { one: 'Dessutom {{count}} projekt.', other: 'Dessutom {{count}} projekt.' },
    hidden: {
      one: '{{count}} projekt som svarar faller utanför avgränsningarna.',
      other: '{{count}} projekt som svarar faller utanför avgränsningarna.',
    },
    kinds: {
      application: 'Tillämpas från',
      transposition: 'Tidsfrist för genomförande',
      entryIntoForce: 'Ikraftträdande',
      keyDate: 'Annat viktigt datum',
    },
    states: {
      gap: 'Inget nationellt projekt',
      planned: 'Planerat eller vilande',
      inProgress: 'Under beredning eller pågående',
      completed: 'Slutfört',
    },
  },
  cooperation: {
    title: 'Internationellt samarbete',
    intro:
      'Samarbetsorganens möten och de internationella jämförelsernas publiceringar från {{from}} samt Finlands senaste resultat.',
    predates:
      'Lägesbilden togs innan uppgifterna om internationellt samarbete sparades i lägesbilderna, så den innehåller inga sådana.',
    meetings: 'Samarbetsorganens möten {{from}}–{{to}}',
    noMeetings: 'Samarbetsorganen har inga möten under perioden.',
    publications: 'Jämförelsernas publiceringar {{from}}–{{to}}',
    noPublications: 'Inga jämförelser publiceras under perioden.',
    latest: 'Finlands senaste resultat',
    noLatest: 'Inga resultat har förts in för jämförelserna.',
    date: 'Datum',
    body: 'Samarbetsorgan',
    organisation: 'Organisation',
    ministry: 'Ministerium',
    benchmark: 'Jämförelse',
    publisher: 'Utgivare',
    edition: 'Utgåva',
    published: 'Publicerad',
    score: 'Poäng',
    rank: 'Placering',
    rankOf: '{{rank}}/{{of}}',
    note: 'Anmärkning',
  },
};

const en: PackTexts = {
  packTitle: 'Meeting pack',
  cover: {
    picture: 'Situational picture',
    snapshot: 'Snapshot taken {{time}}',
    takenBy: 'Taken by',
    now: 'Current as of {{date}}',
    nowNote: 'Live data: not frozen as a snapshot.',
    figuresOf: 'Figures as of',
    madeBy: 'File made by',
    madeAt: 'File made',
    filters: 'Filters',
    noFilters: 'No filters: the whole portfolio',
    initiatives: 'Initiatives under the filters',
    comparedTo: 'Compared with',
    noComparison: 'No comparison',
    checksum: 'Checksum',
    contents: 'Contents',
  },
  footer: {
    page: 'Page {{page}} / {{pages}}',
    checksum: 'Checksum {{checksum}}',
    live: 'Live data, not a snapshot',
    figuresOf: 'as of {{date}}',
  },
  kpi: {
    title: 'Key figures',
    total: 'Initiatives',
    byStatus: 'Initiatives by status',
    ministryRed: "Ministry's rating red",
    digitoimistoRed: "Digital Office's rating red",
    amber: { one: '{{count}} amber', other: '{{count}} amber' },
    euDeadlines: 'EU deadline within 90 days',
    euOverdue: { one: '{{count}} passed', other: '{{count}} passed' },
    milestones: 'Overdue milestones',
    milestonesIn: { one: 'in {{count}} initiative', other: 'in {{count}} initiatives' },
    late: 'Late',
    lateNote: 'open initiatives past a deadline',
    budget: 'Total budget',
    withBudget: { one: '{{count}} initiative has a budget', other: '{{count}} initiatives have a budget' },
    quality: 'Data gaps',
    qualityNote: { one: '{{count}} initiative', other: '{{count}} initiatives' },
    attention: 'Needs attention',
    attentionNote: 'the most serious in the chapter Needs attention',
    status: 'Status',
    share: 'Share',
    byHealth: 'Ratings',
    rating: 'Rating',
    ministryOwn: "Ministry's own",
    digitoimisto: "Digital Office's",
  },
  charts: {
    title: 'Charts',
    byMinistry: 'Initiatives by lead ministry and status',
    digitoimistoHealth: "The Digital Office's ratings by ministry",
    ministryHealth: "The ministries' own ratings",
    legend: 'Legend',
    ministry: 'Ministry',
    total: 'Total',
    empty: 'No initiatives with these filters.',
    byMinistrySummary: {
      one: '{{count}} initiative in {{ministries}} ministries; the most: {{top}} ({{topCount}}).',
      other: '{{count}} initiatives in {{ministries}} ministries; the most: {{top}} ({{topCount}}).',
    },
    healthSummary: '{{red}} red and {{amber}} amber; the most red: {{top}} ({{topCount}}).',
    healthSummaryNoRed: 'None red; {{amber}} amber.',
  },
  tiers: {
    title: 'The top of each priority tier',
    intro: 'The first {{top}} initiatives of each tier, in the order of the priority board.',
    count: { one: '{{count}} initiative', other: '{{count}} initiatives' },
    shown: 'Showing the first {{shown}} of {{total}}.',
    empty: 'No initiatives in this tier.',
    rank: 'No.',
    initiative: 'Initiative',
    lead: 'Lead',
    status: 'Status',
    score: 'Score',
    noScore: '–',
  },
  attention: {
    title: 'Initiatives that need attention',
    intro: 'The most serious first.',
    shown: {
      one: '{{count}} initiative needs attention; showing the first {{shown}}.',
      other: '{{count}} initiatives need attention; showing the first {{shown}}.',
    },
    all: {
      one: '{{count}} initiative needs attention.',
      other: '{{count}} initiatives need attention.',
    },
    empty: 'No initiatives need attention with these filters.',
    initiative: 'Initiative',
    lead: 'Lead',
    health: 'Ratings: ministry / Digital Office',
    reasons: 'Reasons',
    reason: { ...attentionReasonsEn, euDeadline: 'EU deadline', endDate: 'end date' },
  },
  changes: {
    title: 'Changes since last time',
    since: 'Compared with the snapshot “{{label}}”, taken {{time}}.',
    none: 'No comparison: no earlier snapshot was chosen when the file was made.',
    noChanges: 'No changes.',
    summary: 'Summary',
    added: 'New initiatives',
    removed: 'Initiatives gone',
    changed: 'Initiatives changed',
    movedToRed: 'Rating turned red',
    leftRed: 'Rating no longer red',
    completed: 'Completed',
    tierChanged: 'Priority tier changed',
    milestonesDone: 'Milestones done',
    milestonesSlipped: 'Milestones moved later',
    details: 'Changes by initiative',
    more: {
      one: 'And {{count}} more change not printed here; the spreadsheet pack lists every change.',
      other: 'And {{count}} more changes not printed here; the spreadsheet pack lists every change.',
    },
  },
  deadlines: {
    title: 'EU deadlines in the next six months',
    intro: 'The key dates of EU acts from {{from}} to {{to}}, and the national initiatives that answer them.',
    empty: 'No EU deadlines in this period.',
    date: 'Date',
    act: 'Act',
    kind: 'What',
    initiatives: 'Initiatives answering',
    state: 'Standing',
    gap: 'GAP: no national initiative answers this',
    more: { one: 'And {{count}} more initiative.', other: 'And {{count}} more initiatives.' },
    hidden: {
      one: '{{count}} answering initiative is outside the filters.',
      other: '{{count}} answering initiatives are outside the filters.',
    },
    kinds: {
      application: 'Applies from',
      transposition: 'Transposition deadline',
      entryIntoForce: 'Entry into force',
      keyDate: 'Other key date',
    },
    states: {
      gap: 'No national initiative',
      planned: 'Planned or paused',
      inProgress: 'In preparation or ongoing',
      completed: 'Completed',
    },
  },
  cooperation: {
    title: 'International cooperation',
    intro:
      "Meetings of cooperation bodies and publications of international benchmarks from {{from}}, and Finland's latest results.",
    predates:
      'The snapshot was taken before international cooperation data was kept in snapshots, so it has none.',
    meetings: 'Meetings of cooperation bodies {{from}}–{{to}}',
    noMeetings: 'No cooperation body meets in this period.',
    publications: 'Benchmarks published {{from}}–{{to}}',
    noPublications: 'No benchmark is published in this period.',
    latest: "Finland's latest results",
    noLatest: 'No results have been entered for the benchmarks.',
    date: 'Date',
    body: 'Cooperation body',
    organisation: 'Organisation',
    ministry: 'Ministry',
    benchmark: 'Benchmark',
    publisher: 'Publisher',
    edition: 'Edition',
    published: 'Published',
    score: 'Score',
    rank: 'Rank',
    rankOf: '{{rank}} of {{of}}',
    note: 'Note',
  },
};

export const PACK_TEXTS: Record<Language, PackTexts> = { fi, sv, en };

/** A template filled in, the plural form chosen by `count` in the language's rules. */
export function plural(language: Language, forms: Plural, vars: MessageVars & { count: number }): string {
  const form =
    new Intl.PluralRules(localeOf(language)).select(vars.count) === 'one' ? forms.one : forms.other;
  return fillMessage(form, { ...vars, count: formatNumber(language, vars.count) });
}

export const fill = fillMessage;

// The moment of a picture on the Finnish clock, made once per language (Intl constructors are slow).
const moments = new Map<Language, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD) as the language writes it: 2.12.2026, 2 Dec 2026 in English. */
export function formatDate(language: Language, isoDate: string | null): string {
  return isoDate ? formatIsoDate(isoDate, language) : '–';
}

/** A moment (ISO timestamp) on the Finnish clock: "1.12.2026 klo 16.00". */
export function formatDateTime(language: Language, isoTimestamp: string): string {
  const moment = new Date(isoTimestamp);
  if (Number.isNaN(moment.getTime())) return isoTimestamp;
  let format = moments.get(language);
  if (!format) {
    // English names the month as the pack's dates do (2 Dec 2026, 07:46): en-GB's short style,
    // 02/12/2026, is the 12th of February to a reader used to the American order.
    format = new Intl.DateTimeFormat(
      localeOf(language),
      language === 'en'
        ? {
            day: 'numeric',
            month: 'short',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            timeZone: 'Europe/Helsinki',
          }
        : { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' },
    );
    moments.set(language, format);
  }
  return format.format(moment);
}

export function formatNumber(language: Language, value: number): string {
  return formatCount(value, language);
}

const scores = new Map<Language, Intl.NumberFormat>();

/** A benchmark's score as published, to four decimals at most: "70,2", "0,9847". */
export function formatScore(language: Language, value: number): string {
  let format = scores.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 4 });
    scores.set(language, format);
  }
  return format.format(value);
}

/** Whole euros from integer cents: "1 250 001 €" (rounded; a pack shows sums, not accounts). */
export function formatEuros(language: Language, cents: number): string {
  return formatWholeEuros(cents, language);
}

/**
 * A needs-attention reason as a sentence in the language, the UI's words
 * (client/components/attention/describe-attention.ts) made from the reason's data.
 */
export function attentionReasonText(language: Language, reason: AttentionReason): string {
  const r = PACK_TEXTS[language].attention.reason;
  const date = (iso: string) => formatDate(language, iso);
  switch (reason.kind) {
    case 'red':
      return r.red[reason.assessment];
    case 'twoApart':
      return reason.ministry === 'green' ? r.greenRed : r.redGreen;
    case 'stale':
      return plural(language, r.stale[reason.assessment], { count: reason.days });
    case 'milestoneOverdue':
      return plural(language, r.milestone, { title: reason.title, count: reason.daysLate });
    case 'euDutySoon': {
      const vars = { act: reason.euActShortName ?? r.anyAct, date: date(reason.deadline) };
      return reason.daysLeft === 0
        ? fill(r.euToday, vars)
        : plural(language, r.euSoon, { ...vars, count: reason.daysLeft });
    }
    case 'euDutyOverdue':
      return plural(language, r.euOverdue, {
        act: reason.euActShortName ?? r.anyAct,
        date: date(reason.deadline),
        count: reason.daysOverdue,
      });
    case 'late': {
      const what = reason.cause === 'endDate' ? r.endDate : r.euDeadline;
      return plural(language, r.late, {
        count: reason.daysLate,
        what: reason.euActShortName ? `${reason.euActShortName}: ${what}` : what,
        date: date(reason.date),
      });
    }
  }
}
