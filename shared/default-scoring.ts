import type { Criterion } from './scoring.ts';

/**
 * The criteria every new deployment starts with (written when the criteria table is empty),
 * and Digitoimisto's default weighting over them. Coordinators change both in the app.
 */
const levels = (
  fi: [string, string, string, string, string],
  sv: [string, string, string, string, string],
  en: [string, string, string, string, string],
) => fi.map((_, i) => ({ fi: fi[i] as string, sv: sv[i] as string, en: en[i] as string }));

export const DEFAULT_CRITERIA_DEFINITIONS: Criterion[] = [
  {
    key: 'societal_impact',
    name: { fi: 'Yhteiskunnallinen vaikuttavuus', sv: 'Samhällelig genomslagskraft', en: 'Societal impact' },
    levels: levels(
      ['Vähäinen', 'Rajattu', 'Merkittävä yhdelle sektorille', 'Laaja', 'Koko yhteiskuntaa koskeva'],
      ['Liten', 'Begränsad', 'Betydande för en sektor', 'Bred', 'Hela samhället'],
      ['Minor', 'Limited', 'Significant for one sector', 'Broad', 'Society-wide'],
    ),
    direction: 'benefit',
    position: 1,
  },
  {
    key: 'eu_urgency',
    name: { fi: 'EU-kiireellisyys', sv: 'EU-brådska', en: 'EU urgency' },
    levels: levels(
      [
        'Ei EU-määräaikaa',
        'Yli kahden vuoden päästä',
        '1–2 vuoden päästä',
        'Alle vuoden päästä',
        'Alle 90 päivää tai myöhässä',
      ],
      ['Ingen EU-tidsfrist', 'Om över två år', 'Om 1–2 år', 'Inom ett år', 'Inom 90 dagar eller försenad'],
      [
        'No EU deadline',
        'More than two years away',
        '1–2 years away',
        'Within a year',
        'Within 90 days or overdue',
      ],
    ),
    direction: 'benefit',
    position: 2,
  },
  {
    key: 'cross_ministry_reach',
    name: {
      fi: 'Poikkihallinnollisuus',
      sv: 'Förvaltningsövergripande räckvidd',
      en: 'Cross-ministry reach',
    },
    levels: levels(
      [
        'Yksi virasto',
        'Yksi ministeriö',
        'Kaksi ministeriötä',
        'Useita ministeriöitä',
        'Koko valtionhallinto',
      ],
      [
        'Ett ämbetsverk',
        'Ett ministerium',
        'Två ministerier',
        'Flera ministerier',
        'Hela statsförvaltningen',
      ],
      ['One agency', 'One ministry', 'Two ministries', 'Several ministries', 'All of central government'],
    ),
    direction: 'benefit',
    position: 3,
  },
  {
    key: 'readiness',
    name: { fi: 'Valmius', sv: 'Beredskap', en: 'Readiness' },
    levels: levels(
      ['Idea', 'Selvitysvaiheessa', 'Suunniteltu', 'Resursoitu', 'Käynnissä'],
      ['Idé', 'Under utredning', 'Planerad', 'Resurssatt', 'Pågår'],
      ['An idea', 'Being studied', 'Planned', 'Resourced', 'Under way'],
    ),
    direction: 'benefit',
    position: 4,
  },
  {
    key: 'cost',
    name: { fi: 'Kustannus ja työmäärä', sv: 'Kostnad och arbetsinsats', en: 'Cost and effort' },
    levels: levels(
      ['Hyvin pieni', 'Pieni', 'Kohtalainen', 'Suuri', 'Hyvin suuri'],
      ['Mycket liten', 'Liten', 'Måttlig', 'Stor', 'Mycket stor'],
      ['Very small', 'Small', 'Moderate', 'Large', 'Very large'],
    ),
    direction: 'cost',
    position: 5,
  },
];

/** Digitoimisto's own weighting: the default until coordinators choose another. */
export const DEFAULT_WEIGHTING = {
  name: { fi: 'Digitoimisto', sv: 'Digitalbyrån', en: 'Digital Office' },
  weights: { societal_impact: 30, eu_urgency: 25, cross_ministry_reach: 20, readiness: 10, cost: 15 },
};
