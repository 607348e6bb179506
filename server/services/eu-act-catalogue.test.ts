import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import { createEuAct, initiativeInput, uniqueWord } from '../test/factories.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';

let database: Database;
let coordinator: SessionUser;
let viewer: SessionUser;
const as = (user: SessionUser | null) => callerFor(database, user);
const today = todayInFinland();

beforeAll(async () => {
  database = await createTestDatabase();
  coordinator = await createTestUser(database, 'coordinator');
  viewer = await createTestUser(database, 'viewer');
});
afterAll(() => database.close());

describe('euAct.list: what is coming', () => {
  it("gives each act's next key date: the first dated event from today on, null when all are past", async () => {
    const prefix = uniqueWord();
    const coming = await createEuAct(database, coordinator, {
      shortName: `${prefix} coming`,
      adoptedOn: addDays(today, -400),
      entryIntoForceOn: addDays(today, -380),
      applicationOn: addDays(today, 200),
      keyDates: [{ label: { fi: 'Kiellot voimaan' }, date: addDays(today, 30) }],
    });
    const today_ = await createEuAct(database, coordinator, {
      shortName: `${prefix} today`,
      applicationOn: today,
    });
    const past = await createEuAct(database, coordinator, {
      shortName: `${prefix} past`,
      adoptedOn: addDays(today, -900),
      applicationOn: addDays(today, -1),
    });
    const list = await as(viewer).euAct.list();
    const byId = new Map(list.map((act) => [act.id, act]));
    expect(byId.get(coming.id)?.nextKeyDate).toEqual({
      key: 'keyDate',
      label: { fi: 'Kiellot voimaan', sv: null, en: null },
      date: addDays(today, 30),
    });
    expect(byId.get(today_.id)?.nextKeyDate).toEqual({ key: 'applicationOn', date: today });
    expect(byId.get(past.id)?.nextKeyDate).toBeNull();
  });

  it('counts the active initiatives linked to each act by relation, archived ones left out', async () => {
    const act = await createEuAct(database, coordinator, { transpositionDeadline: addDays(today, 90) });
    const link = (relation: 'implements' | 'influences' | 'affected_by') =>
      as(coordinator).initiative.create(initiativeInput({ euImpacts: [{ euActId: act.id, relation }] }));
    await link('influences');
    await link('influences');
    await link('affected_by');
    const archived = await link('implements');
    await as(coordinator).initiative.remove({ id: archived.id });
    const both = await as(coordinator).initiative.create(
      initiativeInput({
        euImpacts: [
          { euActId: act.id, relation: 'affected_by' },
          { euActId: act.id, relation: 'reports_to' },
        ],
      }),
    );
    expect(both.euImpacts).toHaveLength(2);
    const listed = (await as(viewer).euAct.list()).find((a) => a.id === act.id);
    expect(listed?.linked).toEqual({
      implements: 0,
      influences: 2,
      funded_by: 0,
      affected_by: 2,
      reports_to: 1,
    });
    // A transposition deadline is coming and no active initiative implements the act: flagged.
    expect(listed?.implementationGap).toBe(true);
  });

  it('flags an act only with a coming implementation date and no implementing initiative', async () => {
    const covered = await createEuAct(database, coordinator, { applicationOn: addDays(today, 10) });
    await as(coordinator).initiative.create(
      initiativeInput({ euImpacts: [{ euActId: covered.id, relation: 'implements' }] }),
    );
    const passed = await createEuAct(database, coordinator, { transpositionDeadline: addDays(today, -10) });
    const undated = await createEuAct(database, coordinator, { kind: 'programme' });
    const keyDateOnly = await createEuAct(database, coordinator, {
      keyDates: [{ label: { fi: 'Arviointi' }, date: addDays(today, 50) }],
    });
    const list = await as(viewer).euAct.list();
    const gap = (id: string) => list.find((a) => a.id === id)?.implementationGap;
    expect(gap(covered.id)).toBe(false);
    expect(gap(passed.id)).toBe(false);
    expect(gap(undated.id)).toBe(false);
    expect(gap(keyDateOnly.id)).toBe(false);
  });
});
