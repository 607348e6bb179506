import { randomBytes } from 'node:crypto';
import type { EuAct, EuActInput } from '../../shared/eu-act.ts';
import type { Initiative, InitiativeInput } from '../../shared/initiative.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
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
