import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tier } from '../../shared/codes.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import type { InitiativeInput } from '../../shared/initiative.ts';
import type { Roadmap } from '../../shared/roadmap.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import { createInitiative, uniqueWord } from '../test/factories.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';

let database: Database;
let coordinator: SessionUser;
let viewer: SessionUser;
const today = todayInFinland();

beforeAll(async () => {
  database = await createTestDatabase();
  ({ coordinator, viewer } = await createRoleUsers(database));
});
afterAll(() => database.close());

/** Initiatives of one test only, titled "<word> <name>": the roadmap is filtered by the word. */
async function portfolio(specs: Record<string, Partial<InitiativeInput> & { tier?: Tier }>) {
  const word = uniqueWord();
  const ids: Record<string, string> = {};
  for (const [name, spec] of Object.entries(specs)) {
    ids[name] = (
      await createInitiative(database, coordinator, { title: { fi: `${word} ${name}` }, ...spec })
    ).id;
  }
  const nameOf = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
  const roadmap = (input: Parameters<ReturnType<typeof callerFor>['stats']['roadmap']>[0] = {}) =>
    callerFor(database, viewer).stats.roadmap({ ...input, filter: { text: word, ...input?.filter } });
  /** Each group as "key: names in order". */
  const groups = (r: Roadmap) =>
    r.groups.map((g) => `${g.key}: ${g.initiatives.map((b) => nameOf[b.id]).join(' ')}`);
  return { ids, nameOf, roadmap, groups };
}

describe('stats.roadmap', () => {
  it('groups the bars by lead ministry, theme or tier in a stable order, each group by start date', async () => {
    const { roadmap, groups } = await portfolio({
      a: {
        leadMinistry: 'VM',
        themes: ['ai', 'data_economy'],
        tier: 'high',
        startDate: '2025-01-01',
        endDate: '2026-12-31',
      },
      b: {
        leadMinistry: 'LVM',
        themes: ['ai'],
        tier: 'critical',
        startDate: '2024-06-01',
        endDate: '2027-01-01',
      },
      c: { leadMinistry: 'OKM', themes: [], startDate: '2025-03-01', endDate: '2025-12-31' },
      d: {
        leadMinistry: 'VM',
        themes: ['skills'],
        tier: 'critical',
        startDate: '2023-02-01',
        endDate: '2025-02-01',
      },
      // Same start as a: the earlier end first.
      e: { leadMinistry: 'VM', themes: ['ai'], startDate: '2025-01-01', endDate: '2025-06-30' },
    });
    const byMinistry = await roadmap();
    expect(byMinistry.groupBy).toBe('leadMinistry');
    // Ministries by their sort order: the Digitoimisto ministries LVM and VM first.
    expect(groups(byMinistry)).toEqual(['LVM: b', 'VM: d e a', 'OKM: c']);
    expect(byMinistry).toMatchObject({ total: 5, shown: 5, undatedCount: 0, undated: [], today });

    // Themes in code order (data_economy, ai, …, skills); several themes, several groups; none last.
    const byTheme = await roadmap({ groupBy: 'theme' });
    expect(groups(byTheme)).toEqual(['data_economy: a', 'ai: b e a', 'skills: d', 'null: c']);
    // An initiative in two groups is still one bar shown.
    expect(byTheme.shown).toBe(5);

    const byTier = await roadmap({ groupBy: 'tier' });
    expect(groups(byTier)).toEqual(['critical: d b', 'high: a', 'unprioritised: e c']);
    const bar = byTier.groups[1]?.initiatives[0];
    expect(bar).toMatchObject({
      status: 'ongoing',
      startDate: '2025-01-01',
      endDate: '2026-12-31',
      tier: 'high',
      leadMinistry: 'VM',
      milestones: [],
    });
    expect(bar?.title.fi).toMatch(/ a$/);
  });

  it('follows the list filter, leaves archived initiatives out, and cuts at the limit with the total counted', async () => {
    const { ids, roadmap, groups } = await portfolio({
      first: { leadMinistry: 'TEM', startDate: '2020-01-01', endDate: '2021-01-01' },
      second: { leadMinistry: 'LVM', startDate: '2021-01-01', endDate: '2022-01-01' },
      third: { leadMinistry: 'TEM', startDate: '2022-01-01', endDate: '2023-01-01' },
      archived: { leadMinistry: 'TEM', startDate: '2019-01-01', endDate: '2030-01-01' },
      undated: { leadMinistry: 'TEM' },
    });
    await callerFor(database, coordinator).initiative.remove({ id: ids.archived as string });
    expect(groups(await roadmap({ filter: { leadMinistries: ['TEM'] } }))).toEqual(['TEM: first third']);
    const cut = await roadmap({ limit: 2 });
    // The earliest starts are drawn; the total counts every initiative the filter selects.
    expect(groups(cut)).toEqual(['LVM: second', 'TEM: first']);
    expect(cut).toMatchObject({ total: 4, shown: 2, undatedCount: 1 });
    const archived = await roadmap({ filter: { archived: 'archived' } });
    expect(groups(archived)).toEqual(['TEM: archived']);
  });

  it('lists the initiatives without both dates apart and counts them, drawing none of them', async () => {
    const { ids, roadmap, groups } = await portfolio({
      both: { startDate: '2025-01-01', endDate: '2025-12-31' },
      noEnd: { startDate: '2025-01-01' },
      noStart: { endDate: '2025-12-31' },
      neither: {},
    });
    const result = await roadmap();
    expect(groups(result)).toEqual(['LVM: both']);
    expect(result).toMatchObject({ total: 4, shown: 1, undatedCount: 3 });
    expect(result.undated.map((u) => u.id).sort()).toEqual([ids.noEnd, ids.noStart, ids.neither].sort());
    expect(result.undated.find((u) => u.id === ids.noEnd)).toMatchObject({
      startDate: '2025-01-01',
      endDate: null,
      status: 'ongoing',
      leadMinistry: 'LVM',
    });
  });

  it('marks a milestone overdue when not done and due before today while the initiative is open', async () => {
    const yesterday = addDays(today, -1);
    const milestones = [
      { title: 'Eilen', dueDate: yesterday },
      { title: 'Tänään', dueDate: today },
      { title: 'Tehty', dueDate: addDays(today, -30), doneAt: addDays(today, -31) },
      { title: 'Huomenna', dueDate: addDays(today, 1) },
    ];
    const dates = { startDate: addDays(today, -100), endDate: addDays(today, 100) };
    const { ids, roadmap } = await portfolio({
      open: { ...dates, status: 'ongoing', milestones },
      paused: { ...dates, status: 'paused', milestones: [{ title: 'Eilen', dueDate: yesterday }] },
      completed: { ...dates, status: 'completed', milestones: [{ title: 'Eilen', dueDate: yesterday }] },
    });
    const bars = new Map((await roadmap()).groups.flatMap((g) => g.initiatives).map((b) => [b.id, b]));
    // By due date; only yesterday's open one is overdue (a date of today is due, not late).
    expect(bars.get(ids.open as string)?.milestones).toEqual([
      { title: 'Tehty', dueDate: addDays(today, -30), doneAt: addDays(today, -31), overdue: false },
      { title: 'Eilen', dueDate: yesterday, doneAt: null, overdue: true },
      { title: 'Tänään', dueDate: today, doneAt: null, overdue: false },
      { title: 'Huomenna', dueDate: addDays(today, 1), doneAt: null, overdue: false },
    ]);
    expect(bars.get(ids.paused as string)?.milestones[0]?.overdue).toBe(true);
    // A completed initiative is never late: its open milestone is history, not overdue.
    expect(bars.get(ids.completed as string)?.milestones[0]?.overdue).toBe(false);
    // The list's "milestone overdue" filter selects the same initiatives.
    const overdue = await roadmap({ filter: { milestoneOverdue: true } });
    expect(overdue.groups.flatMap((g) => g.initiatives.map((b) => b.id)).sort()).toEqual(
      [ids.open, ids.paused].sort(),
    );
  });

  it('answers an empty selection with no groups, and a signed-out caller with UNAUTHORIZED', async () => {
    const result = await callerFor(database, viewer).stats.roadmap({ filter: { text: uniqueWord() } });
    expect(result).toMatchObject({ groups: [], total: 0, shown: 0, undatedCount: 0, undated: [] });
    await expect(callerFor(database, null).stats.roadmap({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(callerFor(database, viewer).stats.roadmap({ limit: 2001 } as never)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
