/**
 * `npm run bench`: speed of the initiative list at portfolio scale. Builds a database of
 * BENCH_INITIATIVES initiatives (default 10,000) with EU impacts and milestones, then times the
 * list queries a user triggers, and prints the median and 95th percentile of each.
 * PGlite by default; PostgreSQL when DATABASE_URL is set (in a throw-away schema).
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { euActs, euImpacts, initiatives, milestones } from '../drizzle/schema/index.ts';
import { type Database, openPglite, openPostgres } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { listInitiatives } from '../server/services/initiative-list.ts';
import { ensureMinistries } from '../server/services/ministry.ts';
import { HEALTH_RATINGS, INITIATIVE_KINDS, STATUSES, THEMES, TIERS, TRACKS } from '../shared/codes.ts';
import type { InitiativeListInput } from '../shared/initiative-filter.ts';
import { MINISTRY_CODES } from '../shared/ministry.ts';

const COUNT = Number(process.env.BENCH_INITIATIVES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WORDS = [
  'datatalous',
  'tekoäly',
  'kyberturvallisuus',
  'hanke',
  'palvelut',
  'yhteentoimivuus',
  'verkko',
  'osaaminen',
];

// A deterministic generator, so every run measures the same data.
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
const isoDate = (from: number, span: number) =>
  new Date(Date.UTC(from, 0, 1) + Math.floor(random() * span) * 86_400_000).toISOString().slice(0, 10);

async function openBenchDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { database: await openPglite(null), drop: async () => {} };
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  return {
    database: await openPostgres(url, { searchPath: schema }),
    drop: async () => {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

async function fill(database: Database): Promise<void> {
  const { db } = database;
  const acts = await db
    .insert(euActs)
    .values(
      Array.from({ length: 25 }, (_, n) => ({
        shortName: `Act ${n}`,
        kind: 'regulation',
        titleFi: `Asetus ${n}`,
      })),
    )
    .returning({ id: euActs.id });
  for (let start = 0; start < COUNT; start += 500) {
    const rows = Array.from({ length: Math.min(500, COUNT - start) }, (_, n) => ({
      projectNumber: `LVM${String((start + n) % 1000).padStart(3, '0')}:${String(Math.floor((start + n) / 1000)).padStart(2, '0')}/2025`,
      titleFi: `${pick(WORDS)} ${pick(WORDS)}hanke ${start + n}`,
      titleEn:
        random() < 0.7 ? `Initiative ${start + n} on ${pick(['data', 'AI', 'cyber', 'services'])}` : null,
      summaryFi: `Hankkeen ${start + n} tiivistelmä: ${pick(WORDS)}, ${pick(WORDS)} ja ${pick(WORDS)}.`,
      kind: pick(INITIATIVE_KINDS),
      track: pick(TRACKS),
      themes: [pick(THEMES), pick(THEMES)].filter((v, i, all) => all.indexOf(v) === i),
      leadMinistry: pick(MINISTRY_CODES),
      participatingMinistries: random() < 0.4 ? [pick(MINISTRY_CODES)] : [],
      status: pick(STATUSES),
      ministryHealth: pick(HEALTH_RATINGS),
      digitoimistoHealth: pick(HEALTH_RATINGS),
      tier: pick(TIERS),
      startDate: isoDate(2022, 900),
      endDate: isoDate(2026, 1500),
    }));
    const ids = await db.insert(initiatives).values(rows).returning({ id: initiatives.id });
    await db.insert(euImpacts).values(
      ids.flatMap(({ id }) =>
        random() < 0.7
          ? [
              {
                initiativeId: id,
                euActId: pick(acts).id,
                relation: 'implements',
                deadline: isoDate(2025, 1500),
              },
            ]
          : [],
      ),
    );
    await db.insert(milestones).values(
      ids.map(({ id }) => ({
        initiativeId: id,
        position: 0,
        title: 'Välitavoite',
        dueDate: isoDate(2025, 900),
      })),
    );
  }
}

const CASES: [string, InitiativeListInput][] = [
  ['default page (title order)', {}],
  ['ministry + status filter', { filter: { ministries: ['LVM', 'VM'], statuses: ['ongoing', 'planned'] } }],
  ['Finnish full-text search', { filter: { text: 'hankkeiden tekoäly' } }],
  [
    'EU deadline within 90 days',
    { filter: { euDeadlineWithinDays: 90 }, sort: { field: 'nearestEuDeadline', direction: 'asc' } },
  ],
  [
    'assessments disagree, by health',
    { filter: { assessmentsDisagree: true }, sort: { field: 'health', direction: 'desc' } },
  ],
  ['deep page (offset 9,000)', { offset: Math.max(0, COUNT - 1000) }],
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

const { database, drop } = await openBenchDatabase();
try {
  await migrate(database.db);
  await ensureMinistries(database.db);
  const t0 = performance.now();
  await fill(database);
  console.log(
    `digisalkku bench: ${database.kind}, ${COUNT} initiatives filled in ${Math.round(performance.now() - t0)} ms`,
  );
  console.log('| case | rows | total | median ms | p95 ms |\n|---|---|---|---|---|');
  for (const [name, input] of CASES) {
    const times: number[] = [];
    let result = await listInitiatives(database.db, input);
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      result = await listInitiatives(database.db, input);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(
      `| ${name} | ${result.items.length} | ${result.total} | ${percentile(times, 0.5).toFixed(1)} | ${percentile(times, 0.95).toFixed(1)} |`,
    );
  }
} finally {
  await database.close();
  await drop();
}
