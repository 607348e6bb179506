import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../drizzle/schema/index.ts';
import type { AuditEntity } from '../../shared/audit.ts';
import type { Board, BoardDecision } from '../../shared/board.ts';
import { compareRanks } from '../../shared/board-rank.ts';
import { TIERS, type Tier } from '../../shared/codes.ts';
import type { Initiative } from '../../shared/initiative.ts';
import type { FieldChange } from '../../shared/initiative-changes.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { createInitiative, inputOf, uniqueWord } from '../test/factories.ts';
import { type LiveServer, serveApp, signIn, type TrpcAnswer, trpcCall } from '../test/live-server.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';

/**
 * No write is lost under real concurrency: requests come over HTTP to the real app on a loopback
 * port, many in flight at once, so they meet at the pool (PostgreSQL: ten connections; PGlite:
 * one, with the requests still interleaving between their statements). What a client was told
 * was written is compared with the rows and the audit log afterwards.
 */

// The read-modify-write loop runs this long (the issue asks for 20 s; shorter for a quick look).
const LOOP_SECONDS = Number(process.env.LOST_UPDATES_SECONDS ?? 20);
const BOARD_MOVES_PER_CLIENT = Number(process.env.LOST_UPDATES_BOARD_MOVES ?? 40);

let database: Database;
let live: LiveServer;
let coordinator: SessionUser;
let cookies: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  coordinator = await createTestUser(database, 'coordinator');
  live = await serveApp(database);
  // A few sessions of their own: the writers are different browsers, as in use.
  cookies = [];
  for (let n = 0; n < 4; n++) cookies.push(await signIn(live.baseUrl, coordinator.username));
});
afterAll(async () => {
  await live.close();
  await database.close();
});

const call = <T>(client: number, kind: 'query' | 'mutation', path: string, input: unknown) =>
  trpcCall<T>(live.baseUrl, cookies[client % cookies.length] as string, kind, path, input);

async function auditCount(entityType: AuditEntity, entityId: string): Promise<number> {
  const [row] = await database.db
    .select({ n: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)));
  return row?.n ?? 0;
}

const fail = (what: string, answer: TrpcAnswer<unknown>) =>
  new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);

describe('concurrent saves of one initiative', () => {
  it('50 writers with the same version: exactly one is written, 49 get CONFLICT, one audit event', async () => {
    const initiative = await createInitiative(database, coordinator);
    const auditBefore = await auditCount('initiative', initiative.id);
    const writers = Array.from({ length: 50 }, (_, n) => n);
    const answers = await Promise.all(
      writers.map((n) =>
        call<Initiative>(n, 'mutation', 'initiative.update', {
          id: initiative.id,
          version: initiative.version,
          data: inputOf(initiative, { summary: { fi: `Kirjoittaja ${n} tallensi tämän.` } }),
        }),
      ),
    );
    const statuses = new Map<number, number>();
    for (const answer of answers) statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    const written = answers.filter((answer) => answer.status === 200);
    const conflicts = answers.filter((answer) => answer.error?.code === 'CONFLICT');
    console.log(
      `lost-updates (${database.kind}): 50 writers at version ${initiative.version}: ${written.length} written, ${conflicts.length} CONFLICT; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect(written).toHaveLength(1);
    expect(conflicts).toHaveLength(49);
    for (const conflict of conflicts) expect(conflict.status).toBe(409);

    // The row holds the one write that was acknowledged, and the audit log has it once.
    const winner = written[0]?.data as Initiative;
    expect(winner.version).toBe(initiative.version + 1);
    const after = (await call<Initiative>(0, 'query', 'initiative.get', { id: initiative.id })).data;
    expect(after?.version).toBe(initiative.version + 1);
    expect(after?.summary).toEqual(winner.summary);
    expect((await auditCount('initiative', initiative.id)) - auditBefore).toBe(1);
  });

  it(
    `a ${LOOP_SECONDS} s read-modify-write loop: acknowledged writes = version increments = audit events`,
    async () => {
      const targets = [
        await createInitiative(database, coordinator),
        await createInitiative(database, coordinator),
      ];
      const auditBefore = await Promise.all(targets.map((t) => auditCount('initiative', t.id)));
      const clientsPerTarget = 4;
      // Every acknowledged write: its initiative, the version it was given, the text it wrote.
      const acknowledged: { id: string; version: number; text: string }[] = [];
      let conflicts = 0;
      let reads = 0;
      const until = Date.now() + LOOP_SECONDS * 1000;
      const client = async (n: number) => {
        const target = targets[n % targets.length] as Initiative;
        for (let write = 0; Date.now() < until; write++) {
          const read = await call<Initiative>(n, 'query', 'initiative.get', { id: target.id });
          reads += 1;
          if (!read.data) throw fail('initiative.get', read);
          // Each write changes the text, so every acknowledged one must leave a version behind.
          const text = `Asiakas ${n}, kirjoitus ${write}.`;
          const saved = await call<Initiative>(n, 'mutation', 'initiative.update', {
            id: target.id,
            version: read.data.version,
            data: inputOf(read.data, { summary: { fi: text } }),
          });
          if (saved.status === 200 && saved.data) {
            acknowledged.push({ id: target.id, version: saved.data.version, text });
          } else if (saved.error?.code === 'CONFLICT') {
            conflicts += 1;
          } else throw fail('initiative.update', saved);
        }
      };
      await Promise.all(Array.from({ length: targets.length * clientsPerTarget }, (_, n) => client(n)));

      const lines: string[] = [];
      for (const [index, target] of targets.entries()) {
        const mine = acknowledged.filter((a) => a.id === target.id);
        const now = (await call<Initiative>(0, 'query', 'initiative.get', { id: target.id }))
          .data as Initiative;
        const increments = now.version - target.version;
        const events = (await auditCount('initiative', target.id)) - (auditBefore[index] as number);
        lines.push(
          `${target.id.slice(0, 8)}: ${mine.length} acknowledged, +${increments} versions, +${events} audit events`,
        );
        expect(mine.length).toBeGreaterThan(0);
        expect(increments).toBe(mine.length);
        expect(events).toBe(mine.length);
        // Each acknowledged write got a version of its own, and those are exactly the new ones.
        expect(mine.map((a) => a.version).sort((x, y) => x - y)).toEqual(
          Array.from({ length: increments }, (_, k) => target.version + 1 + k),
        );
        // And each is in the history under its version, with the text it wrote.
        const history = await database.db
          .select({ version: auditEvents.version, changes: auditEvents.changes })
          .from(auditEvents)
          .where(and(eq(auditEvents.entityType, 'initiative'), eq(auditEvents.entityId, target.id)));
        const written = new Map(
          history.map((h) => [
            h.version,
            (h.changes as FieldChange[]).find((c) => c.field === 'summary')?.after as
              | { fi?: string }
              | undefined,
          ]),
        );
        for (const a of mine) expect(written.get(a.version)?.fi).toBe(a.text);
        // The last acknowledged write is what the row holds.
        const last = mine.reduce((x, y) => (y.version > x.version ? y : x));
        expect(now.summary.fi).toBe(last.text);
      }
      console.log(
        `lost-updates (${database.kind}): ${LOOP_SECONDS} s, ${targets.length * clientsPerTarget} clients: ${reads} reads, ${acknowledged.length} acknowledged writes, ${conflicts} CONFLICT retried; ${lines.join('; ')}`,
      );
    },
    LOOP_SECONDS * 1000 + 60_000,
  );
});

describe('concurrent board moves', () => {
  it('moves from 4 parallel clients keep a total order, every card once, and the history matches', async () => {
    const word = uniqueWord();
    const cardCount = 12;
    const ids: string[] = [];
    for (let n = 0; n < cardCount; n++)
      ids.push((await createInitiative(database, coordinator, { title: { fi: `${word} ${n}` } })).id);
    const boardInput = { filter: { text: word }, perTier: 2000 };
    const readBoard = async (client: number) => {
      const answer = await call<Board>(client, 'query', 'board.get', boardInput);
      if (!answer.data) throw fail('board.get', answer);
      return answer.data;
    };
    // Each acknowledged move, as the client saw it: the card, where it was and where it went.
    type Move = { id: string; from: Tier; to: Tier; priorityVersion: number; rank: string };
    const moves: Move[] = [];
    // A move with the read version (and neighbours); null when the board moved meanwhile.
    const move = async (client: number, board: Board, id: string, to: Tier, place: number) => {
      const card = board.columns.flatMap((c) => c.cards).find((c) => c.id === id);
      if (!card) throw new Error(`The card ${id} is not on the board.`);
      const others = (board.columns.find((c) => c.tier === to)?.cards ?? []).filter((c) => c.id !== id);
      const at = Math.min(place, others.length);
      const afterId = others[at - 1]?.id ?? null;
      const beforeId = others[at]?.id ?? null;
      const answer = await call<{ priorityVersion: number; rank: string }>(client, 'mutation', 'board.move', {
        id,
        priorityVersion: card.priorityVersion,
        tier: to,
        afterId,
        beforeId,
        reason: card.tier !== to ? `Asiakas ${client} siirsi` : null,
      });
      if (answer.status === 200 && answer.data) {
        moves.push({ id, from: card.tier, to, ...answer.data });
        return true;
      }
      if (answer.error?.code === 'CONFLICT') return false;
      throw fail('board.move', answer);
    };
    // Set-up: every card placed in one of three tiers, one after another.
    const tiers: Tier[] = ['critical', 'high', 'medium'];
    for (const [n, id] of ids.entries()) {
      expect(await move(0, await readBoard(0), id, tiers[n % tiers.length] as Tier, cardCount)).toBe(true);
    }
    const setupMoves = moves.length;

    // A small seeded generator per client, so a failure can be run again the same way.
    const random = (seed: number) => () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    let conflicts = 0;
    const client = async (n: number) => {
      const next = random(n + 1);
      for (let done = 0; done < BOARD_MOVES_PER_CLIENT; ) {
        const board = await readBoard(n);
        const id = ids[Math.floor(next() * ids.length)] as string;
        // Half the moves reorder a tier, half go to any tier: the decision log gets entries too.
        const current = board.columns.find((c) => c.cards.some((card) => card.id === id))?.tier ?? 'high';
        const to = next() < 0.5 ? current : (TIERS[Math.floor(next() * TIERS.length)] ?? 'high');
        if (await move(n, board, id, to, Math.floor(next() * cardCount))) done += 1;
        else conflicts += 1;
      }
    };
    await Promise.all([0, 1, 2, 3].map(client));

    const board = await readBoard(0);
    const cards = board.columns.flatMap((c) => c.cards);
    // No card lost or doubled.
    expect(cards.map((c) => c.id).sort()).toEqual([...ids].sort());
    for (const column of board.columns) {
      const ranks = column.cards.map((c) => c.rank);
      // Every card placed, and each tier's ranks strictly increasing: a total order, no ties.
      for (const rank of ranks) expect(rank).not.toBeNull();
      for (let k = 1; k < ranks.length; k++)
        expect(compareRanks(ranks[k - 1] ?? null, ranks[k] ?? null)).toBe(-1);
      expect(new Set(ranks).size).toBe(ranks.length);
    }
    // Each card is where its last acknowledged move put it, with one version per acknowledged move.
    for (const card of cards) {
      const mine = moves
        .filter((m) => m.id === card.id)
        .sort((x, y) => x.priorityVersion - y.priorityVersion);
      expect(mine.map((m) => m.priorityVersion)).toEqual(mine.map((_, k) => 2 + k));
      const last = mine.at(-1) as Move;
      expect(card.priorityVersion).toBe(last.priorityVersion);
      expect(card.tier).toBe(last.to);
      expect(card.rank).toBe(last.rank);
      // One move event per acknowledged move, under its version and with its rank.
      const events = await database.db
        .select({ version: auditEvents.version, changes: auditEvents.changes })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityType, 'initiative_priority'), eq(auditEvents.entityId, card.id)));
      expect(events).toHaveLength(mine.length);
      const byVersion = new Map(events.map((e) => [e.version, e.changes as FieldChange[]]));
      for (const m of mine) {
        const changes = byVersion.get(m.priorityVersion);
        expect(changes?.find((c) => c.field === 'rank')?.after).toBe(m.rank);
        expect(changes?.find((c) => c.field === 'tier')?.after).toBe(m.from !== m.to ? m.to : undefined);
      }
    }
    // The decision log: exactly the acknowledged moves that changed a tier.
    const tierChanges = moves.filter((m) => m.from !== m.to);
    const decisions = (await call<BoardDecision[]>(0, 'query', 'board.decisions', {})).data ?? [];
    const ours = decisions.filter((d) => ids.includes(d.initiativeId));
    expect(ours).toHaveLength(tierChanges.length);
    console.log(
      `lost-updates (${database.kind}): board, 4 clients × ${BOARD_MOVES_PER_CLIENT} moves on ${cardCount} cards: ${moves.length - setupMoves} acknowledged (+${setupMoves} set-up), ${conflicts} CONFLICT retried, ${tierChanges.length} tier changes = ${ours.length} decision-log entries; tiers ${board.columns.map((c) => `${c.tier} ${c.cards.length}`).join(', ')}`,
    );
  }, 120_000);
});
