/**
 * The bench portfolio's international cooperation (issue 12): about 40 bodies and 10 benchmarks
 * with Finland's results, and the initiatives' links to them — a body link on every 5th
 * initiative, a benchmark link on every 20th. Drawn from a generator of its own, so the
 * initiatives themselves stay what they were before cooperation was added.
 */

import type { z } from 'zod';
import { demoEuActs } from '../server/seed/demo-eu-acts.ts';
import { BENCHMARK_CYCLES, BODY_RELATIONS, MEETING_RHYTHMS, REPRESENTATIVE_ROLES } from '../shared/codes.ts';
import { addDays } from '../shared/dates.ts';
import type {
  ExportBenchmarkLink,
  ExportBody,
  ExportBodyLink,
  ExportInitiativeInput,
  exportBenchmarkSchema,
} from '../shared/export-format.ts';
import { MINISTRY_CODES } from '../shared/ministry.ts';
import { Random } from './random.ts';
import * as words from './words.ts';

export const BENCH_BODY_COUNT = 40;
export const BENCH_BENCHMARK_COUNT = 10;
export const BODY_LINK_EVERY = 5;
export const BENCHMARK_LINK_EVERY = 20;

const BODY_STEMS = [
  ['E-Leaders', 'OECD', 'oecd'],
  ['Interoperable Europe Board', 'IEB', 'eu_act_board'],
  ['Digital Decade Board', 'DDB', 'european_commission'],
  ['MR-DIGITAL', 'NMR', 'nordic_council_of_ministers'],
  ['Telecom Working Party', 'WP TELE', 'eu_council'],
  ['AI Board', 'AIB', 'eu_act_board'],
  ['European Data Innovation Board', 'EDIB', 'eu_act_board'],
  ['eIDAS Expert Group', 'eIDAS EG', 'european_commission'],
  ['Working Party on Digital Government', 'WP DG', 'oecd'],
  ['Broadband Working Group', 'ITU-BB', 'un'],
] as const;
const BENCHMARK_STEMS = [
  ['DESI', 'European Commission'],
  ['eGovernment Benchmark', 'European Commission'],
  ['UN E-Government Survey', 'UN DESA'],
  ['OECD Digital Government Index', 'OECD'],
  ['OECD OURdata Index', 'OECD'],
  ['Open Data Maturity', 'data.europa.eu'],
  ['Network Readiness Index', 'Portulans Institute'],
  ['Global Cybersecurity Index', 'ITU'],
  ['AI Readiness Index', 'Oxford Insights'],
  ['Nordic Digital Index', 'Nordic Council'],
] as const;

export type BenchBenchmark = z.input<typeof exportBenchmarkSchema>;

export interface BenchCooperation {
  bodies: ExportBody[];
  benchmarks: BenchBenchmark[];
}

/** The catalogues: bodies meeting in the coming months (a few already met), benchmarks with three to six editions. */
export function generateCooperation(seed: number, today: string): BenchCooperation {
  const random = new Random(seed + 12);
  const bodies = Array.from({ length: BENCH_BODY_COUNT }, (_, n): ExportBody => {
    const [stem, short, organisation] = BODY_STEMS[n % BODY_STEMS.length] as (typeof BODY_STEMS)[number];
    const round = Math.floor(n / BODY_STEMS.length);
    const shortName = round === 0 ? short : `${short} ${['sub', 'task force', 'expert group'][round - 1]}`;
    const first = random.pick(words.FIRST_NAMES);
    const last = random.pick(words.LAST_NAMES);
    return {
      shortName,
      name: {
        fi: `${stem} (${n + 1})`,
        sv: null,
        en: `${stem}${round ? ` ${shortName.slice(short.length)}` : ''}`,
      },
      organisation,
      ministry: random.pick(['LVM', 'VM', 'TEM', ...MINISTRY_CODES] as const),
      agency: random.chance(0.3) ? 'Digi- ja väestötietovirasto' : null,
      contact: { name: `${first} ${last}`, email: null },
      representatives: [
        { name: `${first} ${last}`, organisation: null, role: random.pick(REPRESENTATIVE_ROLES) },
      ],
      mandateStart: addDays(today, -random.int(100, 1500)),
      mandateEnd: random.chance(0.5) ? addDays(today, random.int(30, 1200)) : null,
      meetingRhythm: random.pick(MEETING_RHYTHMS),
      nextMeetingOn: random.chance(0.9) ? addDays(today, random.int(-20, 300)) : null,
      links: [],
      euAct: organisation === 'eu_act_board' ? (random.pick(demoEuActs).shortName ?? null) : null,
    };
  });
  const benchmarks = BENCHMARK_STEMS.map(([shortName, publisher]): BenchBenchmark => {
    const editions = random.int(3, 6);
    const lastYear = 2026 - random.int(0, 1);
    return {
      shortName,
      name: { fi: shortName, en: shortName },
      publisher,
      cycle: random.pick(BENCHMARK_CYCLES),
      nextPublicationOn: addDays(today, random.int(-10, 400)),
      scoreScale: '0–100',
      links: [],
      results: Array.from({ length: editions }, (_, e) => {
        const year = lastYear - (editions - 1 - e);
        return {
          edition: String(year),
          publishedOn: `${year}-0${random.int(3, 9)}-15`,
          score: Math.round((55 + random.next() * 40) * 10) / 10,
          rank: random.int(1, 15),
          rankOf: 27,
          note: null,
        };
      }),
    };
  });
  return { bodies, benchmarks };
}

/** The links of the n-th initiative: a body on every 5th (one in three of them two bodies), a benchmark on every 20th. */
export function cooperationLinks(
  n: number,
  cooperation: BenchCooperation,
  random: Random,
): Pick<ExportInitiativeInput, 'bodies' | 'benchmarks'> {
  const bodies: ExportBodyLink[] = [];
  const benchmarks: ExportBenchmarkLink[] = [];
  if (n % BODY_LINK_EVERY === 0) {
    const picked = random.sample(cooperation.bodies, random.chance(0.33) ? 2 : 1);
    for (const body of picked)
      bodies.push({ body: body.shortName, relation: random.pick(BODY_RELATIONS), note: null });
  }
  if (n % BENCHMARK_LINK_EVERY === 0)
    benchmarks.push({ benchmark: random.pick(cooperation.benchmarks).shortName, note: null });
  return { bodies, benchmarks };
}
