import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINISTRY_NAMES } from '../../shared/ministry.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { ensureMinistries } from '../services/ministry.ts';
import { callerFor } from '../test/caller.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';

let database: Database;
let viewer: SessionUser;
const as = (user: SessionUser | null) => callerFor(database, user);

beforeAll(async () => {
  database = await createTestDatabase();
  viewer = await createTestUser(database, 'viewer');
});
afterAll(() => database.close());

describe('ministry.list', () => {
  it('lists the 12 ministries, LVM, VM and TEM first', async () => {
    const ministries = await as(viewer).ministry.list();
    expect(ministries).toHaveLength(12);
    expect(ministries.map((m) => m.code)).toEqual([
      'LVM',
      'VM',
      'TEM',
      'VNK',
      'UM',
      'OM',
      'SM',
      'PLM',
      'OKM',
      'MMM',
      'STM',
      'YM',
    ]);
    expect(ministries.filter((m) => m.digitoimisto).map((m) => m.code)).toEqual(['LVM', 'VM', 'TEM']);
  });

  it('names each ministry in Finnish, Swedish and English', async () => {
    const ministries = await as(viewer).ministry.list();
    for (const ministry of ministries) expect(ministry.name).toEqual(MINISTRY_NAMES[ministry.code]);
    expect(ministries[0]?.name).toEqual({
      fi: 'liikenne- ja viestintäministeriö',
      sv: 'kommunikationsministeriet',
      en: 'Ministry of Transport and Communications',
    });
  });

  it('stays the same when the reference data is written again on start', async () => {
    const before = await as(viewer).ministry.list();
    await ensureMinistries(database.db);
    expect(await as(viewer).ministry.list()).toEqual(before);
  });

  it('needs a signed-in user', async () => {
    await expect(as(null).ministry.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
