/**
 * A reproducible synthetic portfolio for the benchmark: a digisalkku export document (format
 * version 1, shared/export-format.ts) of N initiatives over the demo EU act catalogue. The same
 * seed always gives the same file. Spreads follow what a real portfolio looks like: LVM, VM and
 * TEM lead most, most work is ongoing, half the initiatives touch an EU act, titles and summaries
 * are built from a word list in three languages (bench/words.ts), so "data" finds about a tenth.
 * Format version 2 adds about 40 cooperation bodies, 10 benchmarks with results and the
 * initiatives' links to them (bench/cooperation.ts).
 */

import { demoEuActs } from '../server/seed/demo-eu-acts.ts';
import type { HealthRating, InitiativeKind, Status, Theme, Tier } from '../shared/codes.ts';
import { EU_RELATIONS, FUNDING_SOURCES, PREPARATION_STAGES } from '../shared/codes.ts';
import { addDays } from '../shared/dates.ts';
import type { EuActInput } from '../shared/eu-act.ts';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportBody,
  type ExportInitiativeInput,
} from '../shared/export-format.ts';
import { MINISTRY_CODES, MINISTRY_NAMES, type MinistryCode } from '../shared/ministry.ts';
import { DEFAULT_CRITERIA } from '../shared/scoring-criteria.ts';
import { type BenchBenchmark, cooperationLinks, generateCooperation } from './cooperation.ts';
import { Random } from './random.ts';
import { HEALTH_WEIGHTS, KIND_WEIGHTS, LEAD_WEIGHTS, STATUS_WEIGHTS, TIER_WEIGHTS } from './spreads.ts';
import * as words from './words.ts';

export interface PortfolioDocument {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  euActs: EuActInput[];
  bodies: ExportBody[];
  benchmarks: BenchBenchmark[];
  initiatives: ExportInitiativeInput[];
}

export interface PortfolioOptions {
  count?: number;
  seed?: number;
  /** The day the portfolio is "as of": dates spread around it. Fixed, so the data never drifts. */
  today?: string;
}

export const DEFAULT_COUNT = 10_000;
export const DEFAULT_SEED = 20_261_201;
export const DEFAULT_TODAY = '2026-12-01';

const MILESTONES = [
  'Esiselvitys valmis',
  'Lausuntokierros',
  'Hallituksen esitys eduskunnalle',
  'Hankinta käynnistyy',
  'Pilotti käynnistyy',
  'Väliraportti',
  'Käyttöönotto',
  'Loppuraportti',
];
const FUNDING_FI = [
  'valtion talousarviosta',
  'EU:n elpymis- ja palautumistukivälineestä',
  'Digitaalinen Eurooppa -ohjelmasta',
  'Verkkojen Eurooppa -välineestä',
];
const REASONS_FI = [
  'Etenee suunnitellusti.',
  'Aikataulu viivästyy hankinnan vuoksi.',
  'Rahoitus on vielä vahvistamatta.',
  'Resurssit eivät riitä koko laajuuteen.',
  'Riippuu EU-säädöksen täytäntöönpanosäädöksistä.',
];

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const ascii = (text: string) =>
  text.toLowerCase().replaceAll('ä', 'a').replaceAll('ö', 'o').replaceAll('å', 'a');
const concepts = words.CONCEPTS.map((concept) => [concept, concept.weight] as const);

/** The n-th fractional key in order: a0…az, b00…bzz, c000… (base 62, length in the head). */
export function rankKey(n: number): string {
  const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let length = 1;
  let rest = n;
  while (rest >= 62 ** length) rest -= 62 ** length++;
  let body = '';
  for (let i = 0; i < length; i++, rest = Math.floor(rest / 62)) body = digits[rest % 62] + body;
  return String.fromCharCode(96 + length) + body;
}

/** The portfolio document; the same options give the same document. */
export function generatePortfolio(options: PortfolioOptions = {}): PortfolioDocument {
  const count = options.count ?? DEFAULT_COUNT;
  const today = options.today ?? DEFAULT_TODAY;
  const random = new Random(options.seed ?? DEFAULT_SEED);
  const numbers = new Map<string, number>();
  const ranks = new Map<Tier, number>();
  const seed = options.seed ?? DEFAULT_SEED;
  const cooperation = generateCooperation(seed, today);
  // The links come from a generator of their own: the initiatives are those of before issue 12.
  const linking = new Random(seed + 20);
  const initiatives = Array.from({ length: count }, (_, n) => ({
    ...generateInitiative(random, today, numbers, ranks),
    ...cooperationLinks(n, cooperation, linking),
  }));
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: `${today}T06:00:00.000Z`,
    euActs: demoEuActs,
    bodies: cooperation.bodies,
    benchmarks: cooperation.benchmarks,
    initiatives,
  };
}

function generateInitiative(
  random: Random,
  today: string,
  numbers: Map<string, number>,
  ranks: Map<Tier, number>,
): ExportInitiativeInput {
  const lead = random.weighted(LEAD_WEIGHTS);
  const kind = random.weighted(KIND_WEIGHTS);
  const status = random.weighted(STATUS_WEIGHTS);
  const concept = random.weighted(concepts);
  const { startDate, endDate } = lifetime(random, today, status);
  const year = Number((startDate ?? today).slice(0, 4));
  const bucket = `${lead}/${year}`;
  const running = (numbers.get(bucket) ?? random.int(0, 80)) + 1;
  numbers.set(bucket, running);
  const projectNumber = random.chance(0.85)
    ? `${lead}${String(running).padStart(3, '0')}:${random.chance(0.9) ? '00' : '01'}/${year}`
    : null;
  const title = titles(random, concept, kind);
  const acts = random.chance(0.55)
    ? random.sample(
        demoEuActs,
        random.weighted([
          [1, 6],
          [2, 3],
          [3, 1],
        ]),
      )
    : [];
  const themes = new Set<Theme>(concept.themes);
  if (random.chance(0.5)) themes.add(random.weighted(concepts).themes[0] as Theme);
  const tier = random.weighted(TIER_WEIGHTS);
  const rank = tier === 'unprioritised' ? null : (ranks.get(tier) ?? 0);
  if (rank !== null) ranks.set(tier, rank + 1);
  const contactFirst = random.pick(words.FIRST_NAMES);
  const contactLast = random.pick(words.LAST_NAMES);
  const ministryHealth = random.weighted(HEALTH_WEIGHTS);
  return {
    archived: random.chance(0.03),
    projectNumber,
    caseNumbers: random.chance(0.6) ? [`VN/${random.int(1000, 39_999)}/${year}`] : [],
    title,
    summary: summaries(random, concept, kind, lead, acts, title),
    kind,
    track:
      concept.themes.includes('public_services') || random.chance(0.3)
        ? 'public_administration'
        : 'digitalisation_data_economy',
    themes: [...themes],
    leadMinistry: lead,
    participatingMinistries: random.sample(
      MINISTRY_CODES.filter((code) => code !== lead),
      random.weighted([
        [0, 5],
        [1, 3],
        [2, 2],
        [3, 1],
      ]),
    ),
    status,
    preparationStage: kind === 'law_drafting' ? random.pick(PREPARATION_STAGES) : null,
    ministryHealth: assessment(random, today, ministryHealth),
    digitoimistoHealth: assessment(
      random,
      today,
      random.chance(0.6) ? ministryHealth : random.weighted(HEALTH_WEIGHTS),
    ),
    tier,
    rank: rank === null ? null : rankKey(rank),
    scores:
      tier !== 'unprioritised' && random.chance(0.7)
        ? Object.fromEntries(DEFAULT_CRITERIA.map((key) => [key, random.int(1, 5)]))
        : {},
    startDate,
    endDate,
    budgetCents: random.chance(0.6) ? Math.round(10 ** (6.7 + random.next() * 3)) * 100 : null,
    fundingSources: random.sample(
      FUNDING_SOURCES,
      random.weighted([
        [0, 3],
        [1, 5],
        [2, 2],
      ]),
    ),
    contact: {
      name: `${contactFirst} ${contactLast}`,
      email: `${ascii(contactFirst)}.${ascii(contactLast)}@${lead.toLowerCase()}.fi`,
    },
    links:
      projectNumber && random.chance(0.5)
        ? [{ label: 'Hankeikkuna', url: `https://valtioneuvosto.fi/hanke?tunnus=${projectNumber}` }]
        : [],
    milestones: milestones(random, today, startDate, endDate),
    euImpacts: acts.map((act) => {
      const relation = random.weighted(EU_RELATIONS.map((r, i) => [r, [5, 3, 1, 2, 1][i] ?? 1] as const));
      const deadline =
        relation === 'implements'
          ? ((random.chance(0.5) ? (act.transpositionDeadline ?? act.applicationOn) : null) ??
            addDays(today, random.int(-60, 900)))
          : random.chance(0.5)
            ? addDays(today, random.int(-120, 1000))
            : null;
      return { euAct: act.shortName, relation, deadline, note: null };
    }),
  };
}

function lifetime(random: Random, today: string, status: Status) {
  if (random.chance(0.05)) return { startDate: null, endDate: null };
  const startOffset =
    status === 'planned'
      ? random.int(-60, 400)
      : status === 'completed'
        ? random.int(-2200, -200)
        : random.int(-1500, -10);
  const startDate = addDays(today, startOffset);
  const length = random.int(120, 1800);
  const planned = startOffset + length;
  // Open work mostly ends ahead; a fifth of what planned to end already has outlived its end date:
  // the lateness the list and the board warn about.
  const endOffset =
    status === 'completed'
      ? Math.min(planned, -1)
      : planned < 0 && random.chance(0.8)
        ? random.int(30, 900)
        : planned;
  return { startDate, endDate: random.chance(0.9) ? addDays(today, endOffset) : null };
}

function titles(random: Random, concept: words.Concept, kind: InitiativeKind) {
  const [nounFi, nounSv, nounEn] = random.pick(words.KIND_NOUNS[kind]);
  const qualifier = random.chance(0.35) ? random.pick(words.QUALIFIERS) : null;
  const audience = random.chance(0.25) ? random.pick(words.AUDIENCES) : null;
  const span = random.chance(0.3) ? ` ${random.int(2019, 2027)}–${random.int(2028, 2035)}` : '';
  const head =
    concept.fiCompound && !nounFi.startsWith('EU-') && random.chance(0.6)
      ? `${concept.fiCompound}${nounFi}`
      : `${concept.fiGen} ${nounFi}`;
  const fi = `${qualifier ? `${qualifier[0]} ${head}` : capital(head)}${audience ? ` ${audience[0]}` : ''}${span}`;
  const sv = `${qualifier ? `${qualifier[1]} ${nounSv.toLowerCase()}` : capital(nounSv)} för ${concept.sv}${audience ? ` ${audience[1]}` : ''}${span}`;
  const en = `${qualifier ? `${qualifier[2]} ${concept.en}` : capital(concept.en)} ${nounEn}${audience ? ` ${audience[2]}` : ''}${span}`;
  return { fi, sv: random.chance(0.55) ? sv : null, en: random.chance(0.7) ? en : null };
}

function summaries(
  random: Random,
  concept: words.Concept,
  kind: InitiativeKind,
  lead: MinistryCode,
  acts: EuActInput[],
  title: { sv: string | null; en: string | null },
) {
  const [nounFi, nounSv, nounEn] = random.pick(words.KIND_NOUNS[kind]);
  const ministry = MINISTRY_NAMES[lead];
  const [partnerFi, partnerSv, partnerEn] = random.pick(words.PARTNERS);
  const [sectorFi, sectorSv, sectorEn] = random.pick(words.SECTORS);
  const [aimFi, aimSv, aimEn] = random.pick(words.AIMS);
  const [burdenFi, burdenSv, burdenEn] = random.pick(words.BURDENS);
  const [other, third] = [random.weighted(concepts), random.weighted(concepts)];
  const year = random.int(2025, 2030);
  const act = acts[0]?.shortName;
  const fi = [
    `${capital(ministry.fi)} valmistelee ${concept.fiGen} ${nounFi.toLowerCase()} yhdessä ${partnerFi} kanssa.`,
  ];
  const sv = [
    `${capital(ministry.sv)} bereder ${nounSv.toLowerCase()} för ${concept.sv} tillsammans med ${partnerSv}.`,
  ];
  const en = [`The ${ministry.en} is preparing a ${nounEn} on ${concept.en} together with ${partnerEn}.`];
  if (random.chance(0.7)) {
    fi.push(`Tavoitteena on parantaa ${concept.fiGen} ${aimFi} ${sectorFi} ja vähentää ${burdenFi}.`);
    sv.push(`Målet är att förbättra ${aimSv} ${sectorSv} och minska ${burdenSv}.`);
    en.push(`The aim is to improve the ${aimEn} of ${concept.en} ${sectorEn} and to reduce ${burdenEn}.`);
  }
  if (random.chance(0.5)) {
    fi.push(`Hanke tukee ${other.fiGen} ja ${third.fiGen} kehittämistä.`);
    sv.push(`Projektet stöder utvecklingen av ${other.sv} och ${third.sv}.`);
    en.push(`The project supports the development of ${other.en} and ${third.en}.`);
  }
  if (act) {
    fi.push(`Työ liittyy ${act}-säädöksen kansalliseen toimeenpanoon ja EU-vaikuttamiseen.`);
    sv.push(`Arbetet hänger samman med det nationella genomförandet av ${act}.`);
    en.push(`The work is linked to the national implementation of ${act}.`);
  }
  if (random.chance(0.6)) {
    fi.push(
      `Vuonna ${year} otetaan käyttöön ensimmäiset ratkaisut, ja rahoitus tulee ${random.pick(FUNDING_FI)}.`,
    );
    sv.push(`År ${year} tas de första lösningarna i bruk.`);
    en.push(`The first solutions are taken into use in ${year}.`);
  }
  return { fi: fi.join(' '), sv: title.sv ? sv.join(' ') : null, en: title.en ? en.join(' ') : null };
}

function assessment(random: Random, today: string, rating: HealthRating) {
  if (rating === 'not_assessed') return { rating };
  return {
    rating,
    reason: random.chance(0.7) ? random.pick(REASONS_FI) : null,
    assessedOn: addDays(today, -random.int(0, 180)),
    assessedBy: `${random.pick(words.FIRST_NAMES)} ${random.pick(words.LAST_NAMES)}`,
  };
}

function milestones(random: Random, today: string, start: string | null, end: string | null) {
  if (!start || !end) return [];
  const span = Math.max(30, Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000));
  return random.sample(MILESTONES, random.int(0, 5)).map((title) => {
    const dueDate = addDays(start, random.int(14, span));
    const doneOn = addDays(dueDate, random.int(-20, 10));
    const done = dueDate <= today && random.chance(0.95);
    return { title, dueDate, doneAt: done ? (doneOn < today ? doneOn : today) : null };
  });
}
