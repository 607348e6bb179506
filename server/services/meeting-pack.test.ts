import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshots } from '../../drizzle/schema/index.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import { createBenchmark, createBody, createInitiative } from '../test/factories.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';
import { readPortfolio } from './export.ts';
import { buildSlidesPack, buildWorkbookRest, type PackRequest } from './meeting-pack.ts';
import { atSnapshot, SNAPSHOT_TABLES, sealOfRow } from './snapshot.ts';

let database: Database;
let coordinator: SessionUser;
const as = (user: SessionUser) => callerFor(database, user);
const today = todayInFinland();

beforeAll(async () => {
  database = await createTestDatabase();
  ({ coordinator } = await createRoleUsers(database));
  const soon = await createBody(database, coordinator, {
    shortName: 'IEB',
    organisation: 'eu_act_board',
    nextMeetingOn: addDays(today, 10),
    representatives: [{ name: 'Yhteentoimivuusjohtaja', organisation: 'VM', role: 'member' }],
  });
  await createBody(database, coordinator, { shortName: 'Huomenna', nextMeetingOn: addDays(today, 1) });
  await createBody(database, coordinator, { shortName: 'Myöhemmin', nextMeetingOn: addDays(today, 61) });
  await createBody(database, coordinator, { shortName: 'Eilen', nextMeetingOn: addDays(today, -1) });
  const desi = await createBenchmark(database, coordinator, {
    shortName: 'DESI',
    nextPublicationOn: addDays(today, 90),
  });
  await createBenchmark(database, coordinator, {
    shortName: 'Kaukana',
    nextPublicationOn: addDays(today, 91),
  });
  for (const result of [
    { edition: '2023', publishedOn: '2023-09-27', score: 69.9, rank: 1, rankOf: 27 },
    { edition: '2024', publishedOn: '2024-07-01', score: 72.1, rank: 2, rankOf: 27 },
  ])
    await as(coordinator).cooperation.benchmark.setResult({ benchmarkId: desi.id, result });
  const initiative = await createInitiative(database, coordinator, {
    title: { fi: 'Yhteentoimivuuslaki' },
    leadMinistry: 'VM',
  });
  await as(coordinator).cooperation.link.addBody({
    initiativeId: initiative.id,
    bodyId: soon.id,
    relation: 'prepares_position',
  });
  await as(coordinator).cooperation.link.addBenchmark({ initiativeId: initiative.id, benchmarkId: desi.id });
});
afterAll(() => database.close());

const request = (source: PackRequest['source']): PackRequest => ({
  source,
  filter: {},
  language: 'fi',
  user: coordinator,
});

describe('the meeting pack’s international cooperation', () => {
  it('has the meetings of the next 60 days and the publications of the next 90, soonest first, and the latest results', async () => {
    const pack = await buildSlidesPack(database.db, request('now'));
    expect(pack.cooperation?.meetings.map((m) => [m.shortName, m.nextMeetingOn])).toEqual([
      ['Huomenna', addDays(today, 1)],
      ['IEB', addDays(today, 10)],
    ]);
    expect(pack.cooperation?.publications.map((p) => p.shortName)).toEqual(['DESI']);
    expect(pack.cooperation?.latest).toEqual([
      expect.objectContaining({
        shortName: 'DESI',
        result: { edition: '2024', publishedOn: '2024-07-01', score: 72.1, rank: 2, rankOf: 27, note: null },
      }),
    ]);
  });

  it('gives the workbook every body with its linked initiatives, and every result', async () => {
    const rest = await buildWorkbookRest(database.db, request('now'), () => {});
    const ieb = rest.cooperationRecords?.bodies.find((b) => b.shortName === 'IEB');
    expect(ieb?.initiatives).toEqual([
      {
        title: { fi: 'Yhteentoimivuuslaki', sv: null, en: null },
        leadMinistry: 'VM',
        relation: 'prepares_position',
      },
    ]);
    expect(ieb?.representatives).toHaveLength(1);
    expect(rest.cooperationRecords?.bodies).toHaveLength(4);
    expect(rest.cooperationRecords?.results.map((r) => [r.shortName, r.result.edition])).toEqual([
      ['DESI', '2023'],
      ['DESI', '2024'],
    ]);
  });

  it('reads a snapshot as it was, and leaves cooperation out of one that predates it', async () => {
    const snapshot = await as(coordinator).snapshot.create({ label: 'Tuore' });
    await createBody(database, coordinator, { shortName: 'Uudempi', nextMeetingOn: addDays(today, 2) });
    const fresh = await buildSlidesPack(database.db, request(snapshot.id));
    expect(fresh.cooperation?.meetings.map((m) => m.shortName)).toEqual(['Huomenna', 'IEB']);

    const old = await as(coordinator).snapshot.create({ label: 'Vanha muoto' });
    const [row] = await database.db.select().from(snapshots).where(eq(snapshots.id, old.id));
    if (!row) throw new Error('no snapshot row');
    // Made into what an earlier version of digisalkku took: no cooperation copies, content version 1, its seal.
    for (const table of SNAPSHOT_TABLES.slice(6))
      await database.db.execute(sql`drop table ${sql.raw(`"${row.schemaName}"."${table}"`)}`);
    await database.db
      .update(snapshots)
      .set({ contentVersion: 1, checksum: await sealOfRow(database.db, { ...row, contentVersion: 1 }) })
      .where(eq(snapshots.id, old.id));
    expect((await buildSlidesPack(database.db, request(old.id))).cooperation).toBeNull();
    expect((await buildWorkbookRest(database.db, request(old.id), () => {})).cooperationRecords).toBeNull();
    // Its JSON export has no cooperation: importing it leaves an initiative's links as they are.
    const document = await atSnapshot(database.db, old.id, (at) => readPortfolio(at, new Date()));
    expect(document.bodies).toEqual([]);
    expect(document.benchmarks).toEqual([]);
    expect(document.initiatives.every((i) => i.bodies === undefined && i.benchmarks === undefined)).toBe(
      true,
    );
  });
});
