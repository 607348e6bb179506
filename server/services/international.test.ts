import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshots } from '../../drizzle/schema/index.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import { createBenchmark, createBody, rejectionOf } from '../test/factories.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';
import { international } from './international.ts';
import { SNAPSHOT_TABLES, sealOfRow } from './snapshot.ts';

let database: Database;
let coordinator: SessionUser;
let viewer: SessionUser;
const as = (user: SessionUser | null) => callerFor(database, user);
const today = todayInFinland();

beforeAll(async () => {
  database = await createTestDatabase();
  ({ coordinator, viewer } = await createRoleUsers(database));
});
afterAll(() => database.close());

describe('stats.international', () => {
  it('lists meetings in the next 60 days and publications in the next 90, in date order', async () => {
    const inside = await createBody(database, coordinator, { nextMeetingOn: addDays(today, 30) });
    const first = await createBody(database, coordinator, { nextMeetingOn: today });
    await createBody(database, coordinator, { nextMeetingOn: addDays(today, 61) });
    await createBody(database, coordinator, { nextMeetingOn: addDays(today, -1) });
    await createBody(database, coordinator);
    const published = await createBenchmark(database, coordinator, { nextPublicationOn: addDays(today, 90) });
    const sooner = await createBenchmark(database, coordinator, { nextPublicationOn: addDays(today, 70) });
    await createBenchmark(database, coordinator, { nextPublicationOn: addDays(today, 91) });

    const answer = await as(viewer).stats.international();
    expect(answer.today).toBe(today);
    expect(answer.meetings.map((m) => [m.date, m.body.id, m.body.shortName])).toEqual([
      [today, first.id, first.shortName],
      [addDays(today, 30), inside.id, inside.shortName],
    ]);
    expect(answer.meetings[0]?.body.name.fi).toBe(first.name.fi);
    expect(answer.publications.map((p) => [p.date, p.benchmark.id])).toEqual([
      [addDays(today, 70), sooner.id],
      [addDays(today, 90), published.id],
    ]);
    expect(await international(database.db, today)).toEqual(answer);
  });

  it('reckons from the day it is given', async () => {
    const body = await createBody(database, coordinator, { nextMeetingOn: addDays(today, 100) });
    const later = await international(database.db, addDays(today, 50));
    expect(later.meetings.map((m) => m.body.id)).toContain(body.id);
    const now = await international(database.db, today);
    expect(now.meetings.map((m) => m.body.id)).not.toContain(body.id);
  });

  it('is for signed-in users only', async () => {
    expect((await rejectionOf(as(null).stats.international())).code).toBe('UNAUTHORIZED');
  });

  it('reads a snapshot as it was, and an old snapshot that froze no cooperation as having none', async () => {
    const body = await createBody(database, coordinator, { nextMeetingOn: addDays(today, 10) });
    const benchmark = await createBenchmark(database, coordinator, { nextPublicationOn: addDays(today, 20) });
    const snapshot = await as(coordinator).snapshot.create({ label: 'Kansainvälinen' });
    await as(coordinator).cooperation.body.update({
      id: body.id,
      version: body.version,
      data: { ...body, nextMeetingOn: addDays(today, 200) },
    });
    const now = await as(viewer).stats.international();
    expect(now.meetings.map((m) => m.body.id)).not.toContain(body.id);
    const then = await as(viewer).stats.international({ snapshotId: snapshot.id });
    expect(then.meetings.map((m) => m.body.id)).toContain(body.id);
    expect(then.publications.map((p) => p.benchmark.id)).toContain(benchmark.id);

    // Made into what an earlier version took: no cooperation copies, content version 1, its seal.
    const [row] = await database.db.select().from(snapshots).where(eq(snapshots.id, snapshot.id));
    if (!row) throw new Error('no snapshot row');
    for (const table of SNAPSHOT_TABLES.slice(6))
      await database.db.execute(sql`drop table ${sql.raw(`"${row.schemaName}"."${table}"`)}`);
    await database.db
      .update(snapshots)
      .set({ contentVersion: 1, checksum: await sealOfRow(database.db, { ...row, contentVersion: 1 }) })
      .where(eq(snapshots.id, snapshot.id));
    const old = await as(viewer).stats.international({ snapshotId: snapshot.id });
    expect(old.meetings).toEqual([]);
    expect(old.publications).toEqual([]);
    // The live tables have such rows: the empty answer is not for want of data.
    expect(now.publications.map((p) => p.benchmark.id)).toContain(benchmark.id);
  });
});
