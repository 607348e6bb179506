import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { callerFor, UNKNOWN_ID } from '../test/caller.ts';
import {
  benchmarkInput,
  bodyInput,
  createBenchmark,
  createBody,
  createEuAct,
  createInitiative,
  rejectionOf,
} from '../test/factories.ts';
import { createRoleUsers, createTestDatabase, createTestUser } from '../test/test-database.ts';

let database: Database;
let admin: SessionUser;
let coordinator: SessionUser;
let editor: SessionUser;
let viewer: SessionUser;
const as = (user: SessionUser | null) => callerFor(database, user);

beforeAll(async () => {
  database = await createTestDatabase();
  ({ admin, coordinator, editor, viewer } = await createRoleUsers(database));
});
afterAll(() => database.close());

describe('cooperation bodies', () => {
  it('are kept by coordinators and admins, read by everyone signed in, with field-level history', async () => {
    const act = await createEuAct(database, coordinator, { shortName: 'IEA-test' });
    const created = await as(coordinator).cooperation.body.create(
      bodyInput({
        organisation: 'eu_act_board',
        ministry: 'VM',
        agency: 'Digi- ja väestötietovirasto',
        representatives: [{ name: 'Yhteentoimivuusjohtaja', organisation: 'VM', role: 'member' }],
        mandateStart: '2025-01-01',
        mandateEnd: '2027-12-31',
        meetingRhythm: 'quarterly',
        nextMeetingOn: '2027-01-15',
        links: [{ label: 'Interoperable Europe', url: 'https://interoperable-europe.ec.europa.eu/' }],
        euActId: act.id,
      }),
    );
    expect(created.version).toBe(1);
    for (const user of [editor, viewer]) {
      const refused = await rejectionOf(as(user).cooperation.body.create(bodyInput()));
      expect(refused.code).toBe('FORBIDDEN');
    }
    expect((await rejectionOf(as(null).cooperation.body.list())).code).toBe('UNAUTHORIZED');

    const read = await as(viewer).cooperation.body.get({ id: created.id });
    expect(read.euAct).toEqual({ id: act.id, shortName: 'IEA-test' });
    expect(read.representatives).toEqual([
      { name: 'Yhteentoimivuusjohtaja', organisation: 'VM', role: 'member' },
    ]);

    const updated = await as(admin).cooperation.body.update({
      id: created.id,
      version: 1,
      data: { ...created, nextMeetingOn: '2027-02-01', meetingRhythm: 'monthly' },
    });
    expect(updated.version).toBe(2);
    const stale = await rejectionOf(
      as(coordinator).cooperation.body.update({
        id: created.id,
        version: 1,
        data: { ...created, agency: null },
      }),
    );
    expect(stale.code).toBe('CONFLICT');

    const history = await as(viewer).cooperation.body.history({ id: created.id });
    expect(history.map((e) => [e.action, e.version])).toEqual([
      ['update', 2],
      ['create', 1],
    ]);
    expect(history[0]?.changes).toEqual([
      { field: 'meetingRhythm', before: 'quarterly', after: 'monthly' },
      { field: 'nextMeetingOn', before: '2027-01-15', after: '2027-02-01' },
    ]);
    expect(history[0]?.actorName).toBe(admin.displayName);
  });

  it('refuse what is wrong with a message naming the field: a taken short name, an unknown act, a mandate ending before it starts', async () => {
    const body = await createBody(database, coordinator);
    const taken = await rejectionOf(
      as(coordinator).cooperation.body.create(bodyInput({ shortName: body.shortName })),
    );
    expect(taken.code).toBe('BAD_REQUEST');
    expect(taken.message).toContain(body.shortName);
    const unknownAct = await rejectionOf(
      as(coordinator).cooperation.body.create(bodyInput({ euActId: UNKNOWN_ID })),
    );
    expect(unknownAct.code).toBe('BAD_REQUEST');
    const backwards = await rejectionOf(
      as(coordinator).cooperation.body.create(
        bodyInput({ mandateStart: '2027-01-01', mandateEnd: '2026-01-01' }),
      ),
    );
    expect(backwards.code).toBe('BAD_REQUEST');
    // Named by the body's own field labels, not the initiative's.
    expect(backwards.message).toMatch(/^Mandate ends: The mandate ends before it starts/);
    const badLink = await rejectionOf(
      as(coordinator).cooperation.body.create(
        bodyInput({ links: [{ label: 'x', url: 'javascript:alert(1)' }] }),
      ),
    );
    expect(badLink.code).toBe('BAD_REQUEST');
  });

  it('are removed only when no initiative links to them, and the removal is in the history', async () => {
    const body = await createBody(database, coordinator);
    const initiative = await createInitiative(database, coordinator, { leadMinistry: 'LVM' });
    const link = await as(coordinator).cooperation.link.addBody({
      initiativeId: initiative.id,
      bodyId: body.id,
      relation: 'participates_in',
    });
    const inUse = await rejectionOf(as(coordinator).cooperation.body.remove({ id: body.id, version: 1 }));
    expect(inUse.code).toBe('BAD_REQUEST');
    expect(inUse.message).toMatch(/1/);
    await as(coordinator).cooperation.link.removeBody({ id: link.id });
    expect((await rejectionOf(as(editor).cooperation.body.remove({ id: body.id, version: 1 }))).code).toBe(
      'FORBIDDEN',
    );
    await as(coordinator).cooperation.body.remove({ id: body.id, version: 1 });
    expect((await rejectionOf(as(viewer).cooperation.body.get({ id: body.id }))).code).toBe('NOT_FOUND');
    const list = await as(viewer).cooperation.body.list();
    expect(list.map((b) => b.id)).not.toContain(body.id);
  });
});

describe("initiatives' links to bodies and benchmarks", () => {
  it("are kept by the initiative's editors: its ministry's editor may, another ministry's editor and viewers may not", async () => {
    const own = await createInitiative(database, coordinator, { leadMinistry: 'LVM' });
    const other = await createInitiative(database, coordinator, { leadMinistry: 'VM' });
    const body = await createBody(database, coordinator);
    const link = await as(editor).cooperation.link.addBody({
      initiativeId: own.id,
      bodyId: body.id,
      relation: 'prepares_position',
      note: 'Kannan valmistelu',
    });
    expect(link.body.shortName).toBe(body.shortName);
    const foreign = await rejectionOf(
      as(editor).cooperation.link.addBody({ initiativeId: other.id, bodyId: body.id, relation: 'chairs' }),
    );
    expect(foreign.code).toBe('FORBIDDEN');
    expect(foreign.message).toContain('VM');
    const reader = await rejectionOf(
      as(viewer).cooperation.link.addBody({ initiativeId: own.id, bodyId: body.id, relation: 'chairs' }),
    );
    expect(reader.code).toBe('FORBIDDEN');
    const twice = await rejectionOf(
      as(editor).cooperation.link.addBody({
        initiativeId: own.id,
        bodyId: body.id,
        relation: 'prepares_position',
      }),
    );
    expect(twice.code).toBe('BAD_REQUEST');
    // Another relation to the same body is another link.
    await as(editor).cooperation.link.addBody({
      initiativeId: own.id,
      bodyId: body.id,
      relation: 'participates_in',
    });

    const otherEditor = await createTestUser(database, 'editor', 'VM');
    const notTheirs = await rejectionOf(as(otherEditor).cooperation.link.removeBody({ id: link.id }));
    expect(notTheirs.code).toBe('FORBIDDEN');

    const links = await as(viewer).cooperation.link.ofInitiative({ id: own.id });
    expect(links.bodies.map((l) => [l.relation, l.note])).toEqual([
      ['participates_in', null],
      ['prepares_position', 'Kannan valmistelu'],
    ]);
    const page = await as(viewer).cooperation.body.get({ id: body.id });
    expect(page.initiatives.map((i) => [i.id, i.relation])).toEqual([
      [own.id, 'participates_in'],
      [own.id, 'prepares_position'],
    ]);
    const summary = (await as(viewer).cooperation.body.list()).find((b) => b.id === body.id);
    expect(summary?.linked).toEqual({ participates_in: 1, reports_to: 0, chairs: 0, prepares_position: 1 });

    await as(editor).cooperation.link.removeBody({ id: link.id });
    expect((await as(viewer).cooperation.link.ofInitiative({ id: own.id })).bodies).toHaveLength(1);
    expect((await rejectionOf(as(editor).cooperation.link.removeBody({ id: link.id }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuse a link to an archived initiative, an unknown initiative or an unknown body', async () => {
    const initiative = await createInitiative(database, coordinator, { leadMinistry: 'LVM' });
    const body = await createBody(database, coordinator);
    const unknownBody = await rejectionOf(
      as(coordinator).cooperation.link.addBody({
        initiativeId: initiative.id,
        bodyId: UNKNOWN_ID,
        relation: 'chairs',
      }),
    );
    expect(unknownBody.code).toBe('NOT_FOUND');
    const unknownInitiative = await rejectionOf(
      as(coordinator).cooperation.link.addBody({
        initiativeId: UNKNOWN_ID,
        bodyId: body.id,
        relation: 'chairs',
      }),
    );
    expect(unknownInitiative.code).toBe('NOT_FOUND');
    const badRelation = await rejectionOf(
      as(coordinator).cooperation.link.addBody({
        initiativeId: initiative.id,
        bodyId: body.id,
        relation: 'owns' as 'chairs',
      }),
    );
    expect(badRelation.code).toBe('BAD_REQUEST');
    await as(coordinator).initiative.remove({ id: initiative.id });
    const archived = await rejectionOf(
      as(coordinator).cooperation.link.addBody({
        initiativeId: initiative.id,
        bodyId: body.id,
        relation: 'chairs',
      }),
    );
    expect(archived.code).toBe('BAD_REQUEST');
  });

  it('record each link and unlink in the history of the initiative’s cooperation', async () => {
    const initiative = await createInitiative(database, coordinator, { leadMinistry: 'LVM' });
    const benchmark = await createBenchmark(database, coordinator);
    const link = await as(editor).cooperation.link.addBenchmark({
      initiativeId: initiative.id,
      benchmarkId: benchmark.id,
      note: 'Vastaa kyselyyn',
    });
    await as(editor).cooperation.link.removeBenchmark({ id: link.id });
    const events = await database.db.query.auditEvents.findMany({
      where: (e, { and, eq }) => and(eq(e.entityType, 'cooperation_link'), eq(e.entityId, initiative.id)),
      orderBy: (e, { asc }) => [asc(e.version)],
    });
    expect(events.map((e) => [e.action, e.version, e.actorName])).toEqual([
      ['link', 1, editor.displayName],
      ['unlink', 2, editor.displayName],
    ]);
    expect(events[0]?.changes).toEqual([
      {
        field: 'benchmarks',
        before: null,
        after: { benchmark: benchmark.shortName, note: 'Vastaa kyselyyn' },
      },
    ]);
  });
});

describe('benchmarks and Finland’s results by edition', () => {
  it('keep results by edition, oldest first, corrected in place, with history; only coordinators write them', async () => {
    const benchmark = await as(coordinator).cooperation.benchmark.create(
      benchmarkInput({ shortName: 'EGDI-test', cycle: 'every_two_years', scoreScale: '0–1' }),
    );
    for (const result of [
      { edition: '2022', publishedOn: '2022-09-28', score: 0.9533, rank: 2, rankOf: 193 },
      { edition: '2020', publishedOn: '2020-07-10', score: 0.9452, rank: 4, rankOf: 193 },
      { edition: '2024', publishedOn: '2024-09-17', score: 0.94, rank: 9, rankOf: 193 },
    ])
      await as(coordinator).cooperation.benchmark.setResult({ benchmarkId: benchmark.id, result });
    // A correction of the 2024 edition replaces it.
    await as(coordinator).cooperation.benchmark.setResult({
      benchmarkId: benchmark.id,
      result: { edition: '2024', publishedOn: '2024-09-17', score: 0.9462, rank: 4, rankOf: 193 },
    });
    const read = await as(viewer).cooperation.benchmark.get({ id: benchmark.id });
    expect(read.results.map((r) => [r.edition, r.score, r.rank])).toEqual([
      ['2020', 0.9452, 4],
      ['2022', 0.9533, 2],
      ['2024', 0.9462, 4],
    ]);
    const summary = (await as(viewer).cooperation.benchmark.list()).find((b) => b.id === benchmark.id);
    expect(summary?.latest?.edition).toBe('2024');

    const history = await as(viewer).cooperation.benchmark.history({ id: benchmark.id });
    const correction = history.find((e) =>
      e.changes.some((c) => (c.field as string) === 'results.2024.score' && c.before === 0.94),
    );
    expect(correction?.changes).toEqual([
      { field: 'results.2024.score', before: 0.94, after: 0.9462 },
      { field: 'results.2024.rank', before: 9, after: 4 },
    ]);

    const refused = await rejectionOf(
      as(editor).cooperation.benchmark.setResult({
        benchmarkId: benchmark.id,
        result: { edition: '2026', rank: 1 },
      }),
    );
    expect(refused.code).toBe('FORBIDDEN');
    const neither = await rejectionOf(
      as(coordinator).cooperation.benchmark.setResult({
        benchmarkId: benchmark.id,
        result: { edition: '2026' },
      }),
    );
    expect(neither.code).toBe('BAD_REQUEST');
    const beyond = await rejectionOf(
      as(coordinator).cooperation.benchmark.setResult({
        benchmarkId: benchmark.id,
        result: { edition: '2026', rank: 200, rankOf: 193 },
      }),
    );
    expect(beyond.code).toBe('BAD_REQUEST');

    const first = read.results[0];
    await as(coordinator).cooperation.benchmark.removeResult({
      benchmarkId: benchmark.id,
      resultId: first?.id ?? '',
    });
    expect(
      (await as(viewer).cooperation.benchmark.get({ id: benchmark.id })).results.map((r) => r.edition),
    ).toEqual(['2022', '2024']);
    // Newest first, though every result event is under the benchmark's one version.
    const [latest] = await as(viewer).cooperation.benchmark.history({ id: benchmark.id });
    expect(latest?.changes[0]).toEqual({
      field: 'results.2020.publishedOn',
      before: '2020-07-10',
      after: null,
    });
  });

  it('list the initiatives that report to a benchmark, and refuse removing it while they do', async () => {
    const benchmark = await createBenchmark(database, coordinator);
    const initiative = await createInitiative(database, coordinator, { leadMinistry: 'LVM' });
    await as(editor).cooperation.link.addBenchmark({
      initiativeId: initiative.id,
      benchmarkId: benchmark.id,
    });
    const read = await as(viewer).cooperation.benchmark.get({ id: benchmark.id });
    expect(read.initiatives.map((i) => i.id)).toEqual([initiative.id]);
    const summary = (await as(viewer).cooperation.benchmark.list()).find((b) => b.id === benchmark.id);
    expect(summary?.answering).toBe(1);
    const inUse = await rejectionOf(
      as(coordinator).cooperation.benchmark.remove({ id: benchmark.id, version: 1 }),
    );
    expect(inUse.code).toBe('BAD_REQUEST');
  });
});
