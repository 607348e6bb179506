import { eq } from 'drizzle-orm';
import {
  euActs,
  initiativeBenchmarks,
  initiativeBodies,
  initiatives,
  users,
  weightings,
} from '../../drizzle/schema/index.ts';
import { benchmarkInputSchema, benchmarkResultInputSchema } from '../../shared/benchmark.ts';
import { evenRanks } from '../../shared/board-rank.ts';
import { bodyInputSchema } from '../../shared/cooperation-body.ts';
import { todayInFinland } from '../../shared/dates.ts';
import { euActInputSchema } from '../../shared/eu-act.ts';
import { type InitiativeData, initiativeInputSchema } from '../../shared/initiative.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import { suggestedEuUrgency } from '../../shared/scoring.ts';
import type { Role } from '../../shared/user.ts';
import type { Db } from '../db/database.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import type { Actor } from '../services/audit.ts';
import { createUser } from '../services/auth.ts';
import { insertBenchmark, writeResults } from '../services/benchmark.ts';
import { insertBody } from '../services/cooperation-body.ts';
import { insertEuAct } from '../services/eu-act.ts';
import { insertInitiative } from '../services/initiative.ts';
import { generatePassword, hashPassword } from '../services/password.ts';
import { demoBenchmarks, demoBodies } from './demo-cooperation.ts';
import { demoEuActs } from './demo-eu-acts.ts';
import { demoInitiatives } from './demo-initiatives.ts';

const SEED_ACTOR: Actor = { system: 'Demo data' };

/**
 * Writes the demo portfolio into an empty database, in one transaction. A database that
 * already has any initiative or EU act is never touched. Returns whether it seeded.
 */
export async function seedDemoPortfolio(db: Db): Promise<boolean> {
  if ((await db.$count(initiatives)) > 0 || (await db.$count(euActs)) > 0) return false;
  await writeTransaction(db, async (tx) => {
    const acts = [];
    for (const raw of demoEuActs)
      acts.push(await insertEuAct(tx, euActInputSchema.parse(raw), SEED_ACTOR, 'create'));
    const actId = new Map(acts.map((a) => [a.shortName, a.id]));
    const ranks = demoRanks();
    const initiativeId = new Map<string, string>();
    for (const [index, { tier, ...demo }] of demoInitiatives.entries()) {
      const data = initiativeInputSchema.parse({
        ...demo,
        euImpacts: (demo.euImpacts ?? []).map(({ act, ...impact }) => {
          const id = actId.get(act);
          if (!id) throw new Error(`Demo data names an unknown EU act "${act}".`);
          return { ...impact, euActId: id };
        }),
      });
      const id = await insertInitiative(tx, data, SEED_ACTOR, 'create', undefined, {
        tier,
        rank: ranks[index] ?? null,
        scores: demoScores(index, data),
      });
      initiativeId.set(data.title.fi, id);
    }
    await seedDemoCooperation(tx, actId, initiativeId);
    await seedDemoWeightings(tx);
  });
  return true;
}

/**
 * The demo's cooperation bodies and benchmarks with Finland's results, linked to the demo
 * initiatives they name by Finnish title (a wrong title fails the seed and its test).
 */
async function seedDemoCooperation(
  tx: Db,
  actId: ReadonlyMap<string, string>,
  initiativeId: ReadonlyMap<string, string>,
): Promise<void> {
  const initiativeNamed = (title: string) => {
    const id = initiativeId.get(title);
    if (!id) throw new Error(`Demo cooperation names an unknown initiative "${title}".`);
    return id;
  };
  for (const { euAct, initiatives: linked, ...raw } of demoBodies) {
    const euActId = euAct ? actId.get(euAct) : null;
    if (euActId === undefined) throw new Error(`Demo cooperation names an unknown EU act "${euAct}".`);
    const body = await insertBody(tx, bodyInputSchema.parse({ ...raw, euActId }), SEED_ACTOR);
    if (linked.length > 0)
      await tx.insert(initiativeBodies).values(
        linked.map((l) => ({
          initiativeId: initiativeNamed(l.title),
          bodyId: body.id,
          relation: l.relation,
          note: l.note ?? null,
        })),
      );
  }
  for (const { results, initiatives: linked, ...raw } of demoBenchmarks) {
    const benchmark = await insertBenchmark(tx, benchmarkInputSchema.parse(raw), SEED_ACTOR);
    await writeResults(
      tx,
      benchmark.id,
      results.map((r) => benchmarkResultInputSchema.parse(r)),
      SEED_ACTOR,
    );
    if (linked.length > 0)
      await tx.insert(initiativeBenchmarks).values(
        linked.map((l) => ({
          initiativeId: initiativeNamed(l.title),
          benchmarkId: benchmark.id,
          note: l.note ?? null,
        })),
      );
  }
}

/** Each tier's cards in the order of the demo list. */
function demoRanks(): string[] {
  const byTier = new Map<string, number[]>();
  demoInitiatives.forEach((demo, index) => {
    byTier.set(demo.tier, [...(byTier.get(demo.tier) ?? []), index]);
  });
  const ranks: string[] = [];
  for (const indexes of byTier.values()) {
    const keys = evenRanks(indexes.length);
    indexes.forEach((index, i) => {
      ranks[index] = keys[i] as string;
    });
  }
  return ranks;
}

/**
 * Plausible scores from what the initiative is (so the matrix and the weightings have something
 * to show): reach from the ministries involved, EU urgency from the nearest deadline, the rest
 * varied by position. Every fifth initiative is left unscored, as in a portfolio being scored.
 */
function demoScores(index: number, data: InitiativeData): Record<string, number> {
  if (index % 5 === 4) return {};
  const deadlines = data.euImpacts.map((impact) => impact.deadline).filter((d): d is string => !!d);
  const nearest = deadlines.sort()[0] ?? null;
  return {
    societal_impact: 1 + ((index * 3 + 2) % 5),
    eu_urgency: suggestedEuUrgency(nearest, todayInFinland()),
    cross_ministry_reach: Math.min(5, 1 + data.participatingMinistries.length),
    readiness: data.status === 'planned' ? 2 : data.status === 'ongoing' ? 4 : 3,
    cost: 1 + ((index * 7 + 1) % 5),
  };
}

/** The three ministries' own weightings beside Digitoimisto's default, to compare. */
async function seedDemoWeightings(tx: Db): Promise<void> {
  await tx.insert(weightings).values(
    DEMO_WEIGHTINGS.map((w) => ({
      nameFi: w.name.fi,
      nameSv: w.name.sv,
      nameEn: w.name.en,
      ministry: w.ministry,
      weights: w.weights,
    })),
  );
}

const DEMO_WEIGHTINGS = [
  {
    name: { fi: 'LVM: tietotalous edellä', sv: 'KM: dataekonomin först', en: 'LVM: data economy first' },
    ministry: 'LVM',
    weights: { societal_impact: 25, eu_urgency: 35, cross_ministry_reach: 15, readiness: 10, cost: 15 },
  },
  {
    name: {
      fi: 'VM: julkinen hallinto edellä',
      sv: 'FM: offentlig förvaltning först',
      en: 'VM: public administration first',
    },
    ministry: 'VM',
    weights: { societal_impact: 20, eu_urgency: 10, cross_ministry_reach: 35, readiness: 15, cost: 20 },
  },
  {
    name: {
      fi: 'TEM: elinkeinovaikutus edellä',
      sv: 'ANM: näringslivet först',
      en: 'TEM: business impact first',
    },
    ministry: 'TEM',
    weights: { societal_impact: 40, eu_urgency: 15, cross_ministry_reach: 10, readiness: 25, cost: 10 },
  },
];

export const DEMO_USERS: {
  username: string;
  displayName: string;
  role: Role;
  ministry: MinistryCode | null;
}[] = [
  { username: 'admin', displayName: 'Demo Admin', role: 'admin', ministry: null },
  {
    username: 'coordinator',
    displayName: 'Demo Coordinator (Digitoimisto)',
    role: 'coordinator',
    ministry: null,
  },
  { username: 'editor.lvm', displayName: 'Demo Editor (LVM)', role: 'editor', ministry: 'LVM' },
  { username: 'viewer', displayName: 'Demo Viewer', role: 'viewer', ministry: null },
];

/**
 * Creates the demo users when there are no users at all, marked as demo users. With
 * `password` given (DEMO_PASSWORD) the demo users it made earlier get it too, so a forgotten
 * generated password is one restart away; a real user is never touched, whatever their name.
 * Returns the password when the caller should print it, and whom it was given to.
 */
export async function ensureDemoUsers(
  db: Db,
  password: string | null,
): Promise<{ created: boolean; password: string | null; reset: string[] }> {
  if ((await db.$count(users)) === 0) {
    const chosen = password ?? generatePassword();
    for (const user of DEMO_USERS) await createUser(db, { ...user, password: chosen, demo: true });
    return { created: true, password: chosen, reset: [] };
  }
  if (password) {
    const reset = await db
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(users.demo, true))
      .returning({ username: users.username });
    return { created: false, password, reset: reset.map((row) => row.username).sort() };
  }
  return { created: false, password: null, reset: [] };
}
