/**
 * The vocabulary of the synthetic portfolio (bench/portfolio.ts): policy concepts in Finnish,
 * Swedish and English with the forms the sentence patterns need, kind nouns, and the fillers of
 * summaries. Real titles are built from a few hundred such words, so text search, stemming and
 * compression meet a realistic spread instead of one sentence copied ten thousand times.
 */
import type { InitiativeKind, Theme } from '../shared/codes.ts';

export interface Concept {
  /** Finnish nominative, as a compound head ("tekoäly" → "tekoälystrategia"); null when it is two words. */
  fiCompound: string | null;
  /** Finnish genitive ("tekoälyn"): "Tekoälyn toimenpideohjelma". */
  fiGen: string;
  sv: string;
  en: string;
  themes: Theme[];
  /** Relative frequency; the data concepts are kept rare enough that "data" finds about a tenth. */
  weight: number;
}

const c = (
  fiCompound: string | null,
  fiGen: string,
  sv: string,
  en: string,
  themes: Theme[],
  weight = 3,
): Concept => ({ fiCompound, fiGen, sv, en, themes, weight });

export const CONCEPTS: Concept[] = [
  c('data', 'datan', 'data', 'data', ['data_economy'], 0.5),
  c('datatalous', 'datatalouden', 'dataekonomi', 'data economy', ['data_economy'], 0.5),
  c(null, 'avoimen datan', 'öppna data', 'open data', ['open_data'], 0.5),
  c('data-avaruus', 'data-avaruuksien', 'datarum', 'data spaces', ['data_economy', 'platforms'], 0.3),
  c('terveystieto', 'terveystietojen', 'hälsouppgifter', 'health data', ['health_data'], 0.4),
  c('tietosuoja', 'tietosuojan', 'dataskydd', 'data protection', ['cybersecurity'], 0.4),
  c('tekoäly', 'tekoälyn', 'artificiell intelligens', 'artificial intelligence', ['ai'], 5),
  c('tietoturva', 'tietoturvan', 'informationssäkerhet', 'information security', ['cybersecurity']),
  c('kyberturvallisuus', 'kyberturvallisuuden', 'cybersäkerhet', 'cybersecurity', ['cybersecurity'], 4),
  c('kyberrikollisuus', 'kyberrikollisuuden', 'cyberbrottslighet', 'cybercrime', ['cybersecurity'], 1),
  c('tiedonhallinta', 'tiedonhallinnan', 'informationshantering', 'information management', [
    'interoperability',
  ]),
  c('yhteentoimivuus', 'yhteentoimivuuden', 'interoperabilitet', 'interoperability', ['interoperability']),
  c('tietovaranto', 'tietovarantojen', 'informationsresurser', 'information resources', ['open_data'], 2),
  c('identiteetti', 'digitaalisen identiteetin', 'digital identitet', 'digital identity', [
    'digital_identity',
  ]),
  c('tunnistus', 'sähköisen tunnistamisen', 'elektronisk identifiering', 'electronic identification', [
    'digital_identity',
  ]),
  c('lompakko', 'digitaalisen lompakon', 'digital plånbok', 'digital wallet', ['digital_identity'], 2),
  c('laajakaista', 'laajakaistan', 'bredband', 'broadband', ['connectivity']),
  c('viestintäverkko', 'viestintäverkkojen', 'kommunikationsnät', 'communications networks', [
    'connectivity',
  ]),
  c('mobiiliverkko', 'mobiiliverkkojen', 'mobilnät', 'mobile networks', ['connectivity'], 2),
  c('digipalvelu', 'digitaalisten palvelujen', 'digitala tjänster', 'digital services', ['public_services']),
  c('asiointi', 'sähköisen asioinnin', 'e-tjänster', 'online services', ['public_services']),
  c('saavutettavuus', 'saavutettavuuden', 'tillgänglighet', 'accessibility', ['public_services'], 2),
  c('digitaito', 'digitaitojen', 'digitala färdigheter', 'digital skills', ['skills']),
  c('osaaminen', 'osaamisen', 'kompetens', 'competence', ['skills'], 2),
  c('alustatalous', 'alustatalouden', 'plattformsekonomi', 'platform economy', ['platforms'], 2),
  c('pilvipalvelu', 'pilvipalvelujen', 'molntjänster', 'cloud services', ['platforms']),
  c('innovaatio', 'innovaatioiden', 'innovation', 'innovation', ['research_innovation']),
  c('kvanttilaskenta', 'kvanttilaskennan', 'kvantberäkning', 'quantum computing', ['research_innovation'], 1),
  c('puolijohde', 'puolijohteiden', 'halvledare', 'semiconductors', ['research_innovation'], 1),
  c('reaaliaikatalous', 'reaaliaikatalouden', 'realtidsekonomi', 'real-time economy', ['platforms'], 2),
  c('kokonaisarkkitehtuuri', 'kokonaisarkkitehtuurin', 'helhetsarkitektur', 'enterprise architecture', [
    'interoperability',
  ]),
  c('hallinto', 'julkisen hallinnon', 'offentlig förvaltning', 'public administration', ['public_services']),
  c('automaatio', 'automaattisen päätöksenteon', 'automatiserat beslutsfattande', 'automated decisions', [
    'ai',
    'public_services',
  ]),
  c('huoltovarmuus', 'huoltovarmuuden', 'försörjningsberedskap', 'security of supply', ['cybersecurity'], 2),
  c('infrastruktuuri', 'kriittisen infrastruktuurin', 'kritisk infrastruktur', 'critical infrastructure', [
    'cybersecurity',
    'connectivity',
  ]),
  c('osallisuus', 'digitaalisen osallisuuden', 'digital delaktighet', 'digital inclusion', ['skills'], 2),
  c('verkkolaskutus', 'verkkolaskutuksen', 'e-fakturering', 'e-invoicing', ['platforms'], 1),
  c('rekisteri', 'rekisterien', 'register', 'registers', ['interoperability'], 2),
  c('paikkatieto', 'paikkatietojen', 'geodata', 'spatial information', ['open_data'], 1),
];

/** What an initiative of each kind is called: fi (compound tail), sv, en. */
export const KIND_NOUNS: Record<InitiativeKind, [fi: string, sv: string, en: string][]> = {
  law_drafting: [
    ['lainsäädäntöhanke', 'lagstiftningsprojekt', 'legislative project'],
    ['lakiuudistus', 'lagreform', 'law reform'],
    ['sääntely', 'reglering', 'regulation'],
    ['asetusvalmistelu', 'förordningsberedning', 'decree drafting'],
  ],
  programme_strategy: [
    ['strategia', 'strategi', 'strategy'],
    ['ohjelma', 'program', 'programme'],
    ['toimenpideohjelma', 'åtgärdsprogram', 'action plan'],
    ['tiekartta', 'färdplan', 'roadmap'],
    ['linjaus', 'riktlinje', 'policy'],
  ],
  development_project: [
    ['kehittämishanke', 'utvecklingsprojekt', 'development project'],
    ['hanke', 'projekt', 'project'],
    ['palvelu', 'tjänst', 'service'],
    ['alusta', 'plattform', 'platform'],
    ['pilotti', 'pilot', 'pilot'],
    ['kokeilu', 'försök', 'trial'],
  ],
  working_group: [
    ['työryhmä', 'arbetsgrupp', 'working group'],
    ['neuvottelukunta', 'delegation', 'advisory board'],
    ['yhteistyöverkosto', 'samarbetsnätverk', 'cooperation network'],
  ],
  eu_negotiation: [
    ['EU-vaikuttaminen', 'EU-påverkan', 'EU influence'],
    ['EU-neuvottelut', 'EU-förhandlingar', 'EU negotiations'],
  ],
  international_cooperation: [
    ['yhteistyö', 'samarbete', 'cooperation'],
    ['kumppanuus', 'partnerskap', 'partnership'],
  ],
  funding_instrument: [
    ['rahoitusohjelma', 'finansieringsprogram', 'funding programme'],
    ['avustus', 'understöd', 'grant scheme'],
    ['investointiohjelma', 'investeringsprogram', 'investment programme'],
  ],
};

export const QUALIFIERS: [fi: string, sv: string, en: string][] = [
  ['Kansallinen', 'Nationell', 'National'],
  ['Valtakunnallinen', 'Riksomfattande', 'Nationwide'],
  ['Julkisen sektorin', 'Den offentliga sektorns', 'Public sector'],
  ['Pohjoismainen', 'Nordisk', 'Nordic'],
  ['Uusi', 'Ny', 'New'],
  ['Yhteinen', 'Gemensam', 'Joint'],
];

/** Who a title may be aimed at (fi allative, sv, en). */
export const AUDIENCES: [fi: string, sv: string, en: string][] = [
  ['kunnille', 'för kommuner', 'for municipalities'],
  ['hyvinvointialueille', 'för välfärdsområden', 'for wellbeing services counties'],
  ['pk-yrityksille', 'för små och medelstora företag', 'for SMEs'],
  ['kansalaisille', 'för medborgare', 'for citizens'],
  ['oppilaitoksille', 'för läroanstalter', 'for schools'],
  ['virastoille', 'för myndigheter', 'for agencies'],
];

/** Partners in the genitive ("yhdessä … kanssa"), with sv and en names. */
export const PARTNERS: [fi: string, sv: string, en: string][] = [
  ['kuntien', 'kommunerna', 'municipalities'],
  ['hyvinvointialueiden', 'välfärdsområdena', 'the wellbeing services counties'],
  ['Digi- ja väestötietoviraston', 'Myndigheten för digitalisering och befolkningsdata', 'the DVV'],
  ['Traficomin', 'Traficom', 'Traficom'],
  ['Kelan', 'FPA', 'Kela'],
  ['Verohallinnon', 'Skatteförvaltningen', 'the Tax Administration'],
  ['Business Finlandin', 'Business Finland', 'Business Finland'],
  ['yliopistojen', 'universiteten', 'universities'],
  ['elinkeinoelämän', 'näringslivet', 'industry'],
  ['Tilastokeskuksen', 'Statistikcentralen', 'Statistics Finland'],
];

/** Where the work happens (fi inessive, sv, en). */
export const SECTORS: [fi: string, sv: string, en: string][] = [
  ['julkisessa hallinnossa', 'i den offentliga förvaltningen', 'in public administration'],
  ['kunnissa', 'i kommunerna', 'in municipalities'],
  ['sosiaali- ja terveydenhuollossa', 'inom social- och hälsovården', 'in social and health care'],
  ['liikenteessä', 'inom trafiken', 'in transport'],
  ['koulutuksessa', 'inom utbildningen', 'in education'],
  ['elinkeinoelämässä', 'i näringslivet', 'in business'],
  ['maataloudessa', 'inom jordbruket', 'in agriculture'],
  ['rakennetussa ympäristössä', 'i den byggda miljön', 'in the built environment'],
];

/** Aims (fi partitive, sv, en). */
export const AIMS: [fi: string, sv: string, en: string][] = [
  ['laatua', 'kvaliteten', 'quality'],
  ['saatavuutta', 'tillgången', 'availability'],
  ['käytettävyyttä', 'användbarheten', 'usability'],
  ['vaikuttavuutta', 'effekten', 'impact'],
  ['kustannustehokkuutta', 'kostnadseffektiviteten', 'cost-effectiveness'],
  ['luotettavuutta', 'tillförlitligheten', 'reliability'],
];

/** Burdens a project cuts (fi partitive, sv, en). */
export const BURDENS: [fi: string, sv: string, en: string][] = [
  ['hallinnollista taakkaa', 'den administrativa bördan', 'the administrative burden'],
  ['päällekkäistä työtä', 'dubbelarbetet', 'duplicated work'],
  ['manuaalista käsittelyä', 'den manuella hanteringen', 'manual handling'],
  [
    'tietojen kysymistä uudelleen',
    'att uppgifter efterfrågas på nytt',
    'asking for the same information twice',
  ],
];

export const FIRST_NAMES = [
  'Aino',
  'Eero',
  'Helmi',
  'Juha',
  'Kaisa',
  'Lauri',
  'Maria',
  'Mikko',
  'Noora',
  'Pekka',
  'Riikka',
  'Sanna',
  'Timo',
  'Ulla',
  'Ville',
  'Anders',
  'Linnea',
  'Johan',
];
export const LAST_NAMES = [
  'Virtanen',
  'Korhonen',
  'Mäkinen',
  'Nieminen',
  'Mäkelä',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
  'Lindqvist',
  'Nyström',
  'Salo',
  'Turunen',
];
