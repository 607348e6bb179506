/**
 * The fi/sv/en labels of every closed vocabulary (shared/codes.ts): statuses, kinds, tracks,
 * themes, stages, health ratings, tiers, funding sources, EU relations, act kinds and roles.
 * In shared/ so the server words exports and messages in the asker's language with the same
 * labels the client shows; the client's catalogue holds them as its `codes` area.
 */
import type { Language } from './codes.ts';
import type { Shape } from './message-shape.ts';

const fi = {
  status: {
    planned: 'Suunnitteilla',
    preparation: 'Valmistelussa',
    ongoing: 'Käynnissä',
    completed: 'Valmis',
    paused: 'Keskeytetty',
    cancelled: 'Peruttu',
  },
  kind: {
    law_drafting: 'Lainsäädäntö',
    programme_strategy: 'Ohjelma tai strategia',
    development_project: 'Kehittämishanke',
    working_group: 'Työryhmä tai toimielin',
    eu_negotiation: 'EU-neuvottelu ja vaikuttaminen',
    international_cooperation: 'Kansainvälinen yhteistyö',
    funding_instrument: 'Rahoitusinstrumentti',
  },
  track: {
    digitalisation_data_economy: 'Digitalisaatio ja datatalous',
    public_administration: 'Julkisen hallinnon kehittäminen',
  },
  theme: {
    data_economy: 'Datatalous',
    ai: 'Tekoäly',
    cybersecurity: 'Kyberturvallisuus',
    connectivity: 'Tietoliikenneyhteydet',
    digital_identity: 'Digitaalinen identiteetti',
    interoperability: 'Yhteentoimivuus',
    public_services: 'Julkiset palvelut',
    skills: 'Osaaminen',
    open_data: 'Avoin data',
    health_data: 'Terveysdata',
    platforms: 'Alustat',
    research_innovation: 'Tutkimus ja innovaatiot',
  },
  stage: {
    pre_preparation: 'Esivalmistelu',
    preparation: 'Perusvalmistelu',
    consultation: 'Lausuntokierros',
    further_preparation: 'Jatkovalmistelu',
    government_decision: 'Valtioneuvoston päätöksenteko',
    parliament: 'Eduskuntakäsittely',
    confirmation: 'Lain vahvistaminen',
    done: 'Valmis',
    suspended: 'Keskeytetty',
  },
  health: { green: 'Vihreä', amber: 'Keltainen', red: 'Punainen', not_assessed: 'Ei arvioitu' },
  tier: {
    critical: 'Kriittinen',
    high: 'Korkea',
    medium: 'Keskitaso',
    low: 'Matala',
    unprioritised: 'Priorisoimatta',
  },
  funding: {
    national_budget: 'Valtion talousarvio',
    eu_rrf: 'EU:n elpymis- ja palautumistukiväline (RRF)',
    digital_europe: 'Digitaalinen Eurooppa -ohjelma',
    cef: 'Verkkojen Eurooppa -väline (CEF)',
    horizon_europe: 'Horisontti Eurooppa',
    other: 'Muu',
  },
  relation: {
    implements: 'Toimeenpanee',
    influences: 'Vaikuttaminen säädösvalmisteluun',
    funded_by: 'Rahoittaja',
    affected_by: 'Säädös vaikuttaa hankkeeseen',
    reports_to: 'Raportoi',
  },
  actKind: {
    regulation: 'Asetus',
    directive: 'Direktiivi',
    decision: 'Päätös',
    implementing_act: 'Täytäntöönpanosäädös',
    programme: 'Ohjelma',
    strategy: 'Strategia',
    proposal: 'Ehdotus',
  },
  role: { admin: 'Ylläpitäjä', coordinator: 'Koordinaattori', editor: 'Muokkaaja', viewer: 'Lukija' },
} as const;

const sv: Shape<typeof fi> = {
  status: {
    planned: 'Planerat',
    preparation: 'Under beredning',
    ongoing: 'Pågående',
    completed: 'Slutfört',
    paused: 'Vilande',
    cancelled: 'Inställt',
  },
  kind: {
    law_drafting: 'Lagstiftning',
    programme_strategy: 'Program eller strategi',
    development_project: 'Utvecklingsprojekt',
    working_group: 'Arbetsgrupp eller organ',
    eu_negotiation: 'EU-förhandling och påverkan',
    international_cooperation: 'Internationellt samarbete',
    funding_instrument: 'Finansieringsinstrument',
  },
  track: {
    digitalisation_data_economy: 'Digitalisering och dataekonomi',
    public_administration: 'Utveckling av den offentliga förvaltningen',
  },
  theme: {
    data_economy: 'Dataekonomi',
    ai: 'Artificiell intelligens',
    cybersecurity: 'Cybersäkerhet',
    connectivity: 'Datakommunikation',
    digital_identity: 'Digital identitet',
    interoperability: 'Interoperabilitet',
    public_services: 'Offentliga tjänster',
    skills: 'Kompetens',
    open_data: 'Öppna data',
    health_data: 'Hälsodata',
    platforms: 'Plattformar',
    research_innovation: 'Forskning och innovation',
  },
  stage: {
    pre_preparation: 'Förberedelse',
    preparation: 'Grundberedning',
    consultation: 'Remissbehandling',
    further_preparation: 'Fortsatt beredning',
    government_decision: 'Statsrådets beslutsfattande',
    parliament: 'Riksdagsbehandling',
    confirmation: 'Stadfästelse av lag',
    done: 'Slutförd',
    suspended: 'Avbruten',
  },
  health: { green: 'Grön', amber: 'Gul', red: 'Röd', not_assessed: 'Ej bedömd' },
  tier: { critical: 'Kritisk', high: 'Hög', medium: 'Medel', low: 'Låg', unprioritised: 'Inte prioriterad' },
  funding: {
    national_budget: 'Statsbudgeten',
    eu_rrf: 'EU:s facilitet för återhämtning och resiliens (RRF)',
    digital_europe: 'Programmet för ett digitalt Europa',
    cef: 'Fonden för ett sammanlänkat Europa (CEF)',
    horizon_europe: 'Horisont Europa',
    other: 'Annan',
  },
  relation: {
    implements: 'Genomför',
    influences: 'Påverkar beredningen',
    funded_by: 'Finansieras av',
    affected_by: 'Påverkas av',
    reports_to: 'Rapporterar till',
  },
  actKind: {
    regulation: 'Förordning',
    directive: 'Direktiv',
    decision: 'Beslut',
    implementing_act: 'Genomförandeakt',
    programme: 'Program',
    strategy: 'Strategi',
    proposal: 'Förslag',
  },
  role: { admin: 'Administratör', coordinator: 'Koordinator', editor: 'Redaktör', viewer: 'Läsare' },
};

const en: Shape<typeof fi> = {
  status: {
    planned: 'Planned',
    preparation: 'In preparation',
    ongoing: 'Ongoing',
    completed: 'Completed',
    paused: 'Paused',
    cancelled: 'Cancelled',
  },
  kind: {
    law_drafting: 'Law drafting',
    programme_strategy: 'Programme or strategy',
    development_project: 'Development project',
    working_group: 'Working group or body',
    eu_negotiation: 'EU negotiation and influence',
    international_cooperation: 'International cooperation',
    funding_instrument: 'Funding instrument',
  },
  track: {
    digitalisation_data_economy: 'Digitalisation and data economy',
    public_administration: 'Public administration development',
  },
  theme: {
    data_economy: 'Data economy',
    ai: 'Artificial intelligence',
    cybersecurity: 'Cybersecurity',
    connectivity: 'Connectivity',
    digital_identity: 'Digital identity',
    interoperability: 'Interoperability',
    public_services: 'Public services',
    skills: 'Skills',
    open_data: 'Open data',
    health_data: 'Health data',
    platforms: 'Platforms',
    research_innovation: 'Research and innovation',
  },
  stage: {
    pre_preparation: 'Pre-preparation',
    preparation: 'Preparation',
    consultation: 'Consultation',
    further_preparation: 'Further preparation',
    government_decision: 'Government decision',
    parliament: 'Parliament',
    confirmation: 'Confirmation',
    done: 'Done',
    suspended: 'Suspended',
  },
  health: { green: 'Green', amber: 'Amber', red: 'Red', not_assessed: 'Not assessed' },
  tier: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', unprioritised: 'Unprioritised' },
  funding: {
    national_budget: 'National budget',
    eu_rrf: 'EU Recovery and Resilience Facility (RRF)',
    digital_europe: 'Digital Europe Programme',
    cef: 'Connecting Europe Facility (CEF)',
    horizon_europe: 'Horizon Europe',
    other: 'Other',
  },
  relation: {
    implements: 'Implements',
    influences: 'Influences',
    funded_by: 'Funded by',
    affected_by: 'Affected by',
    reports_to: 'Reports to',
  },
  actKind: {
    regulation: 'Regulation',
    directive: 'Directive',
    decision: 'Decision',
    implementing_act: 'Implementing act',
    programme: 'Programme',
    strategy: 'Strategy',
    proposal: 'Proposal',
  },
  role: { admin: 'Administrator', coordinator: 'Coordinator', editor: 'Editor', viewer: 'Viewer' },
};

export const codes = { fi, sv, en };

export type CodeGroup = keyof typeof fi;

/** The label of a code in a language, e.g. `codeLabel('sv', 'status', 'ongoing')` → "Pågående". */
export function codeLabel<G extends CodeGroup>(
  language: Language,
  group: G,
  code: keyof (typeof fi)[G] & string,
): string {
  return (codes[language][group] as Record<string, string>)[code] ?? code;
}
