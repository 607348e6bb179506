import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import type { SnapshotRef } from '../../shared/snapshot.ts';
import { diffPortfolios } from '../../shared/snapshot-diff.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import { createEuAct, createInitiative, euActInput, inputOf, uniqueWord } from '../test/factories.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';
import { diffInputs } from './diff-inputs.ts';
import { portfolioChanges } from './meeting-pack.ts';
import { atSnapshot } from './snapshot.ts';

/*
 * portfolioChanges reads only the initiatives the database finds changed, and the board places
 * of those whose rank moved. Here it must give exactly the diff of the two whole portfolios, as
 * the pure function computes it from every initiative of each side, for every kind of change.
 */
let database: Database;
let coordinator: SessionUser;
const today = todayInFinland();
const as = () => callerFor(database, coordinator);
const word = uniqueWord();
const ids: string[] = [];
let actId = '';
let actVersion = 0;

/** The reference: both pictures read whole, diffed by the pure function. */
async function wholeDiff(from: SnapshotRef, to: SnapshotRef, only?: ReadonlySet<string>) {
  const side = (ref: SnapshotRef) =>
    atSnapshot(database.db, ref === 'now' ? undefined : ref, (at) => diffInputs(at));
  const keep = <T extends { id: string }>(list: T[]) => (only ? list.filter((i) => only.has(i.id)) : list);
  return diffPortfolios(keep(await side(from)), keep(await side(to)), 'fi');
}

async function update(index: number, change: (i: Awaited<ReturnType<typeof get>>) => object) {
  const current = await get(index);
  await as().initiative.update({
    id: current.id,
    version: current.version,
    data: inputOf(current, change(current)),
  });
}
const get = (index: number) => as().initiative.get({ id: ids[index] ?? '' });

async function moveOnBoard(index: number, afterIndex: number | null) {
  const card = await get(index);
  await as().board.move({
    id: card.id,
    priorityVersion: card.priorityVersion,
    tier: card.tier,
    ...(afterIndex === null ? {} : { afterId: ids[afterIndex] }),
  });
}

beforeAll(async () => {
  database = await createTestDatabase();
  ({ coordinator } = await createRoleUsers(database));
  const act = await createEuAct(database, coordinator, { shortName: `${word} Act` });
  [actId, actVersion] = [act.id, act.version];
  for (let n = 0; n < 14; n++) {
    const created = await createInitiative(database, coordinator, {
      title: { fi: `${word} hanke ${String(n).padStart(2, '0')}` },
      leadMinistry: (['LVM', 'VM', 'TEM'] as const)[n % 3],
      status: 'ongoing',
      startDate: addDays(today, -100),
      endDate: addDays(today, 200 + n),
      budgetCents: 1_000_000 * n,
      milestones: [
        { title: 'Lausunnot', dueDate: addDays(today, 10 + n) },
        { title: 'Esitys', dueDate: addDays(today, 60 + n) },
      ],
      euImpacts: n % 2 ? [{ euActId: act.id, relation: 'implements', deadline: addDays(today, 90) }] : [],
      tier: n < 8 ? 'high' : 'medium',
    });
    ids.push(created.id);
  }
  // Ranks in the tier: 0 … 7 from the top.
  for (let n = 0; n < 8; n++) await moveOnBoard(n, n === 0 ? null : n - 1);
}, 120_000);
afterAll(() => database.close());

/** Every kind of change a diff tells, and some it must not. */
async function changeEverything(round: number) {
  await update(0, () => ({ status: round ? 'paused' : 'completed' }));
  await update(1, () => ({ digitoimistoHealth: { rating: 'red', reason: `Viivästyy ${round}` } }));
  await update(2, (i) => ({ endDate: addDays(i.endDate ?? today, 30), budgetCents: 5_000_000 + round }));
  await update(3, (i) => ({
    milestones: [
      { ...i.milestones[0], doneAt: today },
      { ...i.milestones[1], dueDate: addDays(i.milestones[1]?.dueDate ?? today, 40) },
      { title: `Uusi ${round}`, dueDate: addDays(today, 5) },
    ],
  }));
  // Without EU impacts (whose rows an update writes anew), so only the milestones tell.
  await update(8, (i) => ({ milestones: [{ ...i.milestones[0], doneAt: today }, ...i.milestones.slice(1)] }));
  await update(5, (i) => ({
    euImpacts: [
      { euActId: actId, relation: 'implements', deadline: addDays(today, 120 + round), note: 'Uusi' },
    ],
    milestones: i.milestones.slice(1),
  }));
  await update(4, () => ({ euImpacts: [{ euActId: actId, relation: 'affected_by' }] }));
  // Only the title and summary: no change a diff reports.
  await update(6, (i) => ({
    title: { fi: `${i.title.fi} muutettu` },
    summary: { fi: `Tiivistelmä ${round}` },
  }));
  // A card moved within its tier (all below it shift), one to another tier.
  await moveOnBoard(7, round ? 2 : null);
  const card = await get(9);
  await as().board.move({ id: card.id, priorityVersion: card.priorityVersion, tier: 'critical' });
  // Archived, restored, added; the act renamed.
  await as().initiative.remove({ id: ids[10 + round] ?? '' });
  if (round) await as().initiative.restore({ id: ids[10] ?? '' });
  ids.push((await createInitiative(database, coordinator, { title: { fi: `${word} uusi ${round}` } })).id);
  const renamed = await as().euAct.update({
    id: actId,
    version: actVersion,
    data: euActInput({ shortName: `${word} Act ${round}` }),
  });
  actVersion = renamed.version;
}

describe('portfolioChanges', () => {
  it('equals the diff of the two whole portfolios, between snapshots and now, whole or filtered', async () => {
    const first = await as().snapshot.create({ label: 'Ennen' });
    await changeEverything(0);
    const second = await as().snapshot.create({ label: 'Välissä' });
    await changeEverything(1);
    const pairs: [SnapshotRef, SnapshotRef][] = [
      [first.id, second.id],
      [second.id, 'now'],
      [first.id, 'now'],
      ['now', first.id],
      [second.id, second.id],
    ];
    let told = 0;
    for (const [from, to] of pairs) {
      const fast = await portfolioChanges(database.db, from, to, 'fi');
      expect(fast.diff, `${from} → ${to}`).toEqual(await wholeDiff(from, to));
      told += fast.diff.changed.length + fast.diff.added.length + fast.diff.removed.length;
    }
    // The cases are really there: ranks moved, lists changed, archived and added.
    const across = await portfolioChanges(database.db, first.id, 'now', 'fi');
    const fields = new Set(across.diff.changed.flatMap((c) => c.changes.map((change) => change.field)));
    expect([...fields].sort()).toEqual(
      [
        'budgetCents',
        'digitoimistoHealth',
        'endDate',
        'euImpacts',
        'milestones',
        'rank',
        'status',
        'tier',
      ].sort(),
    );
    expect(across.diff.changed.map((c) => c.id)).not.toContain(ids[6]);
    expect(across.diff.added.length).toBeGreaterThan(0);
    expect(across.diff.removed.length).toBeGreaterThan(0);
    expect(told).toBeGreaterThan(20);

    // A filtered view: the changes of part of the portfolio, places among that part.
    const only = new Set([ids[0], ids[2], ids[3], ids[5], ids[7], ids[11]].map(String));
    const filtered = await portfolioChanges(database.db, first.id, 'now', 'fi', only);
    expect(filtered.diff).toEqual(await wholeDiff(first.id, 'now', only));
    expect(filtered.diff.changed.length).toBeGreaterThan(0);
  }, 120_000);
});
