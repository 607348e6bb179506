import { eq } from 'drizzle-orm';
import { users } from '../../drizzle/schema/index.ts';
import type { Benchmark } from '../../shared/benchmark.ts';
import type { Body } from '../../shared/cooperation-body.ts';
import type { EuAct } from '../../shared/eu-act.ts';
import type { Initiative } from '../../shared/initiative.ts';
import type { Snapshot } from '../../shared/snapshot.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { setResult } from '../services/benchmark.ts';
import { linkBenchmark, linkBody } from '../services/cooperation-links.ts';
import { archiveInitiative } from '../services/initiative.ts';
import { hashPassword } from '../services/password.ts';
import { createSavedView } from '../services/saved-view.ts';
import { listWeightings } from '../services/scoring.ts';
import { listCriteria } from '../services/scoring-context.ts';
import { createSnapshot } from '../services/snapshot.ts';
import {
  benchmarkInput,
  bodyInput,
  createBenchmark,
  createBody,
  createEuAct,
  createInitiative,
  euActInput,
  initiativeInput,
  inputOf,
  uniqueWord,
} from '../test/factories.ts';
import type { Caller } from './expected-rights.ts';
import { cookieOf } from './http-harness.ts';

/**
 * A valid call of every procedure and route, for each caller, on rows made for that call: so
 * a refusal is about rights alone, a success really does what it says, and no call depends on
 * what another did (each destructive call has a throwaway row of its own).
 */

/** What the matrix's fixtures hold: long-lived rows that reads name, and the users behind the callers. */
export interface World {
  database: Database;
  /** The matrix's app, and a second one on the same database with the open-data feed off. */
  baseUrl: string;
  openDataOffUrl: string;
  /** Every fixture's title carries it: an answer to a signed-out caller must never. */
  canary: string;
  coordinator: SessionUser;
  admin: SessionUser;
  /** A viewer whose saved views the others try to remove. */
  owner: SessionUser;
  initiative: Initiative;
  euAct: EuAct;
  body: Body;
  benchmark: Benchmark;
  snapshot: Snapshot;
  defaultWeightingId: string;
}

/** Who calls: the caller's name and their user (null when signed out). */
export interface As {
  caller: Caller;
  user: SessionUser | null;
}

export interface ProcedureCase {
  /**
   * `fresh`: the call ends or replaces the session it is made with (signing in or out), so it
   * is made with a sign-in of its own, by a new user of the caller's role and ministry.
   */
  session?: 'fresh';
  input(world: World, as: As): Promise<unknown> | unknown;
}

export interface RouteCall {
  path: string;
  body?: BodyInit;
  /** Cookies besides the session's (single sign-on's attempt cookie). */
  cookies?: string[];
  /** Sent to the second app, the one with the open-data feed off. */
  server?: 'openDataOff';
}

export interface RouteCase {
  session?: 'fresh';
  call(world: World, as: As): Promise<RouteCall> | RouteCall;
}

/**
 * The browser's first two hops of a single sign-on: our login route (which sets the sealed
 * attempt cookie) and the provider (which approves at once and sends back a code). The third
 * hop, the callback with that code and cookie, is the call the matrix makes.
 */
async function ssoCallback(world: World): Promise<RouteCall> {
  const login = await fetch(`${world.baseUrl}/api/auth/oidc/login`, { redirect: 'manual' });
  const attempt = cookieOf(login.headers.getSetCookie());
  const atProvider = await fetch(login.headers.get('location') ?? '', { redirect: 'manual' });
  const back = new URL(atProvider.headers.get('location') ?? '', world.baseUrl);
  if (!attempt || !back.searchParams.get('code'))
    throw new Error(
      `The single sign-on did not get as far as the callback (${login.status}, ${atProvider.status}).`,
    );
  return { path: back.pathname + back.search, cookies: [attempt] };
}

let passwordHash: Promise<string> | null = null;

/**
 * A user with a unique name whose password is `password`, as createTestUser makes them, but
 * with one hash made once: the matrix makes about a hundred users, and scrypt is slow on
 * purpose. Signing in still checks the password for real.
 */
export async function quickUser(
  database: Database,
  role: SessionUser['role'],
  ministry: SessionUser['ministry'] = null,
): Promise<SessionUser> {
  passwordHash ??= hashPassword('password');
  const username = `${role}.${uniqueWord()}`;
  const [row] = await database.db
    .insert(users)
    .values({ username, displayName: `Matrix ${role}`, role, ministry, passwordHash: await passwordHash })
    .returning({ id: users.id });
  if (!row) throw new Error('Inserting a user returned no row.');
  return { id: row.id, username, displayName: `Matrix ${role}`, role, ministry };
}

/** A new LVM initiative: the lead ministry of the matrix's own-ministry editor. */
const freshInitiative = (world: World) =>
  createInitiative(world.database, world.coordinator, {
    title: { fi: `${world.canary} ${uniqueWord()}` },
    leadMinistry: 'LVM',
  });

const none = () => undefined;

const freshCredentials = async (world: World) => {
  const user = await quickUser(world.database, 'viewer');
  return { username: user.username, password: 'password' };
};

/** A saved view of `owner` (the world's, or the caller's own when they have a user). */
const viewOf = async (world: World, owner: SessionUser, shared: boolean) => {
  const view = await createSavedView(world.database.db, owner, {
    name: `Näkymä ${uniqueWord()}`,
    filter: {},
    shared,
  });
  return { id: view.id };
};

export const PROCEDURE_CASES: Readonly<
  Record<string, ProcedureCase & { variants?: Record<string, ProcedureCase> }>
> = {
  'auth.login': { session: 'fresh', input: freshCredentials },
  'auth.logout': { session: 'fresh', input: none },
  'auth.logoutEverywhere': { session: 'fresh', input: none },
  'auth.me': { input: none },

  'userAdmin.list': { input: none },
  'userAdmin.create': {
    input: () => ({
      username: `tunnus.${uniqueWord()}`,
      displayName: 'Uusi Käyttäjä',
      role: 'editor',
      ministry: 'VM',
      password: STRONG_PASSWORD,
    }),
  },
  'userAdmin.update': {
    async input(w) {
      const user = await quickUser(w.database, 'viewer');
      return { id: user.id, displayName: 'Vaihdettu Nimi', role: 'editor', ministry: 'TEM' };
    },
  },
  'userAdmin.deactivate': { input: async (w) => ({ id: (await quickUser(w.database, 'viewer')).id }) },
  'userAdmin.reactivate': {
    async input(w) {
      const user = await quickUser(w.database, 'viewer');
      await w.database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
      return { id: user.id };
    },
  },
  'userAdmin.resetPassword': {
    input: async (w) => ({ id: (await quickUser(w.database, 'viewer')).id, password: STRONG_PASSWORD }),
  },

  'ministry.list': { input: none },

  'euAct.list': { input: none },
  'euAct.get': { input: (w) => ({ id: w.euAct.id }) },
  'euAct.history': { input: (w) => ({ id: w.euAct.id }) },
  'euAct.create': { input: () => euActInput() },
  'euAct.update': {
    async input(w) {
      const act = await createEuAct(w.database, w.coordinator);
      return {
        id: act.id,
        version: act.version,
        data: euActInput({ shortName: act.shortName, title: { fi: 'Muutettu nimi' } }),
      };
    },
  },

  'initiative.list': { input: () => ({}) },
  'initiative.get': { input: (w) => ({ id: w.initiative.id }) },
  'initiative.history': { input: (w) => ({ id: w.initiative.id }) },
  'initiative.create': {
    input: (w) => initiativeInput({ title: { fi: `${w.canary} uusi` }, leadMinistry: 'LVM' }),
  },
  'initiative.update': {
    async input(w) {
      const initiative = await freshInitiative(w);
      return {
        id: initiative.id,
        version: initiative.version,
        data: inputOf(initiative, { summary: { fi: 'Muutettu tiivistelmä.' } }),
      };
    },
  },
  'initiative.remove': { input: async (w) => ({ id: (await freshInitiative(w)).id }) },
  'initiative.restore': {
    async input(w) {
      const initiative = await freshInitiative(w);
      await archiveInitiative(w.database.db, w.coordinator, initiative.id);
      return { id: initiative.id };
    },
  },

  'savedView.list': { input: none },
  'savedView.create': {
    input: () => ({ name: `Näkymä ${uniqueWord()}`, filter: { ministries: ['LVM'] } }),
    variants: {
      shared: { input: () => ({ name: `Yhteinen ${uniqueWord()}`, filter: {}, shared: true }) },
    },
  },
  'savedView.remove': {
    input: (w) => viewOf(w, w.coordinator, true),
    variants: {
      own: { input: (w, as) => viewOf(w, as.user ?? w.owner, false) },
      othersPrivate: { input: (w) => viewOf(w, w.owner, false) },
    },
  },

  'board.get': { input: () => ({}) },
  'board.decisions': { input: () => ({}) },
  'board.move': {
    async input(w) {
      const initiative = await freshInitiative(w);
      return { id: initiative.id, priorityVersion: initiative.priorityVersion, tier: 'high' };
    },
  },

  'scoring.criteria': { input: none },
  'scoring.weightings': { input: none },
  'scoring.compare': { input: (w) => ({ weightingIds: [w.defaultWeightingId], top: 5 }) },
  'scoring.saveCriteria': {
    // The criteria as they are: a save that succeeds and leaves every other call's scoring alone.
    async input(w) {
      const criteria = await listCriteria(w.database.db);
      return {
        criteria: criteria.map(({ key, name, levels, direction }) => ({ key, name, levels, direction })),
      };
    },
  },
  'scoring.saveWeighting': {
    input: () => ({ name: { fi: `Painotus ${uniqueWord()}` }, weights: { societal_impact: 3 } }),
  },
  'scoring.setScores': {
    async input(w) {
      const initiative = await freshInitiative(w);
      return {
        id: initiative.id,
        priorityVersion: initiative.priorityVersion,
        scores: { societal_impact: 4 },
      };
    },
  },

  'stats.overview': { input: () => ({}) },
  'stats.attention': { input: () => ({}) },
  'stats.radar': { input: () => ({}) },
  'stats.roadmap': { input: () => ({}) },
  'stats.international': { input: () => ({}) },

  'snapshot.create': { input: () => ({ label: `Tilannekuva ${uniqueWord()}` }) },
  'snapshot.list': { input: none },
  'snapshot.get': { input: (w) => ({ id: w.snapshot.id }) },
  'snapshot.diff': { input: (w) => ({ from: w.snapshot.id, to: 'now' }) },

  'cooperation.body.list': { input: none },
  'cooperation.body.get': { input: (w) => ({ id: w.body.id }) },
  'cooperation.body.history': { input: (w) => ({ id: w.body.id }) },
  'cooperation.body.create': { input: () => bodyInput() },
  'cooperation.body.update': {
    async input(w) {
      const body = await createBody(w.database, w.coordinator);
      return {
        id: body.id,
        version: body.version,
        data: bodyInput({ shortName: body.shortName, agency: 'Traficom' }),
      };
    },
  },
  'cooperation.body.remove': {
    async input(w) {
      const body = await createBody(w.database, w.coordinator);
      return { id: body.id, version: body.version };
    },
  },

  'cooperation.benchmark.list': { input: none },
  'cooperation.benchmark.get': { input: (w) => ({ id: w.benchmark.id }) },
  'cooperation.benchmark.history': { input: (w) => ({ id: w.benchmark.id }) },
  'cooperation.benchmark.create': { input: () => benchmarkInput() },
  'cooperation.benchmark.update': {
    async input(w) {
      const benchmark = await createBenchmark(w.database, w.coordinator);
      return {
        id: benchmark.id,
        version: benchmark.version,
        data: benchmarkInput({ shortName: benchmark.shortName, publisher: 'EU' }),
      };
    },
  },
  'cooperation.benchmark.remove': {
    async input(w) {
      const benchmark = await createBenchmark(w.database, w.coordinator);
      return { id: benchmark.id, version: benchmark.version };
    },
  },
  'cooperation.benchmark.setResult': {
    async input(w) {
      const benchmark = await createBenchmark(w.database, w.coordinator);
      return { benchmarkId: benchmark.id, result: { edition: '2025', score: 71.5, rank: 3, rankOf: 27 } };
    },
  },
  'cooperation.benchmark.removeResult': {
    async input(w) {
      const benchmark = await createBenchmark(w.database, w.coordinator);
      const result = await setResult(w.database.db, w.coordinator, {
        benchmarkId: benchmark.id,
        result: { edition: '2024', score: 60 },
      });
      return { benchmarkId: benchmark.id, resultId: result.id };
    },
  },
  'cooperation.benchmark.importResults': {
    async input(w) {
      const benchmark = await createBenchmark(w.database, w.coordinator);
      const csv = 'edition,score,rank,countries\n2023,55,5,27\n2024,58.5,4,27\n';
      return {
        benchmarkId: benchmark.id,
        fileName: 'tulokset.csv',
        contentBase64: Buffer.from(csv).toString('base64'),
      };
    },
  },

  'cooperation.link.ofInitiative': { input: (w) => ({ id: w.initiative.id }) },
  'cooperation.link.addBody': {
    async input(w) {
      const initiative = await freshInitiative(w);
      return { initiativeId: initiative.id, bodyId: w.body.id, relation: 'participates_in' };
    },
  },
  'cooperation.link.removeBody': {
    async input(w) {
      const initiative = await freshInitiative(w);
      const link = await linkBody(w.database.db, w.coordinator, {
        initiativeId: initiative.id,
        bodyId: w.body.id,
        relation: 'chairs',
      });
      return { id: link.id };
    },
  },
  'cooperation.link.addBenchmark': {
    async input(w) {
      const initiative = await freshInitiative(w);
      return { initiativeId: initiative.id, benchmarkId: w.benchmark.id, note: 'Raportoi vuosittain.' };
    },
  },
  'cooperation.link.removeBenchmark': {
    async input(w) {
      const initiative = await freshInitiative(w);
      const link = await linkBenchmark(w.database.db, w.coordinator, {
        initiativeId: initiative.id,
        benchmarkId: w.benchmark.id,
      });
      return { id: link.id };
    },
  },
};

/** Long, uncommon, no run or repetition, no user name: passes the password policy. */
const STRONG_PASSWORD = 'Kuusi vihreää hevosta laukkaa niityllä';

const CSV_HEADER = 'title_fi;summary_fi;kind;track;lead_ministry;status';

export const ROUTE_CASES: Readonly<Record<string, RouteCase & { variants?: Record<string, RouteCase> }>> = {
  'GET /healthz': { call: () => ({ path: '/healthz' }) },
  'GET /': { call: () => ({ path: '/' }) },
  'GET /index.html': { call: () => ({ path: '/index.html' }) },
  'POST /api/import': {
    call: (w) => ({
      path: '/api/import?format=csv',
      body: `${CSV_HEADER}\n${w.canary} tuonti ${uniqueWord()};Tiivistelmä;development_project;public_administration;VM;ongoing\n`,
    }),
  },
  'GET /api/export/:name': {
    call: () => ({ path: '/api/export/current.json' }),
    variants: { snapshotCsv: { call: (w) => ({ path: `/api/export/${w.snapshot.id}.csv?lang=fi` }) } },
  },
  'GET /api/auth/oidc/status': { call: () => ({ path: '/api/auth/oidc/status' }) },
  'GET /api/auth/oidc/login': { call: () => ({ path: '/api/auth/oidc/login?returnTo=%2Fboard' }) },
  // The callback signs the browser in, ending the session it brought: a session of its own.
  'GET /api/auth/oidc/callback': { session: 'fresh', call: ssoCallback },
  'GET /api/open/initiatives.json': {
    call: () => ({ path: '/api/open/initiatives.json' }),
    variants: {
      openDataOff: { call: () => ({ path: '/api/open/initiatives.json', server: 'openDataOff' }) },
    },
  },
  'GET /api/open/initiatives.csv': {
    call: () => ({ path: '/api/open/initiatives.csv?lang=sv' }),
    variants: { openDataOff: { call: () => ({ path: '/api/open/initiatives.csv', server: 'openDataOff' }) } },
  },
};

/** The long-lived fixtures: an LVM initiative, an EU act, a body, a benchmark with a result, a snapshot. */
export async function buildWorld(
  database: Database,
  servers: { baseUrl: string; openDataOffUrl: string },
): Promise<World> {
  const canary = uniqueWord('canary');
  const coordinator = await quickUser(database, 'coordinator');
  const admin = await quickUser(database, 'admin');
  const owner = await quickUser(database, 'viewer');
  const euAct = await createEuAct(database, coordinator, { title: { fi: `${canary} asetus` } });
  const initiative = await createInitiative(database, coordinator, {
    title: { fi: `${canary} hanke` },
    leadMinistry: 'LVM',
    euImpacts: [{ euActId: euAct.id, relation: 'implements' }],
  });
  const body = await createBody(database, coordinator, { name: { fi: `${canary} työryhmä` } });
  const benchmark = await createBenchmark(database, coordinator, { name: { fi: `${canary} vertailu` } });
  await setResult(database.db, coordinator, {
    benchmarkId: benchmark.id,
    result: { edition: '2023', score: 50 },
  });
  await linkBody(database.db, coordinator, {
    initiativeId: initiative.id,
    bodyId: body.id,
    relation: 'chairs',
  });
  const snapshot = await createSnapshot(database.db, coordinator, { label: `${canary} kuva` });
  const [weighting] = await listWeightings(database.db);
  if (!weighting) throw new Error('The test database has no weighting.');
  return {
    database,
    ...servers,
    canary,
    coordinator,
    admin,
    owner,
    initiative,
    euAct,
    body,
    benchmark,
    snapshot,
    defaultWeightingId: weighting.id,
  };
}
