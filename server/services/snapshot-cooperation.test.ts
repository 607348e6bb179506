import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshots } from '../../drizzle/schema/index.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import { createBenchmark, createBody, createInitiative, rejectionOf } from '../test/factories.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';
import { SNAPSHOT_TABLES, sealOfRow } from './snapshot.ts';

let database: Database;
let coordinator: SessionUser;
let viewer: SessionUser;
const as = (user: SessionUser) => callerFor(database, user);
const schemaOf = async (id: string) => {
  const [row] = await database.db.select().from(snapshots).where(eq(snapshots.id, id));
  if (!row) throw new Error('no snapshot row');
  return row;
};

beforeAll(async () => {
  database = await createTestDatabase();
  ({ coordinator, viewer } = await createRoleUsers(database));
});
afterAll(() => database.close());

describe('snapshots of international cooperation', () => {
  it('freeze bodies, links, benchmarks and results: the live catalogue changes, the snapshot does not', async () => {
    const initiative = await createInitiative(database, coordinator, { leadMinistry: 'VM' });
    const body = await createBody(database, coordinator, { nextMeetingOn: '2027-01-20' });
    const benchmark = await createBenchmark(database, coordinator);
    const link = await as(coordinator).cooperation.link.addBody({
      initiativeId: initiative.id,
      bodyId: body.id,
      relation: 'chairs',
      note: 'Puheenjohtajuus 2027',
    });
    await as(coordinator).cooperation.link.addBenchmark({
      initiativeId: initiative.id,
      benchmarkId: benchmark.id,
    });
    await as(coordinator).cooperation.benchmark.setResult({
      benchmarkId: benchmark.id,
      result: { edition: '2024', score: 0.95, rank: 2, rankOf: 193 },
    });
    const snapshot = await as(coordinator).snapshot.create({ label: 'Ennen muutoksia' });

    await as(coordinator).cooperation.body.update({
      id: body.id,
      version: body.version,
      data: { ...body, shortName: `${body.shortName} uusi`, nextMeetingOn: '2027-03-01' },
    });
    await as(coordinator).cooperation.link.removeBody({ id: link.id });
    await as(coordinator).cooperation.benchmark.setResult({
      benchmarkId: benchmark.id,
      result: { edition: '2026', score: 0.97, rank: 1, rankOf: 193 },
    });

    const then = await as(viewer).cooperation.body.get({ id: body.id, snapshotId: snapshot.id });
    expect(then.shortName).toBe(body.shortName);
    expect(then.nextMeetingOn).toBe('2027-01-20');
    expect(then.initiatives.map((i) => [i.id, i.relation, i.note])).toEqual([
      [initiative.id, 'chairs', 'Puheenjohtajuus 2027'],
    ]);
    const now = await as(viewer).cooperation.body.get({ id: body.id });
    expect(now.shortName).toBe(`${body.shortName} uusi`);
    expect(now.initiatives).toEqual([]);

    const resultsThen = await as(viewer).cooperation.benchmark.get({
      id: benchmark.id,
      snapshotId: snapshot.id,
    });
    expect(resultsThen.results.map((r) => r.edition)).toEqual(['2024']);
    expect(
      (await as(viewer).cooperation.benchmark.get({ id: benchmark.id })).results.map((r) => r.edition),
    ).toEqual(['2024', '2026']);
    const linksThen = await as(viewer).cooperation.link.ofInitiative({
      id: initiative.id,
      snapshotId: snapshot.id,
    });
    expect(linksThen.bodies.map((l) => l.body.id)).toEqual([body.id]);
    expect(linksThen.benchmarks.map((l) => l.benchmark.id)).toEqual([benchmark.id]);
    expect((await as(viewer).cooperation.link.ofInitiative({ id: initiative.id })).bodies).toEqual([]);
    expect((await as(viewer).snapshot.get({ id: snapshot.id })).valid).toBe(true);
  });

  it('seals the cooperation copies: a changed result in a snapshot is refused as tampered', async () => {
    const benchmark = await createBenchmark(database, coordinator);
    await as(coordinator).cooperation.benchmark.setResult({
      benchmarkId: benchmark.id,
      result: { edition: '2022', rank: 3 },
    });
    const snapshot = await as(coordinator).snapshot.create({ label: 'Sinetöity' });
    const row = await schemaOf(snapshot.id);
    await database.db.execute(
      sql`update ${sql.raw(`"${row.schemaName}"`)}.benchmark_results set rank = 1 where benchmark_id = ${benchmark.id}`,
    );
    expect((await as(viewer).snapshot.get({ id: snapshot.id })).valid).toBe(false);
    const refused = await rejectionOf(as(viewer).cooperation.benchmark.list({ snapshotId: snapshot.id }));
    expect(refused.code).toBe('CONFLICT');
  });

  it('reads a snapshot taken before cooperation was frozen as having none, never the live catalogue', async () => {
    const body = await createBody(database, coordinator);
    const initiative = await createInitiative(database, coordinator, { leadMinistry: 'VM' });
    await as(coordinator).cooperation.link.addBody({
      initiativeId: initiative.id,
      bodyId: body.id,
      relation: 'participates_in',
    });
    const snapshot = await as(coordinator).snapshot.create({ label: 'Vanha muoto' });
    // Made into what an earlier version of digisalkku took: no cooperation copies, content version 1, its seal.
    const row = await schemaOf(snapshot.id);
    for (const table of SNAPSHOT_TABLES.slice(6))
      await database.db.execute(sql`drop table ${sql.raw(`"${row.schemaName}"."${table}"`)}`);
    const old = { ...row, contentVersion: 1 };
    await database.db
      .update(snapshots)
      .set({ contentVersion: 1, checksum: await sealOfRow(database.db, old) })
      .where(eq(snapshots.id, snapshot.id));

    expect((await as(viewer).snapshot.get({ id: snapshot.id })).valid).toBe(true);
    expect((await as(viewer).cooperation.body.list()).map((b) => b.id)).toContain(body.id);
    expect(await as(viewer).cooperation.body.list({ snapshotId: snapshot.id })).toEqual([]);
    expect(await as(viewer).cooperation.benchmark.list({ snapshotId: snapshot.id })).toEqual([]);
    const links = await as(viewer).cooperation.link.ofInitiative({
      id: initiative.id,
      snapshotId: snapshot.id,
    });
    expect(links).toEqual({ bodies: [], benchmarks: [] });
    const missing = await rejectionOf(
      as(viewer).cooperation.body.get({ id: body.id, snapshotId: snapshot.id }),
    );
    expect(missing.code).toBe('NOT_FOUND');
    // Its initiatives are still read from it.
    const listed = await as(viewer).initiative.get({ id: initiative.id, snapshotId: snapshot.id });
    expect(listed.id).toBe(initiative.id);
  });

  it('breaks the seal when a snapshot’s row is changed after it was checked: its content version, its label', async () => {
    const snapshot = await as(coordinator).snapshot.create({ label: 'Versio' });
    expect((await as(viewer).snapshot.get({ id: snapshot.id })).valid).toBe(true);
    await database.db.update(snapshots).set({ contentVersion: 1 }).where(eq(snapshots.id, snapshot.id));
    expect((await as(viewer).snapshot.get({ id: snapshot.id })).valid).toBe(false);

    const relabelled = await as(coordinator).snapshot.create({ label: 'Alkuperäinen' });
    expect((await as(viewer).snapshot.get({ id: relabelled.id })).valid).toBe(true);
    await database.db.update(snapshots).set({ label: 'Väärennetty' }).where(eq(snapshots.id, relabelled.id));
    expect((await as(viewer).snapshot.get({ id: relabelled.id })).valid).toBe(false);
  });
});
