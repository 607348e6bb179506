/**
 * The words of the PPTX meeting pack (server/export/pptx.ts) in Finnish, Swedish and English:
 * slide titles, table headings, tile labels and the sentences under the charts, and the
 * language's way of writing dates, counts and euros. `{{name}}` marks what is filled in; a
 * `{ one, other }` pair is chosen by the language's plural rule.
 */
import type { Language } from '../../shared/codes.ts';
import { formatIsoDate, formatWholeEuros, localeOf } from '../../shared/locale-format.ts';
import type { Shape } from '../../shared/message-shape.ts';
import { fillMessage, type MessageVars } from '../../shared/messages/lookup.ts';

const fi = {
  deckSubject: 'Digisalkun kokousaineisto',
  cover: {
    overline: 'Digisalkku · Digitoimisto',
    now: 'Tilanne {{date}}',
    snapshot: 'Tilannekuvan kopio {{time}}, ottanut {{who}}',
    checksum: 'Tarkiste {{checksum}}',
    filters: 'Rajaukset: {{filters}}',
    noFilters: 'Ei rajauksia: koko digisalkku',
    madeBy: 'Koonnut {{who}} {{time}}',
  },
  continued: '{{title}} ({{page}}/{{pages}})',
  kpi: {
    title: 'Tunnusluvut',
    intro: 'Tilanne {{date}}. Luvut koskevat rajauksiin osuvia hankkeita.',
    total: 'Hankkeita',
    totalDetail: { one: '{{count}} käynnissä', other: '{{count}} käynnissä' },
    digitoimistoHealth: 'Digitoimiston arvio',
    ministryHealth: 'Ministeriön oma arvio',
    red: { one: 'punainen', other: 'punaista' },
    amber: { one: 'keltainen', other: 'keltaista' },
    euDeadlines: 'EU-määräajat 90 päivän sisällä',
    euOverdue: { one: 'joista {{count}} ohitettu', other: 'joista {{count}} ohitettu' },
    milestones: 'Myöhässä olevat virstanpylväät',
    milestonesIn: { one: '{{count}} hankkeessa', other: '{{count}} hankkeessa' },
    late: 'Myöhässä olevat hankkeet',
    lateDetail: 'Päättymispäivä tai EU-määräaika ohitettu',
    budget: 'Budjetti yhteensä',
    withBudget: { one: '{{count}} hankkeella budjetti', other: '{{count}} hankkeella budjetti' },
    quality: 'Puutteita tiedoissa',
    qualityDetail: { one: '{{count}} hankkeesta', other: '{{count}} hankkeesta' },
  },
  statusChart: {
    title: 'Hankkeet vastuuministeriöittäin ja tiloittain',
    summary: {
      one: '{{count}} hanke {{ministries}} ministeriössä; eniten: {{top}} ({{topCount}}).',
      other: '{{count}} hanketta {{ministries}} ministeriössä; eniten: {{top}} ({{topCount}}).',
    },
  },
  healthChart: {
    digitoimistoTitle: 'Digitoimiston tilannearviot ministeriöittäin',
    ministryTitle: 'Ministeriöiden omat tilannearviot',
    summary: 'Punaisia {{red}} ja keltaisia {{amber}}; eniten punaisia: {{top}} ({{topCount}}).',
    summaryNoRed: 'Punaisia ei ole; keltaisia {{amber}}.',
  },
  noInitiatives: 'Näillä rajauksilla ei ole hankkeita.',
  priorities: {
    title: 'Kärkihankkeet',
    intro: 'Kriittiset ja korkean prioriteetin hankkeet priorisointitaulun järjestyksessä.',
    tier: 'Prioriteetti',
    initiative: 'Hanke',
    ministry: 'Vastuu',
    status: 'Tila',
    score: 'Pisteet',
    noScore: '–',
    more: {
      one: '{{tier}}: lisäksi {{count}} hanke, jota ei näytetä.',
      other: '{{tier}}: lisäksi {{count}} hanketta, joita ei näytetä.',
    },
    moreRows: {
      one: 'Lisäksi {{count}} rivi, jota ei näytetä.',
      other: 'Lisäksi {{count}} riviä, joita ei näytetä.',
    },
    empty: 'Kriittisiä tai korkean prioriteetin hankkeita ei ole näillä rajauksilla.',
  },
  changes: {
    title: 'Muutokset',
    since: 'Verrattuna tilannekuvaan {{label}} ({{time}}).',
    noComparison:
      'Ei vertailua: aineisto koottiin vertaamatta aiempaan tilannekuvaan, joten muutoksia ei ole lueteltu.',
    none: 'Hankkeissa ei ole muutoksia.',
    summary: {
      added: 'Uudet hankkeet',
      removed: 'Poistuneet hankkeet',
      changed: 'Muuttuneet hankkeet',
      movedToRed: 'Punaiseksi',
      leftRed: 'Pois punaiselta',
      completed: 'Valmistuneet',
      tierChanged: 'Prioriteetti muuttui',
      milestonesDone: 'Virstanpylväitä saavutettu',
      milestonesSlipped: 'Virstanpylväitä siirtyi',
    },
    more: {
      one: 'Lisäksi {{count}} muutos, jota ei näytetä kalvoilla.',
      other: 'Lisäksi {{count}} muutosta, joita ei näytetä kalvoilla.',
    },
  },
  deadlines: {
    title: 'EU-määräajat seuraavan kuuden kuukauden aikana',
    summary: {
      one: '{{count}} EU-määräaika, josta {{gaps}} ilman kansallista hanketta.',
      other: '{{count}} EU-määräaikaa, joista {{gaps}} ilman kansallista hanketta.',
    },
    date: 'Päivämäärä',
    act: 'Säädös',
    kind: 'Mikä',
    initiatives: 'Vastaavat hankkeet',
    standing: 'Tilanne',
    kinds: {
      application: 'Soveltaminen alkaa',
      transposition: 'Täytäntöönpanon määräaika',
      entryIntoForce: 'Voimaantulo',
      keyDate: 'Muu keskeinen päivämäärä',
    },
    states: {
      gap: 'Aukko: ei kansallista hanketta',
      planned: 'Suunnitteilla tai keskeytetty',
      inProgress: 'Valmistelussa tai käynnissä',
      completed: 'Valmis',
    },
    moreInitiatives: { one: 'ja {{count}} muu', other: 'ja {{count}} muuta' },
    hidden: { one: '{{count}} rajausten ulkopuolella', other: '{{count}} rajausten ulkopuolella' },
    none: '–',
    empty: 'Seuraavan kuuden kuukauden aikana ei ole EU-määräaikoja.',
    moreDates: {
      one: 'Lisäksi {{count}} määräaika, jota ei näytetä kalvoilla.',
      other: 'Lisäksi {{count}} määräaikaa, joita ei näytetä kalvoilla.',
    },
  },
  cooperation: {
    title: 'Kansainvälinen yhteistyö',
    intro: 'Tilanne {{date}}: tulevat kokoukset ja julkaisut sekä Suomen viimeisimmät tulokset.',
    predates:
      'Tilannekuva on otettu ennen kuin kansainvälisen yhteistyön tiedot tallennettiin tilannekuviin.',
    meetings: 'Kokoukset {{days}} päivän sisällä',
    noMeetings: 'Ei kokouksia.',
    publications: 'Vertailujen julkaisut {{days}} päivän sisällä',
    noPublications: 'Ei julkaisuja.',
    more: { one: 'Lisäksi {{count}} muu.', other: 'Lisäksi {{count}} muuta.' },
    latest: 'Suomen viimeisimmät tulokset',
    noLatest: 'Vertailuista ei ole kirjattu tuloksia.',
    benchmark: 'Vertailu',
    edition: 'Painos',
    score: 'Pisteet',
    rank: 'Sijoitus',
    rankOf: '{{rank}}/{{of}}',
    published: 'Julkaistu',
  },
} as const;

export type PptxTexts = Shape<typeof fi>;

const sv: PptxTexts = {
  deckSubject: 'Digiportföljens mötesmaterial',
  cover: {
    overline: 'Digiportföljen · Digitalbyrån',
    now: 'Läget {{date}}',
    snapshot: 'Ögonblicksbild {{time}}, tagen av {{who}}',
    checksum: 'Kontrollsumma {{checksum}}',
    filters: 'Filter: {{filters}}',
    noFilters: 'Inga filter: hela digiportföljen',
    madeBy: 'Sammanställt av {{who}} {{time}}',
  },
  continued: '{{title}} ({{page}}/{{pages}})',
  kpi: {
    title: 'Nyckeltal',
    intro: 'Läget {{date}}. Siffrorna gäller de projekt som filtren väljer.',
    total: 'Projekt',
    totalDetail: { one: '{{count}} pågående', other: '{{count}} pågående' },
    digitoimistoHealth: 'Digitalbyråns bedömning',
    ministryHealth: 'Ministeriets egen bedömning',
    red: { one: 'röd', other: 'röda' },
    amber: { one: 'gul', other: 'gula' },
    euDeadlines: 'EU-tidsfrister inom 90 dagar',
    euOverdue: { one: 'varav {{count}} passerad', other: 'varav {{count}} passerade' },
    milestones: 'Försenade milstolpar',
    milestonesIn: { one: 'i {{count}} projekt', other: 'i {{count}} projekt' },
    late: 'Försenade projekt',
    lateDetail: 'Slutdatum eller EU-tidsfrist passerad',
    budget: 'Total budget',
    withBudget: { one: '{{count}} projekt har en budget', other: '{{count}} projekt har en budget' },
    quality: 'Brister i uppgifterna',
    qualityDetail: { one: 'av {{count}} projekt', other: 'av {{count}} projekt' },
  },
  statusChart: {
    title: 'Projekt efter ansvarigt ministerium och status',
    summary: {
      one: '{{count}} projekt i {{ministries}} ministerier; flest: {{top}} ({{topCount}}).',
      other: '{{count}} projekt i {{ministries}} ministerier; flest: {{top}} ({{topCount}}).',
    },
  },
  healthChart: {
    digitoimistoTitle: 'Digitalbyråns lägesbedömningar efter ministerium',
    ministryTitle: 'Ministeriernas egna lägesbedömningar',
    summary: '{{red}} röda och {{amber}} gula; flest röda: {{top}} ({{topCount}}).',
    summaryNoRed: 'Inga röda; {{amber}} gula.',
  },
  noInitiatives: 'Filtren väljer inga projekt.',
  priorities: {
    title: 'De viktigaste projekten',
    intro: 'Projekt med kritisk och hög prioritet i prioriteringstavlans ordning.',
    tier: 'Prioritet',
    initiative: 'Projekt',
    ministry: 'Ansvar',
    status: 'Status',
    score: 'Poäng',
    noScore: '–',
    more: {
      one: '{{tier}}: dessutom {{count}} projekt som inte visas.',
      other: '{{tier}}: dessutom {{count}} projekt som inte visas.',
    },
    moreRows: {
      one: 'Dessutom {{count}} rad som inte visas.',
      other: 'Dessutom {{count}} rader som inte visas.',
    },
    empty: 'Filtren väljer inga projekt med kritisk eller hög prioritet.',
  },
  changes: {
    title: 'Förändringar',
    since: 'Jämfört med ögonblicksbilden {{label}} ({{time}}).',
    noComparison:
      'Ingen jämförelse: materialet sammanställdes utan en tidigare lägesbild att jämföra med, så inga förändringar räknas upp.',
    none: 'Projekten har inte förändrats.',
    summary: {
      added: 'Nya projekt',
      removed: 'Borttagna projekt',
      changed: 'Ändrade projekt',
      movedToRed: 'Blev röda',
      leftRed: 'Inte längre röda',
      completed: 'Slutförda',
      tierChanged: 'Ny prioritet',
      milestonesDone: 'Uppnådda milstolpar',
      milestonesSlipped: 'Framflyttade milstolpar',
    },
    more: {
      one: 'Dessutom {{count}} förändring som inte visas på bilderna.',
      other: 'Dessutom {{count}} förändringar som inte visas på bilderna.',
    },
  },
  deadlines: {
    title: 'EU-tidsfrister under de kommande sex månaderna',
    summary: {
      one: '{{count}} EU-tidsfrist, varav {{gaps}} utan nationellt projekt.',
      other: '{{count}} EU-tidsfrister, varav {{gaps}} utan nationellt projekt.',
    },
    date: 'Datum',
    act: 'Rättsakt',
    kind: 'Vad',
    initiatives: 'Projekt som svarar',
    standing: 'Läge',
    kinds: {
      application: 'Tillämpas från',
      transposition: 'Tidsfrist för genomförande',
      entryIntoForce: 'Ikraftträdande',
      keyDate: 'Annat viktigt datum',
    },
    states: {
      gap: 'Lucka: inget nationellt projekt',
      planned: 'Planerat eller vilande',
      inProgress: 'Under beredning eller pågående',
      completed: 'Slutfört',
    },
    moreInitiatives: { one: 'och {{count}} till', other: 'och {{count}} till' },
    hidden: { one: '{{count}} utanför filtren', other: '{{count}} utanför filtren' },
    none: '–',
    empty: 'Det finns inga EU-tidsfrister under de kommande sex månaderna.',
    moreDates: {
      one: 'Dessutom {{count}} tidsfrist som inte visas på bilderna.',
      other: 'Dessutom {{count}} tidsfrister som inte visas på bilderna.',
    },
  },
  cooperation: {
    title: 'Internationellt samarbete',
    intro: 'Läget {{date}}: kommande möten och publiceringar samt Finlands senaste resultat.',
    predates: 'Lägesbilden togs innan uppgifterna om internationellt samarbete sparades i lägesbilderna.',
    meetings: 'Möten inom {{days}} dagar',
    noMeetings: 'Inga möten.',
    publications: 'Jämförelser som publiceras inom {{days}} dagar',
    noPublications: 'Inga publiceringar.',
    more: { one: 'Dessutom {{count}} till.', other: 'Dessutom {{count}} till.' },
    latest: 'Finlands senaste resultat',
    noLatest: 'Inga resultat har förts in för jämförelserna.',
    benchmark: 'Jämförelse',
    edition: 'Utgåva',
    score: 'Poäng',
    rank: 'Placering',
    rankOf: '{{rank}}/{{of}}',
    published: 'Publicerad',
  },
};

const en: PptxTexts = {
  deckSubject: 'Digital portfolio meeting pack',
  cover: {
    overline: 'Digital portfolio · Digital Office',
    now: 'The picture on {{date}}',
    snapshot: 'Snapshot of {{time}}, taken by {{who}}',
    checksum: 'Checksum {{checksum}}',
    filters: 'Filters: {{filters}}',
    noFilters: 'No filters: the whole digital portfolio',
    madeBy: 'Prepared by {{who}} on {{time}}',
  },
  continued: '{{title}} ({{page}}/{{pages}})',
  kpi: {
    title: 'Key figures',
    intro: 'The picture on {{date}}. The figures are of the initiatives the filters select.',
    total: 'Initiatives',
    totalDetail: { one: '{{count}} ongoing', other: '{{count}} ongoing' },
    digitoimistoHealth: "Digital Office's assessment",
    ministryHealth: "The ministry's own assessment",
    red: { one: 'red', other: 'red' },
    amber: { one: 'amber', other: 'amber' },
    euDeadlines: 'EU deadlines within 90 days',
    euOverdue: { one: '{{count}} of them overdue', other: '{{count}} of them overdue' },
    milestones: 'Overdue milestones',
    milestonesIn: { one: 'in {{count}} initiative', other: 'in {{count}} initiatives' },
    late: 'Late initiatives',
    lateDetail: 'End date or EU deadline passed',
    budget: 'Total budget',
    withBudget: { one: '{{count}} initiative has a budget', other: '{{count}} initiatives have a budget' },
    quality: 'Data has gaps',
    qualityDetail: { one: 'of {{count}} initiative', other: 'of {{count}} initiatives' },
  },
  statusChart: {
    title: 'Initiatives by lead ministry and status',
    summary: {
      one: '{{count}} initiative in {{ministries}} ministries; {{top}} leads the most ({{topCount}}).',
      other: '{{count}} initiatives in {{ministries}} ministries; {{top}} leads the most ({{topCount}}).',
    },
  },
  healthChart: {
    digitoimistoTitle: "The Digital Office's health assessments by ministry",
    ministryTitle: "The ministries' own health assessments",
    summary: '{{red}} red and {{amber}} amber; the most red: {{top}} ({{topCount}}).',
    summaryNoRed: 'None red; {{amber}} amber.',
  },
  noInitiatives: 'No initiatives under these filters.',
  priorities: {
    title: 'Top priorities',
    intro: 'Critical and high-priority initiatives in the order of the prioritisation board.',
    tier: 'Priority',
    initiative: 'Initiative',
    ministry: 'Lead',
    status: 'Status',
    score: 'Score',
    noScore: '–',
    more: {
      one: '{{tier}}: {{count}} more initiative not shown.',
      other: '{{tier}}: {{count}} more initiatives not shown.',
    },
    moreRows: { one: 'And {{count}} more row, not shown.', other: 'And {{count}} more rows, not shown.' },
    empty: 'No critical or high-priority initiatives under these filters.',
  },
  changes: {
    title: 'Changes',
    since: 'Compared with the snapshot {{label}} ({{time}}).',
    noComparison:
      'No comparison: the pack was made without an earlier picture to compare with, so no changes are listed.',
    none: 'No initiative has changed.',
    summary: {
      added: 'New initiatives',
      removed: 'Removed initiatives',
      changed: 'Changed initiatives',
      movedToRed: 'Turned red',
      leftRed: 'No longer red',
      completed: 'Completed',
      tierChanged: 'Priority changed',
      milestonesDone: 'Milestones reached',
      milestonesSlipped: 'Milestones slipped',
    },
    more: {
      one: 'And {{count}} more change, not shown on these slides.',
      other: 'And {{count}} more changes, not shown on these slides.',
    },
  },
  deadlines: {
    title: 'EU deadlines in the next six months',
    summary: {
      one: '{{count}} EU deadline, {{gaps}} of them without a national initiative.',
      other: '{{count}} EU deadlines, {{gaps}} of them without a national initiative.',
    },
    date: 'Date',
    act: 'EU act',
    kind: 'What',
    initiatives: 'Answering initiatives',
    standing: 'Standing',
    kinds: {
      application: 'Applies from',
      transposition: 'Transposition deadline',
      entryIntoForce: 'Entry into force',
      keyDate: 'Other key date',
    },
    states: {
      gap: 'Gap: no national initiative',
      planned: 'Planned or paused',
      inProgress: 'In preparation or ongoing',
      completed: 'Completed',
    },
    moreInitiatives: { one: 'and {{count}} more', other: 'and {{count}} more' },
    hidden: { one: '{{count}} outside the filters', other: '{{count}} outside the filters' },
    none: '–',
    empty: 'There are no EU deadlines in the next six months.',
    moreDates: {
      one: 'And {{count}} more deadline, not shown on these slides.',
      other: 'And {{count}} more deadlines, not shown on these slides.',
    },
  },
  cooperation: {
    title: 'International cooperation',
    intro: "The picture on {{date}}: coming meetings and publications, and Finland's latest results.",
    predates: 'The snapshot was taken before international cooperation data was kept in snapshots.',
    meetings: 'Meetings in the next {{days}} days',
    noMeetings: 'No meetings.',
    publications: 'Benchmarks published in the next {{days}} days',
    noPublications: 'No publications.',
    more: { one: 'And {{count}} more.', other: 'And {{count}} more.' },
    latest: "Finland's latest results",
    noLatest: 'No results have been entered for the benchmarks.',
    benchmark: 'Benchmark',
    edition: 'Edition',
    score: 'Score',
    rank: 'Rank',
    rankOf: '{{rank}} of {{of}}',
    published: 'Published',
  },
};

export const PPTX_TEXTS: Record<Language, PptxTexts> = { fi, sv, en };

/** A language's words and its ways of writing numbers, euros and dates, for one deck. */
export interface Words {
  language: Language;
  /** BCP 47 tag for the slides' proofing language and for Intl. */
  locale: string;
  t: PptxTexts;
  fill(template: string, vars?: MessageVars): string;
  /** `{ one, other }` by the language's plural rule, `{{count}}` filled in as a written count. */
  plural(forms: { one: string; other: string }, count: number, vars?: MessageVars): string;
  count(value: number): string;
  /** Whole euros from cents: `1 234 567 €`; `compact` writes millions and billions short. */
  euros(cents: number, compact?: boolean): string;
  /** An ISO date: 2.12.2026 in Finnish and Swedish, 2 Dec 2026 in English. */
  date(isoDate: string): string;
  /** An ISO timestamp in Helsinki time, to the minute. */
  time(iso: string): string;
}

const cache = new Map<Language, Words>();

export function wordsFor(language: Language): Words {
  const known = cache.get(language);
  if (known) return known;
  const locale = localeOf(language);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const shortMoney = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const dateOptions = {
    day: 'numeric',
    month: language === 'en' ? 'short' : 'numeric',
    year: 'numeric',
  } as const;
  const times = new Intl.DateTimeFormat(locale, {
    ...dateOptions,
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Helsinki',
  });
  const rules = new Intl.PluralRules(locale);
  const words: Words = {
    language,
    locale,
    t: PPTX_TEXTS[language],
    fill: fillMessage,
    plural: (forms, value, vars = {}) =>
      fillMessage(rules.select(value) === 'one' ? forms.one : forms.other, {
        ...vars,
        count: numbers.format(value),
      }),
    count: (value) => numbers.format(value),
    euros: (cents, compact = false) => {
      const euros = Math.round(cents / 100);
      return compact && euros >= 1_000_000 ? shortMoney.format(euros) : formatWholeEuros(cents, language);
    },
    date: (isoDate) => formatIsoDate(isoDate, language),
    time: (iso) => times.format(new Date(iso)),
  };
  cache.set(language, words);
  return words;
}
