import { TRPCError } from '@trpc/server';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshots } from '../../drizzle/schema/index.ts';
import type { Board } from '../../shared/board.ts';
import { TIERS, type Tier } from '../../shared/codes.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { SNAPSHOT_TABLES, sealOfRow } from '../services/snapshot.ts';
import { callerFor, UNKNOWN_ID } from '../test/caller.ts';
import { createBody, createInitiative, inputOf, setPriority, uniqueWord } from '../test/factories.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';

let database: Database;
let coordinator: SessionUser;
let admin: SessionUser;
let editor: SessionUser;
let viewer: SessionUser;
const as = (user: SessionUser | null) => callerFor(database, user);

beforeAll(async () => {
  database = await createTestDatabase();
  ({ coordinator, admin, editor, viewer } = await createRoleUsers(database));
});
afterAll(() => database.close());

/** Initiatives of one test only: their titles share a word, and the board is filtered by it. */
async function cards(count: number): Promise<{ word: string; ids: string[] }> {
  const word = uniqueWord();
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    ids.push((await createInitiative(database, coordinator, { title: { fi: `${word} ${n}` } })).id);
  }
  return { word, ids };
}

const board = (word: string, user: SessionUser = viewer) => as(user).board.get({ filter: { text: word } });
const order = (b: Board) =>
  Object.fromEntries(b.columns.map((c) => [c.tier, c.cards.map((card) => card.id)]));

/** Every card exactly once, each tier in strictly increasing byte order of distinct ranks. */
function expectConsistent(b: Board, ids: string[]) {
  const all = b.columns.flatMap((c) => c.cards.map((card) => card.id));
  expect([...all].sort()).toEqual([...ids].sort());
  for (const column of b.columns) {
    const ranks = column.cards.map((card) => card.rank);
    for (let n = 1; n < ranks.length; n++) {
      const [before, after] = [ranks[n - 1], ranks[n]];
      if (after === null) continue; // unplaced cards come last, by title
      expect(before).not.toBeNull();
      expect(Buffer.compare(Buffer.from(before as string), Buffer.from(after as string))).toBe(-1);
    }
  }
}

describe('board.move', () => {
  it('moves a card within its tier and to another, one row each, and keeps a strict order', async () => {
    const { word, ids } = await cards(4);
    const [a, b, c, d] = ids as [string, string, string, string];
    for (const id of ids) await as(coordinator).board.move({ id, priorityVersion: 1, tier: 'high' });
    expect(order(await board(word)).high).toEqual([a, b, c, d]);
    await as(coordinator).board.move({ id: d, priorityVersion: 2, tier: 'high', beforeId: a });
    await as(coordinator).board.move({ id: b, priorityVersion: 2, tier: 'high', afterId: c });
    expect(order(await board(word)).high).toEqual([d, a, c, b]);
    await as(admin).board.move({ id: a, priorityVersion: 2, tier: 'critical', reason: 'EU-määräaika' });
    const after = await board(word);
    expect(order(after)).toMatchObject({ critical: [a], high: [d, c, b] });
    expectConsistent(after, ids);
    expect((await as(viewer).initiative.get({ id: a })).tier).toBe('critical');
  });

  it('answers a stale priority version and a neighbour no longer there with CONFLICT, and changes nothing', async () => {
    const { word, ids } = await cards(2);
    const [a, b] = ids as [string, string];
    await as(coordinator).board.move({ id: a, priorityVersion: 1, tier: 'low' });
    const before = await board(word);
    await expect(
      as(coordinator).board.move({ id: a, priorityVersion: 1, tier: 'high' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    // b is not in "low": the board the user saw is out of date.
    await expect(
      as(coordinator).board.move({ id: a, priorityVersion: 2, tier: 'low', afterId: b }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(order(await board(word))).toEqual(order(before));
  });

  it('is FORBIDDEN for editors and viewers, and NOT_FOUND for an unknown card', async () => {
    const { ids } = await cards(1);
    for (const user of [editor, viewer]) {
      await expect(
        as(user).board.move({ id: ids[0] as string, priorityVersion: 1, tier: 'high' }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    await expect(
      as(coordinator).board.move({ id: UNKNOWN_ID, priorityVersion: 1, tier: 'high' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets a move and an edit of the same initiative both succeed, neither a conflict for the other', async () => {
    const created = await createInitiative(database, editor, { title: { fi: `${uniqueWord()} muokattava` } });
    // Both open the initiative at the same versions: the edit form and the board.
    const edited = await as(editor).initiative.update({
      id: created.id,
      version: created.version,
      data: inputOf(created, { status: 'paused' }),
    });
    const moved = await as(coordinator).board.move({
      id: created.id,
      priorityVersion: created.priorityVersion,
      tier: 'critical',
    });
    expect(edited.version).toBe(2);
    expect(moved.priorityVersion).toBe(2);
    // And the other way round: an edit of a version read before a move.
    const again = await as(editor).initiative.update({
      id: created.id,
      version: 2,
      data: inputOf(edited, { status: 'ongoing' }),
    });
    expect(again).toMatchObject({ version: 3, status: 'ongoing', tier: 'critical', priorityVersion: 2 });
  });

  it('gives a tier of unplaced or hand-edited ranks fresh keys once, and places the card among them', async () => {
    const { word, ids } = await cards(4);
    const [a, b, c, d] = ids as [string, string, string, string];
    // Imported as they came: one unplaced, one with a key the library cannot read.
    await setPriority(database, a, { tier: 'medium', rank: 'a1' });
    await setPriority(database, b, { tier: 'medium', rank: 'zz' });
    await setPriority(database, c, { tier: 'medium', rank: null });
    await as(coordinator).board.move({ id: d, priorityVersion: 1, tier: 'medium', afterId: b });
    const after = await board(word);
    expect(order(after).medium).toEqual([a, b, d, c]);
    expectConsistent(after, ids);
    expect(
      after.columns.find((col) => col.tier === 'medium')?.cards.every((card) => card.rank !== null),
    ).toBe(true);
  });

  it('orders ranks byte by byte on both engines (COLLATE "C"), upper case before lower', async () => {
    const { word, ids } = await cards(3);
    const [a, b, c] = ids as [string, string, string];
    await setPriority(database, a, { tier: 'low', rank: 'ab' });
    await setPriority(database, b, { tier: 'low', rank: 'aB' });
    await setPriority(database, c, { tier: 'low', rank: 'a0' });
    expect(order(await board(word)).low).toEqual([c, b, a]);
  });

  it('ends with every card exactly once after 4 clients make 50 random moves each at the same time', async () => {
    const { word, ids } = await cards(12);
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    let moved = 0;
    let conflicts = 0;
    const client = async () => {
      for (let n = 0; n < 50; n++) {
        const now = await board(word, coordinator);
        const all = now.columns.flatMap((col) => col.cards);
        const card = pick(all);
        const tier: Tier = pick(TIERS);
        const others = (now.columns.find((col) => col.tier === tier)?.cards ?? []).filter(
          (x) => x.id !== card.id,
        );
        const neighbour = others.length > 0 && random() < 0.7 ? pick(others) : null;
        const side = random() < 0.5 ? { afterId: neighbour?.id } : { beforeId: neighbour?.id };
        try {
          await as(coordinator).board.move({
            id: card.id,
            priorityVersion: card.priorityVersion,
            tier,
            ...(neighbour ? side : {}),
          });
          moved += 1;
        } catch (error) {
          // Another client moved this card or its neighbour first: the board says CONFLICT.
          if (!(error instanceof TRPCError) || error.code !== 'CONFLICT') throw error;
          conflicts += 1;
        }
      }
    };
    await Promise.all([client(), client(), client(), client()]);
    expect(moved + conflicts).toBe(200);
    expect(moved).toBeGreaterThan(100);
    expectConsistent(await board(word), ids);
  });
});

describe('board.get', () => {
  it('shows every active card of the filter once, in its tier, with its weighted score', async () => {
    const { word, ids } = await cards(3);
    const [a, b, c] = ids as [string, string, string];
    await as(coordinator).board.move({ id: a, priorityVersion: 1, tier: 'critical' });
    await as(coordinator).scoring.setScores({
      id: a,
      priorityVersion: 2,
      scores: { societal_impact: 5, eu_urgency: 5, cross_ministry_reach: 5, readiness: 5, cost: 1 },
    });
    await as(coordinator).initiative.remove({ id: c });
    const result = await board(word);
    expect(result.total).toBe(2);
    expect(order(result)).toMatchObject({ critical: [a], unprioritised: [b] });
    const card = result.columns[0]?.cards[0];
    expect(card).toMatchObject({ id: a, tier: 'critical', weightedScore: 100, priorityVersion: 3 });
    expect(result.columns.map((col) => col.tier)).toEqual([...TIERS]);
    expect(result.weighting?.name.fi).toBe('Digitoimisto');
  });

  it('sends the first cards of each tier and counts the rest, placing every card by the whole board', async () => {
    const { word, ids } = await cards(3);
    const cut = await as(viewer).board.get({ filter: { text: word }, perTier: 2 });
    const column = cut.columns.find((col) => col.tier === 'unprioritised');
    expect(column?.total).toBe(3);
    expect(column?.cards.map((card) => card.id)).toEqual(ids.slice(0, 2));
    expect(column?.cards.map((card) => card.boardPosition)).toEqual([1, 2]);
    expect(cut.total).toBe(3);
  });
});

describe('board.get: cooperation bodies on the cards', () => {
  it('names the bodies each card is linked to, each once and in name order, and none on an unlinked card', async () => {
    const { word, ids } = await cards(3);
    const [linked, single, none] = ids as [string, string, string];
    const tag = uniqueWord('b');
    const zeta = await createBody(database, coordinator, { shortName: `Zeta ${tag}` });
    const alpha = await createBody(database, coordinator, { shortName: `Alpha ${tag}` });
    const add = (initiativeId: string, bodyId: string, relation: 'chairs' | 'participates_in') =>
      as(coordinator).cooperation.link.addBody({ initiativeId, bodyId, relation });
    await add(linked, zeta.id, 'participates_in');
    await add(linked, alpha.id, 'chairs');
    await add(linked, alpha.id, 'participates_in');
    await add(single, zeta.id, 'chairs');
    const bodiesOf = (b: Board) =>
      Object.fromEntries(b.columns.flatMap((c) => c.cards.map((card) => [card.id, card.bodies])));
    expect(bodiesOf(await board(word))).toEqual({
      [linked]: [alpha.shortName, zeta.shortName],
      [single]: [zeta.shortName],
      [none]: [],
    });
    // A card cut from its column is not read; every card sent has its bodies.
    const cut = await as(viewer).board.get({ filter: { text: word }, perTier: 1 });
    const sent = cut.columns.flatMap((c) => c.cards);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.bodies).toEqual(bodiesOf(await board(word))[sent[0]?.id ?? '']);

    // A snapshot that froze no cooperation shows no bodies, never the live links.
    const snapshot = await as(coordinator).snapshot.create({ label: `Kortit ${word}` });
    const at = () => as(viewer).board.get({ filter: { text: word }, snapshotId: snapshot.id });
    expect(bodiesOf(await at())[linked]).toEqual([alpha.shortName, zeta.shortName]);
    const [row] = await database.db.select().from(snapshots).where(eq(snapshots.id, snapshot.id));
    if (!row) throw new Error('no snapshot row');
    for (const table of SNAPSHOT_TABLES.slice(6))
      await database.db.execute(sql`drop table ${sql.raw(`"${row.schemaName}"."${table}"`)}`);
    await database.db
      .update(snapshots)
      .set({ contentVersion: 1, checksum: await sealOfRow(database.db, { ...row, contentVersion: 1 }) })
      .where(eq(snapshots.id, snapshot.id));
    expect(bodiesOf(await at())).toEqual({ [linked]: [], [single]: [], [none]: [] });
  });
});

describe('board.decisions', () => {
  it('keeps every tier change with who, from, to and the reason, and only tier changes', async () => {
    const { ids } = await cards(1);
    const id = ids[0] as string;
    await as(coordinator).board.move({
      id,
      priorityVersion: 1,
      tier: 'high',
      reason: 'Ministerityöryhmän linjaus',
    });
    await as(coordinator).board.move({ id, priorityVersion: 2, tier: 'high' }); // a move within the tier
    await as(coordinator).board.move({ id, priorityVersion: 3, tier: 'low' });
    const log = (await as(viewer).board.decisions({})).filter((d) => d.initiativeId === id);
    expect(log.map((d) => [d.from, d.to, d.reason, d.actorName])).toEqual([
      ['high', 'low', null, coordinator.displayName],
      ['unprioritised', 'high', 'Ministerityöryhmän linjaus', coordinator.displayName],
    ]);
    const past = (await as(viewer).board.decisions({ to: '2020-01-01' })).filter(
      (d) => d.initiativeId === id,
    );
    expect(past).toEqual([]);
    const own = await as(viewer).board.decisions({ initiativeId: id });
    expect(own.map((d) => d.to)).toEqual(['low', 'high']);
  });
});
