import { randomBytes } from 'node:crypto';
import { getTRPCErrorShape, TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { initiatives } from '../../drizzle/schema/index.ts';
import type { Benchmark, BenchmarkInput } from '../../shared/benchmark.ts';
import type { Tier } from '../../shared/codes.ts';
import type { Body, BodyInput } from '../../shared/cooperation-body.ts';
import type { EuAct, EuActInput } from '../../shared/eu-act.ts';
import { INITIATIVE_FIELDS, type Initiative, type InitiativeInput } from '../../shared/initiative.ts';
import type { Priority } from '../../shared/priority.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { appRouter } from '../routers/_app.ts';
import { createBenchmark as createBenchmarkService } from '../services/benchmark.ts';
import { createBody as createBodyService } from '../services/cooperation-body.ts';
import { createEuAct as createEuActService } from '../services/eu-act.ts';
import { createInitiative as createInitiativeService, getInitiative } from '../services/initiative.ts';

const unique = () => randomBytes(4).toString('hex');

/** A valid initiative input with unique text; override any field. */
export function initiativeInput(overrides: Partial<InitiativeInput> = {}): InitiativeInput {
  return {
    title: { fi: `Testihanke ${unique()}` },
    summary: { fi: 'Hankkeen tiivistelmä testejä varten.' },
    kind: 'development_project',
    track: 'digitalisation_data_economy',
    leadMinistry: 'LVM',
    status: 'ongoing',
    ...overrides,
  };
}

/** Inserts an initiative through the service (so it has its audit event) and returns it. */
export async function createInitiative(
  database: Database,
  user: SessionUser,
  { tier, ...overrides }: Partial<InitiativeInput> & { tier?: Tier } = {},
): Promise<Initiative> {
  const created = await createInitiativeService(database.db, user, initiativeInput(overrides));
  if (!tier) return created;
  await setPriority(database, created.id, { tier });
  return getInitiative(database.db, created.id);
}

/**
 * Sets an initiative's priority straight in the database, as test set-up (the board's own
 * procedures, with their versions and history, are tested in board.test.ts).
 */
export async function setPriority(
  database: Database,
  id: string,
  priority: Partial<Priority>,
): Promise<void> {
  await database.db.update(initiatives).set(priority).where(eq(initiatives.id, id));
}

/** The editable fields of a read initiative, as a client sends them back in an update. */
export function inputOf(initiative: Initiative, changes: Partial<InitiativeInput> = {}): InitiativeInput {
  // Only the editable fields: what the form holds, without id, version or timestamps.
  const fields = Object.fromEntries(
    INITIATIVE_FIELDS.map((field) => [field, initiative[field]]),
  ) as unknown as InitiativeInput;
  return {
    ...fields,
    euImpacts: initiative.euImpacts.map(({ euActShortName: _name, ...impact }) => impact),
    ...changes,
  };
}

export function euActInput(overrides: Partial<EuActInput> = {}): EuActInput {
  return {
    shortName: `Act ${unique()}`,
    kind: 'regulation',
    title: { fi: 'Testiasetus', en: 'Test regulation' },
    ...overrides,
  };
}

export function createEuAct(
  database: Database,
  user: SessionUser,
  overrides: Partial<EuActInput> = {},
): Promise<EuAct> {
  return createEuActService(database.db, user, euActInput(overrides));
}

export function bodyInput(overrides: Partial<BodyInput> = {}): BodyInput {
  return {
    shortName: `Body ${unique()}`,
    name: { fi: 'Testityöryhmä', en: 'Test working party' },
    organisation: 'oecd',
    ministry: 'VM',
    ...overrides,
  };
}

export function createBody(
  database: Database,
  user: SessionUser,
  overrides: Partial<BodyInput> = {},
): Promise<Body> {
  return createBodyService(database.db, user, bodyInput(overrides));
}

export function benchmarkInput(overrides: Partial<BenchmarkInput> = {}): BenchmarkInput {
  return {
    shortName: `Benchmark ${unique()}`,
    name: { fi: 'Testivertailu', en: 'Test comparison' },
    publisher: 'OECD',
    cycle: 'yearly',
    ...overrides,
  };
}

export function createBenchmark(
  database: Database,
  user: SessionUser,
  overrides: Partial<BenchmarkInput> = {},
): Promise<Benchmark> {
  return createBenchmarkService(database.db, user, benchmarkInput(overrides));
}

/**
 * A word of letters only, unique per call: put it in titles and search for it to scope a
 * list query to the rows one test made (digits would be split off by the text parser).
 */
export function uniqueWord(prefix = 'zq'): string {
  return prefix + Array.from(randomBytes(8), (byte) => String.fromCharCode(97 + (byte % 26))).join('');
}

/** A well-formed project number for a ministry, unique enough for one test database. */
export function uniqueProjectNumber(ministry = 'LVM'): string {
  const [a = 0, b = 0, c = 0, d = 0] = randomBytes(4);
  const number = String((a * 256 + b) % 1000).padStart(3, '0');
  return `${ministry}${number}:${String(c % 100).padStart(2, '0')}/${2000 + (d % 100)}`;
}

/** The rejection of a promise that must fail; fails the test when it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<TRPCError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

/** The error as the client receives it: run through the app's own error formatter. */
export function errorShapeOf(error: TRPCError, path = 'test') {
  return getTRPCErrorShape({
    config: appRouter._def._config,
    error,
    type: 'mutation',
    path,
    input: undefined,
    ctx: undefined,
  });
}
