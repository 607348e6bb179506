import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshots } from '../../drizzle/schema/index.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import type { InitiativeFilter, InitiativeSort } from '../../shared/initiative-filter.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { callerFor, UNKNOWN_ID } from '../test/caller.ts';
import { createEuAct, createInitiative, inputOf, rejectionOf, uniqueWord } from '../test/factories.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';

let database: Database;
let coordinator: SessionUser;
let viewer: SessionUser;
const today = todayInFinland();
const as = (user: SessionUser) => callerFor(database, user);
const word = uniqueWord();
const ids: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  ({ coordinator, viewer } = await createRoleUsers(database));
  const act = await createEuAct(database, coordinator, { shortName: 'Snapshot Act' });
  const statuses = ['planned', 'ongoing', 'ongoing', 'paused', 'completed', 'cancelled'] as const;
  for (let n = 0; n < 18; n++) {
    const created = await createInitiative(database, coordinator, {
      title: { fi: `${word} hanke ${n} tietoallas`, ...(n % 3 ? { sv: `${word} projekt ${n}` } : {}) },
      leadMinistry: (['LVM', 'VM', 'TEM'] as const)[n % 3],
      status: statuses[n % statuses.length],
      themes: n % 2 ? ['ai'] : ['data_economy', 'cybersecurity'],
      ministryHealth: {
        rating: (['green', 'amber', 'red'] as const)[n % 3],
        assessedOn: addDays(today, -n * 10),
      },
      digitoimistoHealth: { rating: (['red', 'green', 'not_assessed'] as const)[n % 3] },
      startDate: addDays(today, -300 + n),
      endDate: n % 4 ? addDays(today, -30 + n * 20) : null,
      budgetCents: n * 1_000_000,
      milestones: [
        { title: 'Lausuntokierros', dueDate: addDays(today, n - 9), doneAt: n % 2 ? null : today },
      ],
      euImpacts:
        n % 2 ? [{ euActId: act.id, relation: 'implements', deadline: addDays(today, n * 10 - 60) }] : [],
      tier: (['critical', 'high', 'medium', 'unprioritised'] as const)[n % 4],
    });
    ids.push(created.id);
  }
}, 60_000);
afterAll(() => database.close());

/** The reads a meeting looks at, under a few filters and sorts, each as the API answers it. */
async function picture(snapshotId?: string) {
  const caller = as(viewer);
  const listOf = (filter: InitiativeFilter, sort?: InitiativeSort) =>
    caller.initiative.list({
      filter: { ...filter, text: filter.text ?? word },
      sort,
      limit: 100,
      snapshotId,
    });
  return {
    lists: await Promise.all([
      listOf({}),
      listOf({ late: true }, { field: 'lateness', direction: 'asc' }),
      listOf({ health: ['red'], leadMinistries: ['VM'] }),
      listOf({ euDeadlineWithinDays: 90 }, { field: 'nearestEuDeadline', direction: 'asc' }),
      listOf({ text: `${word} tietoallas` }),
      listOf({ qualityIssues: true, statuses: ['ongoing', 'paused'] }, { field: 'health', direction: 'asc' }),
      listOf({ archived: 'all' }, { field: 'tier', direction: 'asc' }),
    ]),
    board: await caller.board.get({ filter: { text: word }, snapshotId }),
    overview: await caller.stats.overview({ filter: { text: word }, snapshotId }),
    attention: await caller.stats.attention({ filter: { text: word }, snapshotId }),
    roadmap: await caller.stats.roadmap({ filter: { text: word }, snapshotId }),
    initiative: await caller.initiative.get({ id: ids[1] ?? '', snapshotId }),
    criteria: await caller.scoring.criteria({ snapshotId }),
  };
}

describe('snapshots', () => {
  let before: Awaited<ReturnType<typeof picture>>;
  let snapshotId = '';

  it('freeze the portfolio: coordinators take them, viewers may not', async () => {
    before = await picture();
    const refused = await rejectionOf(as(viewer).snapshot.create({ label: 'Ei saa' }));
    expect(refused.code).toBe('FORBIDDEN');
    const snapshot = await as(coordinator).snapshot.create({
      label: 'Digitoimisto 3.12.2026',
      note: 'Kokous',
    });
    snapshotId = snapshot.id;
    expect(snapshot).toMatchObject({ label: 'Digitoimisto 3.12.2026', day: today, valid: true });
    expect(snapshot.initiativeCount).toBeGreaterThanOrEqual(18);
    expect(snapshot.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect((await as(viewer).snapshot.list()).map((s) => s.id)).toContain(snapshotId);
  });

  it('show every read as it was, with the same filters selecting the same rows, after the live data changed', async () => {
    // Change what the picture shows: statuses, an assessment, a new initiative, an archive, a board move.
    const first = await as(coordinator).initiative.get({ id: ids[1] ?? '' });
    await as(coordinator).initiative.update({
      id: first.id,
      version: first.version,
      data: inputOf(first, {
        status: 'completed',
        digitoimistoHealth: { rating: 'red', reason: 'Viivästyy' },
      }),
    });
    await as(coordinator).initiative.remove({ id: ids[2] ?? '' });
    await createInitiative(database, coordinator, {
      title: { fi: `${word} uusi hanke` },
      leadMinistry: 'VM',
    });
    const card = await as(coordinator).initiative.get({ id: ids[4] ?? '' });
    await as(coordinator).board.move({ id: card.id, priorityVersion: card.priorityVersion, tier: 'low' });

    const now = await picture();
    expect(now.lists[0]?.items.map((i) => i.id)).not.toEqual(before.lists[0]?.items.map((i) => i.id));
    expect(now.board).not.toEqual(before.board);
    expect(now.initiative.status).toBe('completed');

    const asItWas = await picture(snapshotId);
    expect(asItWas).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown snapshot, and refuses a tampered one', async () => {
    const missing = await rejectionOf(as(viewer).stats.overview({ snapshotId: UNKNOWN_ID }));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toMatch(/snapshot/i);

    const [row] = await database.db.select().from(snapshots).where(eq(snapshots.id, snapshotId));
    await database.db.execute(
      sql`update ${sql.raw(`"${row?.schemaName}"`)}.initiatives set status = 'completed' where id = ${ids[0] ?? ''}`,
    );
    expect((await as(viewer).snapshot.get({ id: snapshotId })).valid).toBe(false);
    const tampered = await rejectionOf(as(viewer).initiative.list({ snapshotId }));
    expect(tampered.code).toBe('CONFLICT');
    expect(tampered.message).toMatch(/checksum/);

    // The narrow copy diffs read (derived from the initiatives, so checked against them, not hashed).
    const other = await as(coordinator).snapshot.create({ label: 'Toinen' });
    const [otherRow] = await database.db.select().from(snapshots).where(eq(snapshots.id, other.id));
    await database.db.execute(
      sql`update ${sql.raw(`"${otherRow?.schemaName}"`)}.initiative_diff_rows set status = 'paused' where id = ${ids[0] ?? ''}`,
    );
    expect((await as(viewer).snapshot.get({ id: other.id })).valid).toBe(false);
    const diff = await rejectionOf(as(viewer).snapshot.diff({ from: other.id, to: 'now' }));
    expect(diff.code).toBe('CONFLICT');
  });
});
