import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshots } from '../../drizzle/schema/index.ts';
import { EU_RELATIONS, STATUSES } from '../../shared/codes.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import { euActSlug } from '../../shared/eu-act.ts';
import type { Initiative, InitiativeInput } from '../../shared/initiative.ts';
import {
  bodySlug,
  filterFromSearchParams,
  filterToSearchParams,
  type InitiativeFilter,
  type InitiativeSort,
} from '../../shared/initiative-filter.ts';
import type { InitiativeListItem } from '../../shared/initiative-list.ts';
import { lateness, nearestEuDeadline } from '../../shared/lateness.ts';
import type { SessionUser } from '../../shared/user.ts';
import { type Database, queryRows } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import { createBody, createEuAct, initiativeInput, uniqueWord } from '../test/factories.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';
import { SNAPSHOT_TABLES, sealOfRow } from './snapshot.ts';

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

/** Every row of a list query, scoped to one block's initiatives by their shared word. */
async function listAll(token: string, filter: InitiativeFilter = {}, sort?: InitiativeSort) {
  const result = await as(viewer).initiative.list({
    filter: { text: token, ...filter },
    ...(sort ? { sort } : {}),
    limit: 500,
  });
  expect(result.total).toBe(result.items.length);
  return result.items;
}
const idsOf = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('lateness in the list: the SQL mirrors shared/lateness.ts', () => {
  const token = uniqueWord();
  let seeded: Initiative[] = [];

  beforeAll(async () => {
    const acts = await Promise.all([0, 1, 2].map(() => createEuAct(database, coordinator)));
    const offset = fc.integer({ min: -400, max: 400 }).map((n) => addDays(today, n));
    // A fixed seed: the same mix of statuses, passed and coming dates, done and open milestones every run.
    const mix = fc.sample(
      fc.record({
        status: fc.constantFrom(...STATUSES),
        endDate: fc.option(offset, { nil: null }),
        milestones: fc.array(
          fc.record({
            title: fc.constantFrom<string>('Luonnos', 'Lausunnot', 'Esitys'),
            dueDate: offset,
            done: fc.boolean(),
          }),
          { maxLength: 4 },
        ),
        impacts: fc.uniqueArray(
          fc.record({
            act: fc.integer({ min: 0, max: 2 }),
            relation: fc.constantFrom(...EU_RELATIONS),
            deadline: fc.option(offset, { nil: null }),
          }),
          { maxLength: 4, selector: (impact) => `${impact.act}:${impact.relation}` },
        ),
      }),
      { numRuns: 40, seed: 20261201 },
    );
    // The edge cases, whatever the sample holds: due today, a day late, completed and cancelled with passed dates.
    const edges: (typeof mix)[number][] = [
      {
        status: 'ongoing',
        endDate: today,
        milestones: [{ title: 'Tänään', dueDate: today, done: false }],
        impacts: [{ act: 0, relation: 'implements', deadline: today }],
      },
      {
        status: 'paused',
        endDate: null,
        milestones: [],
        impacts: [{ act: 1, relation: 'implements', deadline: addDays(today, -1) }],
      },
      { status: 'planned', endDate: addDays(today, -1), milestones: [], impacts: [] },
      {
        status: 'completed',
        endDate: addDays(today, -30),
        milestones: [{ title: 'Auki', dueDate: addDays(today, -9), done: false }],
        impacts: [{ act: 2, relation: 'implements', deadline: addDays(today, -45) }],
      },
      {
        status: 'cancelled',
        endDate: addDays(today, -3),
        milestones: [],
        impacts: [
          { act: 0, relation: 'affected_by', deadline: addDays(today, -3) },
          { act: 1, relation: 'implements', deadline: addDays(today, 20) },
        ],
      },
      {
        status: 'preparation',
        endDate: addDays(today, 100),
        milestones: [{ title: 'Valmis', dueDate: addDays(today, -50), done: true }],
        impacts: [
          { act: 2, relation: 'influences', deadline: addDays(today, -45) },
          { act: 0, relation: 'implements', deadline: addDays(today, 5) },
        ],
      },
    ];
    seeded = [];
    for (const [n, spec] of [...edges, ...mix].entries()) {
      const input: InitiativeInput = initiativeInput({
        title: { fi: `${token} ${String(n).padStart(2, '0')}` },
        status: spec.status,
        endDate: spec.endDate,
        milestones: spec.milestones.map((m) => ({
          title: m.title,
          dueDate: m.dueDate,
          doneAt: m.done ? m.dueDate : null,
        })),
        euImpacts: spec.impacts.map((i) => ({
          euActId: acts[i.act]?.id ?? '',
          relation: i.relation,
          deadline: i.deadline,
        })),
      });
      seeded.push(await as(coordinator).initiative.create(input));
    }
  });

  const pure = (initiative: Initiative) => lateness(initiative, today);

  it('gives each row the lateness and the deadline of the pure rules', async () => {
    const items = await listAll(token);
    expect(items).toHaveLength(seeded.length);
    const byId = new Map(items.map((item) => [item.id, item]));
    for (const initiative of seeded) {
      const item = byId.get(initiative.id);
      expect(item?.lateness).toEqual(pure(initiative));
      expect(item?.nearestEuDeadline).toBe(nearestEuDeadline(initiative, today));
      expect(initiative.nearestEuDeadline).toBe(nearestEuDeadline(initiative, today));
    }
    // The sample is a real mix: late and not, for every kind of reason.
    const late = seeded.filter((i) => pure(i).late);
    expect(late.length).toBeGreaterThan(5);
    expect(late.length).toBeLessThan(seeded.length - 5);
    for (const kind of ['euDeadline', 'milestone', 'endDate'])
      expect(late.some((i) => pure(i).reasons.some((r) => r.kind === kind))).toBe(true);
  });

  it('the late filter selects exactly the initiatives the pure rule calls late', async () => {
    const expected = seeded.filter((i) => pure(i).late).map((i) => i.id);
    expect(idsOf(await listAll(token, { late: true })).sort()).toEqual([...expected].sort());
    // Read from the URL, as a shared link gives it.
    const { filter } = filterFromSearchParams(new URLSearchParams(`late=1&q=${token}`));
    expect(idsOf(await listAll(token, filter)).sort()).toEqual([...expected].sort());
  });

  it('sorts by lateness: most days late first, not late last, both directions', async () => {
    const worst = (items: InitiativeListItem[]) => items.map((item) => item.lateness.worstDaysLate);
    const asc = worst(await listAll(token, {}, { field: 'lateness', direction: 'asc' }));
    const desc = worst(await listAll(token, {}, { field: 'lateness', direction: 'desc' }));
    const late = seeded.map((i) => pure(i).worstDaysLate).filter((d): d is number => d !== null);
    const notLate = seeded.length - late.length;
    expect(asc).toEqual([...[...late].sort((a, b) => b - a), ...Array(notLate).fill(null)]);
    expect(desc).toEqual([...[...late].sort((a, b) => a - b), ...Array(notLate).fill(null)]);
  });

  it('sorts by the deadline column as it shows: overdue ones of open initiatives first', async () => {
    const shown = (await listAll(token, {}, { field: 'nearestEuDeadline', direction: 'asc' })).map(
      (item) => item.nearestEuDeadline,
    );
    const expected = seeded.map((i) => nearestEuDeadline(i, today));
    const dated = expected.filter((d): d is string => d !== null).sort();
    expect(shown).toEqual([...dated, ...expected.filter((d) => d === null)]);
    expect(dated[0] !== undefined && dated[0] < today).toBe(true);
  });

  it('"EU deadline within N days" includes overdue deadlines of open initiatives, not of closed ones', async () => {
    for (const days of [0, 10, 90]) {
      const expected = seeded
        .filter((i) => {
          const nearest = nearestEuDeadline(i, today);
          return nearest !== null && nearest <= addDays(today, days);
        })
        .map((i) => i.id);
      expect(idsOf(await listAll(token, { euDeadlineWithinDays: days })).sort()).toEqual(
        [...expected].sort(),
      );
    }
    const overdueOpen = seeded.filter((i) => pure(i).reasons.some((r) => r.kind === 'euDeadline'));
    const within0 = idsOf(await listAll(token, { euDeadlineWithinDays: 0 }));
    expect(overdueOpen.length).toBeGreaterThan(0);
    for (const initiative of overdueOpen) expect(within0).toContain(initiative.id);
    // The completed one with a deadline 45 days ago is not in: nothing is due there any more.
    const closed = seeded[3];
    expect(closed?.status).toBe('completed');
    expect(within0).not.toContain(closed?.id);
  });

  it('shows a passed deadline of an open initiative as the nearest, with its days late', async () => {
    const [item] = await listAll(token, { text: `${token} 05` });
    expect(item?.nearestEuDeadline).toBe(addDays(today, -45));
    expect(item?.lateness.reasons).toEqual([
      expect.objectContaining({
        kind: 'euDeadline',
        date: addDays(today, -45),
        daysLate: 45,
        relation: 'influences',
      }),
    ]);
  });
});

describe('sorting by health as severity', () => {
  const token = uniqueWord();
  const names: Record<string, string> = {};

  beforeAll(async () => {
    const specs = [
      ['red', 'red', 'not_assessed'],
      ['none', 'not_assessed', 'not_assessed'],
      ['green', 'green', 'green'],
      ['amber', 'green', 'amber'],
      ['mixed', 'red', 'green'],
    ] as const;
    for (const [name, ministry, digitoimisto] of specs) {
      const created = await as(coordinator).initiative.create(
        initiativeInput({
          title: { fi: `${token} ${name}` },
          ministryHealth: { rating: ministry },
          digitoimistoHealth: { rating: digitoimisto },
        }),
      );
      names[created.id] = name;
    }
  });

  const order = async (direction: 'asc' | 'desc') =>
    idsOf(await listAll(token, {}, { field: 'health', direction })).map((id) => names[id]);

  it('goes red, amber, green ascending, by the worse of the two assessments', async () => {
    expect(await order('asc')).toEqual(['mixed', 'red', 'amber', 'green', 'none']);
  });

  it('keeps "not assessed" last when descending too', async () => {
    expect(await order('desc')).toEqual(['green', 'amber', 'mixed', 'red', 'none']);
  });
});

describe('the EU act filter by short name', () => {
  const token = uniqueWord();
  let spaced: string;
  let spacedId: string;
  let plain: string;
  let hit: Initiative;
  let other: Initiative;

  beforeAll(async () => {
    spaced = `AI Act ${uniqueWord('t')}`;
    plain = `NIS${uniqueWord('t')}`;
    const spacedAct = await createEuAct(database, coordinator, { shortName: spaced });
    const plainAct = await createEuAct(database, coordinator, { shortName: plain });
    spacedId = spacedAct.id;
    hit = await as(coordinator).initiative.create(
      initiativeInput({
        title: { fi: `${token} osuma` },
        euImpacts: [{ euActId: spacedAct.id, relation: 'implements' }],
      }),
    );
    other = await as(coordinator).initiative.create(
      initiativeInput({
        title: { fi: `${token} muu` },
        euImpacts: [{ euActId: plainAct.id, relation: 'affected_by' }],
      }),
    );
  });

  it('round-trips a short name with spaces through the link and selects the act', async () => {
    const params = filterToSearchParams({ euActs: [euActSlug(spaced)] });
    expect(params.get('eu')).toBe(spaced.replace(/ /g, '-'));
    const { filter } = filterFromSearchParams(new URLSearchParams(params.toString()));
    expect(idsOf(await listAll(token, filter))).toEqual([hit.id]);
  });

  it('matches without regard to case, and several acts at once', async () => {
    expect(idsOf(await listAll(token, { euActs: [euActSlug(spaced).toUpperCase()] }))).toEqual([hit.id]);
    const both = await listAll(
      token,
      { euActs: [euActSlug(spaced), plain] },
      { field: 'title', direction: 'asc' },
    );
    expect(idsOf(both)).toEqual([other.id, hit.id]);
  });

  it('still selects the same act from an old link with its id, in either case', async () => {
    const { filter } = filterFromSearchParams(new URLSearchParams({ eu: spacedId.toUpperCase() }));
    expect(idsOf(await listAll(token, filter))).toEqual([hit.id]);
  });

  it('keeps a saved view stored with an act id working', async () => {
    const view = await as(viewer).savedView.create({
      name: `Vanha ${token}`,
      filter: { euActs: [spacedId] },
    });
    const [stored] = (await as(viewer).savedView.list()).filter((v) => v.id === view.id);
    expect(stored?.filter.euActs).toEqual([spacedId]);
    expect(idsOf(await listAll(token, stored?.filter ?? {}))).toEqual([hit.id]);
  });

  it('selects nothing for an unknown short name', async () => {
    expect(await listAll(token, { euActs: ['No-such-act'] })).toEqual([]);
  });
});

describe('the cooperation body filter', () => {
  const token = uniqueWord();
  let oecd: { id: string; shortName: string };
  let nordic: { id: string; shortName: string };
  let chaired: Initiative;
  let both: Initiative;
  let nordicOnly: Initiative;
  let unlinked: Initiative;

  beforeAll(async () => {
    oecd = await createBody(database, coordinator, { shortName: `OECD E-Leaders ${uniqueWord('t')}` });
    nordic = await createBody(database, coordinator, { shortName: `MR-DIGITAL ${uniqueWord('t')}` });
    const create = (name: string) =>
      as(coordinator).initiative.create(initiativeInput({ title: { fi: `${token} ${name}` } }));
    const link = (initiativeId: string, bodyId: string, relation: 'chairs' | 'participates_in') =>
      as(coordinator).cooperation.link.addBody({ initiativeId, bodyId, relation });
    chaired = await create('a puheenjohto');
    both = await create('b molemmat');
    nordicOnly = await create('c pohjoismainen');
    unlinked = await create('d ei elintä');
    await link(chaired.id, oecd.id, 'chairs');
    // Two relations to one body: still one row in the list.
    await link(chaired.id, oecd.id, 'participates_in');
    await link(both.id, oecd.id, 'participates_in');
    await link(both.id, nordic.id, 'participates_in');
    await link(nordicOnly.id, nordic.id, 'chairs');
  });
  const sorted = { field: 'title', direction: 'asc' } as const;

  it('selects the initiatives linked to the body named in body=, by slug of its short name, whatever the case', async () => {
    const params = filterToSearchParams({ bodies: [bodySlug(oecd.shortName)] });
    expect(params.get('body')).toBe(oecd.shortName.replace(/ /g, '-'));
    const { filter } = filterFromSearchParams(new URLSearchParams(params.toString()));
    expect(idsOf(await listAll(token, filter, sorted))).toEqual([chaired.id, both.id]);
    expect(idsOf(await listAll(token, { bodies: [bodySlug(oecd.shortName).toUpperCase()] }, sorted))).toEqual(
      [chaired.id, both.id],
    );
  });

  it('selects those linked to any of several bodies, or by id, and nothing for an unknown body', async () => {
    const any = await listAll(
      token,
      { bodies: [bodySlug(oecd.shortName), bodySlug(nordic.shortName)] },
      sorted,
    );
    expect(idsOf(any)).toEqual([chaired.id, both.id, nordicOnly.id]);
    expect(idsOf(any)).not.toContain(unlinked.id);
    expect(idsOf(await listAll(token, { bodies: [nordic.id] }, sorted))).toEqual([both.id, nordicOnly.id]);
    expect(await listAll(token, { bodies: ['No-such-body'] })).toEqual([]);
  });

  it('combines with the other conditions, and serves the board and the overview too', async () => {
    expect(idsOf(await listAll(token, { bodies: [nordic.id], statuses: ['ongoing'] }, sorted))).toEqual([
      both.id,
      nordicOnly.id,
    ]);
    expect(await listAll(token, { bodies: [nordic.id], statuses: ['completed'] })).toEqual([]);
    const overview = await as(viewer).stats.overview({ filter: { text: token, bodies: [oecd.id] } });
    expect(overview.total).toBe(2);
    const board = await as(viewer).board.get({ filter: { text: token, bodies: [nordic.id] } });
    expect(board.columns.flatMap((column) => column.cards.map((card) => card.id)).sort()).toEqual(
      [both.id, nordicOnly.id].sort(),
    );
  });

  it('selects the links as a snapshot froze them, and nothing at a snapshot that froze no cooperation', async () => {
    const snapshot = await as(coordinator).snapshot.create({ label: `Elimet ${token}` });
    const atSnapshot = (bodies: string[]) =>
      as(viewer).initiative.list({ filter: { text: token, bodies }, snapshotId: snapshot.id, limit: 500 });
    expect((await atSnapshot([oecd.id])).total).toBe(2);
    const [row] = await database.db.select().from(snapshots).where(eq(snapshots.id, snapshot.id));
    if (!row) throw new Error('no snapshot row');
    for (const table of SNAPSHOT_TABLES.slice(6))
      await database.db.execute(sql`drop table ${sql.raw(`"${row.schemaName}"."${table}"`)}`);
    await database.db
      .update(snapshots)
      .set({ contentVersion: 1, checksum: await sealOfRow(database.db, { ...row, contentVersion: 1 }) })
      .where(eq(snapshots.id, snapshot.id));
    // The live links would show through the search path: the filter must select nothing instead.
    expect((await atSnapshot([oecd.id])).total).toBe(0);
    expect((await atSnapshot([bodySlug(nordic.shortName)])).items).toEqual([]);
    // Without the body filter the snapshot's initiatives are all there.
    const all = await as(viewer).initiative.list({
      filter: { text: token },
      snapshotId: snapshot.id,
      limit: 500,
    });
    expect(all.total).toBe(4);
  });
});

describe('the search condition', () => {
  it('can be served by the GIN index on the search column (plain words)', async () => {
    const { filterConditions } = await import('./initiative-list.ts');
    const plan = await database.db.transaction(async (tx) => {
      // On a small table the planner rightly prefers a scan; forbid scans (bitmap scans stay) to see whether the index can serve.
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_indexscan = off`);
      const condition = filterConditions({ text: 'tekoälyn strategia', archived: 'all' }, today);
      const rows = await queryRows<Record<string, string>>(
        tx,
        sql`explain select id from initiatives where ${condition}`,
      );
      return rows.map((row) => Object.values(row)[0]).join('\n');
    });
    expect(plan).toContain('initiatives_search_idx');
  });
});
