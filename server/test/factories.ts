import { randomBytes } from 'node:crypto';
import { getTRPCErrorShape, TRPCError } from '@trpc/server';
import type { EuAct, EuActInput } from '../../shared/eu-act.ts';
import type { Initiative, InitiativeInput } from '../../shared/initiative.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { appRouter } from '../routers/_app.ts';
import { createEuAct as createEuActService } from '../services/eu-act.ts';
import { createInitiative as createInitiativeService } from '../services/initiative.ts';

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
export function createInitiative(
  database: Database,
  user: SessionUser,
  overrides: Partial<InitiativeInput> = {},
): Promise<Initiative> {
  return createInitiativeService(database.db, user, initiativeInput(overrides));
}

export function euActInput(overrides: Partial<EuActInput> = {}): EuActInput {
  return {
    shortName: `Act ${unique()}`,
    kind: 'regulation',
    title: { fi: 'Testiasetus', en: 'Test regulation' },
    ...overrides,
  };
}

export function createEuAct(database: Database, user: SessionUser, overrides: Partial<EuActInput> = {}): Promise<EuAct> {
  return createEuActService(database.db, user, euActInput(overrides));
}

/**
 * A word of letters only, unique per call: put it in titles and search for it to scope a
 * list query to the rows one test made (digits would be split off by the text parser).
 */
export function uniqueWord(prefix = 'zq'): string {
  return prefix + Array.from(randomBytes(8), (byte) => String.fromCharCode(97 + (byte % 26))).join('');
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
  return getTRPCErrorShape({ config: appRouter._def._config, error, type: 'mutation', path, input: undefined, ctx: undefined });
}
