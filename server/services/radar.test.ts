import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshots } from '../../drizzle/schema/index.ts';
import type { EuRelation, Status } from '../../shared/codes.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import type { EuActInput } from '../../shared/eu-act.ts';
import type { InitiativeFilter } from '../../shared/initiative-filter.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import { MAX_LISTED_PER_RELATION, type RadarDate, radarWindow } from '../../shared/radar.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import {
  createBenchmark,
  createBody,
  createEuAct,
  createInitiative,
  inputOf,
  uniqueWord,
} from '../test/factories.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';
import { SNAPSHOT_TABLES, sealOfRow } from './snapshot.ts';

let database: Database;
let coordinator: SessionUser;
let viewer: SessionUser;
const as = (user: SessionUser | null) => callerFor(database, user);
const today = todayInFinland();
const window = radarWindow(today);

beforeAll(async () => {
  database = await createTestDatabase();
  ({ coordinator, viewer } = await createRoleUsers(database));
});
afterAll(() => database.close());

const act = (overrides: Partial<EuActInput> = {}) => createEuAct(database, coordinator, overrides);

/** An initiative linked to the act; its title carries `word` so a filter can pick it. */
function link(
  actId: string,
  relation: EuRelation,
  {
    status = 'ongoing',
    word = '',
    leadMinistry = 'LVM',
  }: { status?: Status; word?: string; leadMinistry?: MinistryCode } = {},
) {
  return createInitiative(database, coordinator, {
    title: { fi: `${word} ${relation} ${uniqueWord()}`.trim() },
    status,
    leadMinistry,
    euImpacts: [{ euActId: actId, relation }],
  });
}

async function radarOf(actId: string, filter?: InitiativeFilter): Promise<RadarDate[]> {
  const radar = await as(viewer).stats.radar(filter ? { filter } : undefined);
  return radar.dates.filter((d) => d.act.id === actId);
}

describe('stats.radar: the window', () => {
  it('takes the dates from six months back to 24 ahead, both ends included, and marks the past ones', async () => {
    const at = (date: string) => ({ label: { fi: `Päivä ${date}` }, date });
    const a = await act({
      adoptedOn: addDays(window.from, 1),
      keyDates: [
        at(addDays(window.from, -1)),
        at(window.from),
        at(addDays(today, -1)),
        at(today),
        at(window.to),
        at(addDays(window.to, 1)),
      ],
    });
    const dates = await radarOf(a.id);
    expect(dates.map((d) => [d.date, d.past])).toEqual([
      [window.from, true],
      [addDays(today, -1), true],
      [today, false],
      [window.to, false],
    ]);
    // The adoption date asks nothing of Finland: never on the radar.
    expect(dates.every((d) => d.kind === 'keyDate')).toBe(true);
    expect(new Set(dates.map((d) => d.id)).size).toBe(4);
  });

  it('names each kind of date with its act, in date order, and leaves out an act with none in the window', async () => {
    const a = await act({
      shortName: `Radar act ${uniqueWord()}`,
      entryIntoForceOn: addDays(today, 10),
      transpositionDeadline: addDays(today, 40),
      applicationOn: addDays(today, 30),
      keyDates: [{ label: { fi: 'Raportti komissiolle' }, date: addDays(today, 20) }],
    });
    const outside = await act({
      applicationOn: addDays(window.to, 1),
      entryIntoForceOn: addDays(window.from, -1),
    });
    const radar = await as(viewer).stats.radar();
    const dates = radar.dates.filter((d) => d.act.id === a.id);
    expect(dates.map((d) => d.kind)).toEqual(['entryIntoForce', 'keyDate', 'application', 'transposition']);
    expect(dates[1]?.label).toEqual({ fi: 'Raportti komissiolle', sv: null, en: null });
    expect(dates[0]?.label).toBeNull();
    expect(dates[0]?.act).toEqual({
      id: a.id,
      shortName: a.shortName,
      slug: a.shortName.replaceAll(' ', '-'),
      title: { fi: 'Testiasetus', sv: null, en: 'Test regulation' },
      kind: 'regulation',
    });
    expect(radar.dates.some((d) => d.act.id === outside.id)).toBe(false);
    const all = radar.dates.map((d) => d.date);
    expect(all).toEqual([...all].sort());
    expect(radar.window).toEqual(window);
    expect(radar.today).toBe(today);
  });
});

describe('stats.radar: answers and gaps', () => {
  it('shows a date no active initiative implements as a gap, with the related ones beside it', async () => {
    const a = await act({ applicationOn: addDays(today, 60) });
    await link(a.id, 'influences');
    await link(a.id, 'affected_by');
    await link(a.id, 'funded_by');
    await link(a.id, 'reports_to');
    const cancelled = await link(a.id, 'implements', { status: 'cancelled' });
    const archived = await link(a.id, 'implements');
    await as(coordinator).initiative.remove({ id: archived.id });
    const [date] = await radarOf(a.id);
    expect(date).toMatchObject({
      kind: 'application',
      gap: true,
      state: 'gap',
      answeringTotal: 0,
      answering: [],
    });
    // Reporting answers only the further key dates; the cancelled implementer is related, the archived one gone.
    expect(date?.relatedTotal).toBe(5);
    expect(date?.related.map((r) => r.relation).sort()).toEqual(
      ['affected_by', 'funded_by', 'implements', 'influences', 'reports_to'].sort(),
    );
    expect(date?.related.find((r) => r.relation === 'implements')?.id).toBe(cancelled.id);
    expect(date?.related.some((r) => r.id === archived.id)).toBe(false);
  });

  it('an implementer answers every kind of date; a reporter answers the further key dates only', async () => {
    const a = await act({
      transpositionDeadline: addDays(today, 90),
      keyDates: [{ label: { fi: 'Raportti' }, date: addDays(today, 120) }],
    });
    const reporter = await link(a.id, 'reports_to', { status: 'planned' });
    const [transposition, report] = await radarOf(a.id);
    expect(transposition).toMatchObject({
      kind: 'transposition',
      gap: true,
      answeringTotal: 0,
      relatedTotal: 1,
    });
    expect(report).toMatchObject({ kind: 'keyDate', gap: false, state: 'planned', answeringTotal: 1 });
    expect(report?.answering).toEqual([
      {
        id: reporter.id,
        title: reporter.title,
        leadMinistry: 'LVM',
        status: 'planned',
        relation: 'reports_to',
      },
    ]);
    const implementer = await link(a.id, 'implements', { status: 'completed' });
    const [t2, r2] = await radarOf(a.id);
    expect(t2).toMatchObject({ gap: false, state: 'completed', answeringTotal: 1 });
    expect(t2?.answering.map((x) => x.id)).toEqual([implementer.id]);
    // Implementers first, then reporters.
    expect(r2?.answering.map((x) => x.id)).toEqual([implementer.id, reporter.id]);
    expect(r2?.state).toBe('completed');
  });

  it("agrees with the catalogue's implementation gap: a cancelled implementer leaves one", async () => {
    const a = await act({ transpositionDeadline: addDays(today, 30) });
    const implementer = await link(a.id, 'implements', { status: 'cancelled' });
    const catalogueGap = async () =>
      (await as(viewer).euAct.list()).find((x) => x.id === a.id)?.implementationGap;
    expect((await radarOf(a.id))[0]?.gap).toBe(true);
    expect(await catalogueGap()).toBe(true);
    await as(coordinator).initiative.update({
      id: implementer.id,
      version: implementer.version,
      data: inputOf(implementer, { status: 'ongoing' }),
    });
    expect((await radarOf(a.id))[0]?.gap).toBe(false);
    expect(await catalogueGap()).toBe(false);
  });

  it('an archived implementer answers nothing, even when the filter asks for archived initiatives', async () => {
    const a = await act({ applicationOn: addDays(today, 5) });
    const archived = await link(a.id, 'implements');
    await as(coordinator).initiative.remove({ id: archived.id });
    for (const filter of [undefined, { archived: 'archived' as const }, { archived: 'all' as const }]) {
      const [date] = await radarOf(a.id, filter);
      expect(date).toMatchObject({
        gap: true,
        answeringTotal: 0,
        answeringShown: 0,
        answering: [],
        relatedTotal: 0,
      });
    }
  });
});

describe('stats.radar: the filter', () => {
  it('narrows the initiatives listed but never makes a gap', async () => {
    const word = uniqueWord();
    const a = await act({ applicationOn: addDays(today, 200) });
    const vm = await link(a.id, 'implements', { leadMinistry: 'VM', word });
    const lvm = await link(a.id, 'implements', { leadMinistry: 'LVM', word, status: 'preparation' });
    await link(a.id, 'affected_by', { leadMinistry: 'VM' });

    const [all] = await radarOf(a.id);
    expect(all).toMatchObject({ gap: false, state: 'inProgress', answeringTotal: 2, answeringShown: 2 });

    const [onlyVm] = await radarOf(a.id, { leadMinistries: ['VM'] });
    expect(onlyVm).toMatchObject({ gap: false, answeringTotal: 2, answeringShown: 1, relatedShown: 1 });
    expect(onlyVm?.answering.map((x) => x.id)).toEqual([vm.id]);

    // Nothing answering under the filter: hidden, not a gap; the state still reads every answer.
    const [none] = await radarOf(a.id, { leadMinistries: ['OM'] });
    expect(none).toMatchObject({
      gap: false,
      state: 'inProgress',
      answeringTotal: 2,
      answeringShown: 0,
      answering: [],
      relatedTotal: 1,
      relatedShown: 0,
    });

    const [byWord] = await radarOf(a.id, { text: word, statuses: ['preparation'] });
    expect(byWord?.answering.map((x) => x.id)).toEqual([lvm.id]);
    expect(byWord?.relatedShown).toBe(0);
  });

  it('shows only the acts an EU-act filter names, by slug or id', async () => {
    const word = uniqueWord();
    const a = await act({ shortName: `${word} One`, applicationOn: addDays(today, 3) });
    const b = await act({ shortName: `${word} Two`, applicationOn: addDays(today, 4) });
    const shown = async (filter: InitiativeFilter) =>
      new Set((await as(viewer).stats.radar({ filter })).dates.map((d) => d.act.id));
    const bySlug = await shown({ euActs: [`${word}-one`] });
    expect(bySlug.has(a.id)).toBe(true);
    expect(bySlug.has(b.id)).toBe(false);
    expect([...(await shown({ euActs: [b.id] }))]).toEqual([b.id]);
  });

  it(`lists at most ${MAX_LISTED_PER_RELATION} initiatives per relation and counts the rest`, async () => {
    const a = await act({ applicationOn: addDays(today, 7) });
    const word = uniqueWord();
    for (let n = 0; n <= MAX_LISTED_PER_RELATION; n++) await link(a.id, 'implements', { word });
    const [date] = await radarOf(a.id);
    expect(date?.answeringTotal).toBe(MAX_LISTED_PER_RELATION + 1);
    expect(date?.answeringShown).toBe(MAX_LISTED_PER_RELATION + 1);
    expect(date?.answering).toHaveLength(MAX_LISTED_PER_RELATION);
    const titles = date?.answering.map((x) => x.title.fi) ?? [];
    expect(titles).toEqual([...titles].sort());
  });
});

describe('stats.radar: international cooperation', () => {
  it("shows bodies' next meetings and benchmarks' publications in the window, in date order", async () => {
    const meets = await createBody(database, coordinator, { nextMeetingOn: addDays(today, 40) });
    const met = await createBody(database, coordinator, { nextMeetingOn: addDays(today, -20) });
    const tooLate = await createBody(database, coordinator, { nextMeetingOn: addDays(window.to, 1) });
    const undated = await createBody(database, coordinator);
    const published = await createBenchmark(database, coordinator, { nextPublicationOn: window.to });
    const tooEarly = await createBenchmark(database, coordinator, {
      nextPublicationOn: addDays(window.from, -1),
    });
    const radar = await as(viewer).stats.radar();
    const ours = new Set([meets.id, met.id, tooLate.id, undated.id, published.id, tooEarly.id]);
    expect(
      radar.cooperation
        .filter((d) => ours.has(d.subject.id))
        .map((d) => [d.kind, d.subject.id, d.date, d.past]),
    ).toEqual([
      ['meeting', met.id, addDays(today, -20), true],
      ['meeting', meets.id, addDays(today, 40), false],
      ['publication', published.id, window.to, false],
    ]);
    const dates = radar.cooperation.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(radar.cooperation.find((d) => d.subject.id === meets.id)?.subject.shortName).toBe(meets.shortName);
  });

  it('shows only the meetings of the bodies a body filter names; benchmarks stay', async () => {
    const named = await createBody(database, coordinator, {
      shortName: `Radar body ${uniqueWord()}`,
      nextMeetingOn: addDays(today, 5),
    });
    const other = await createBody(database, coordinator, { nextMeetingOn: addDays(today, 5) });
    const benchmark = await createBenchmark(database, coordinator, { nextPublicationOn: addDays(today, 5) });
    const radar = await as(viewer).stats.radar({ filter: { bodies: [named.shortName.toLowerCase()] } });
    const ids = radar.cooperation.map((d) => d.subject.id);
    expect(ids).toContain(named.id);
    expect(ids).not.toContain(other.id);
    expect(ids).toContain(benchmark.id);
    expect(radar.cooperation.filter((d) => d.kind === 'meeting').map((d) => d.subject.id)).toEqual([
      named.id,
    ]);
  });

  it('reads a snapshot that froze no cooperation as having none', async () => {
    const body = await createBody(database, coordinator, { nextMeetingOn: addDays(today, 3) });
    const snapshot = await as(coordinator).snapshot.create({ label: 'Tutka' });
    const frozen = await as(viewer).stats.radar({ snapshotId: snapshot.id });
    expect(frozen.cooperation.map((d) => d.subject.id)).toContain(body.id);
    const [row] = await database.db.select().from(snapshots).where(eq(snapshots.id, snapshot.id));
    if (!row) throw new Error('no snapshot row');
    for (const table of SNAPSHOT_TABLES.slice(6))
      await database.db.execute(sql`drop table ${sql.raw(`"${row.schemaName}"."${table}"`)}`);
    await database.db
      .update(snapshots)
      .set({ contentVersion: 1, checksum: await sealOfRow(database.db, { ...row, contentVersion: 1 }) })
      .where(eq(snapshots.id, snapshot.id));
    expect((await as(viewer).stats.radar({ snapshotId: snapshot.id })).cooperation).toEqual([]);
    expect((await as(viewer).stats.radar()).cooperation.map((d) => d.subject.id)).toContain(body.id);
  });
});

describe('stats.radar: access', () => {
  it('asks for a signed-in user', async () => {
    await expect(as(null).stats.radar()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
