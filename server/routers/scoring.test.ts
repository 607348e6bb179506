import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import { createInitiative, uniqueWord } from '../test/factories.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';

let database: Database;
let coordinator: SessionUser;
let editor: SessionUser;
let viewer: SessionUser;
const as = (user: SessionUser | null) => callerFor(database, user);

beforeAll(async () => {
  database = await createTestDatabase();
  ({ coordinator, editor, viewer } = await createRoleUsers(database));
});
afterAll(() => database.close());

const ALL_BEST = { societal_impact: 5, eu_urgency: 5, cross_ministry_reach: 5, readiness: 5, cost: 1 };

describe('scoring', () => {
  it('starts with the default criteria and Digitoimisto’s default weighting', async () => {
    const criteria = await as(viewer).scoring.criteria();
    expect(criteria.map((c) => [c.key, c.direction])).toEqual([
      ['societal_impact', 'benefit'],
      ['eu_urgency', 'benefit'],
      ['cross_ministry_reach', 'benefit'],
      ['readiness', 'benefit'],
      ['cost', 'cost'],
    ]);
    expect(criteria[0]?.levels).toHaveLength(5);
    const weightings = await as(viewer).scoring.weightings();
    expect(weightings.filter((w) => w.isDefault).map((w) => w.name.fi)).toEqual(['Digitoimisto']);
  });

  it('sets scores under the priority version, and the initiative shows its weighted score', async () => {
    const created = await createInitiative(database, coordinator);
    expect(created.weightedScore).toBeNull();
    const { priorityVersion } = await as(coordinator).scoring.setScores({
      id: created.id,
      priorityVersion: 1,
      scores: ALL_BEST,
    });
    expect(priorityVersion).toBe(2);
    const read = await as(viewer).initiative.get({ id: created.id });
    expect(read).toMatchObject({ scores: ALL_BEST, weightedScore: 100, priorityVersion: 2, version: 1 });
    // The cost criterion counts in reverse: the most costly lowers the score.
    await as(coordinator).scoring.setScores({
      id: created.id,
      priorityVersion: 2,
      scores: { ...ALL_BEST, cost: 5 },
    });
    expect((await as(viewer).initiative.get({ id: created.id })).weightedScore).toBe(85);
    await expect(
      as(coordinator).scoring.setScores({ id: created.id, priorityVersion: 2, scores: ALL_BEST }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses scores of undefined criteria or of an archived initiative, and from editors and viewers', async () => {
    const created = await createInitiative(database, coordinator);
    const archived = await createInitiative(database, coordinator);
    await as(coordinator).initiative.remove({ id: archived.id });
    await expect(
      as(coordinator).scoring.setScores({ id: archived.id, priorityVersion: 1, scores: { cost: 2 } }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      as(coordinator).scoring.setScores({ id: created.id, priorityVersion: 1, scores: { nonsense: 3 } }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('nonsense') });
    for (const user of [editor, viewer]) {
      await expect(
        as(user).scoring.setScores({ id: created.id, priorityVersion: 1, scores: { cost: 3 } }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(
        as(user).scoring.saveWeighting({ name: { fi: 'Oma' }, weights: { cost: 10 } }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('keeps named weightings with versions, one default at a time', async () => {
    const lvm = await as(coordinator).scoring.saveWeighting({
      name: { fi: 'LVM:n painotus' },
      ministry: 'LVM',
      weights: { eu_urgency: 100 },
    });
    expect(lvm).toMatchObject({
      ministry: 'LVM',
      isDefault: false,
      version: 1,
      name: { sv: 'LVM:n painotus' },
    });
    const changed = await as(coordinator).scoring.saveWeighting({
      id: lvm.id,
      version: 1,
      name: { fi: 'LVM:n painotus' },
      ministry: 'LVM',
      weights: { eu_urgency: 60, cost: 40 },
      isDefault: true,
    });
    expect(changed).toMatchObject({ version: 2, isDefault: true });
    expect((await as(viewer).scoring.weightings()).filter((w) => w.isDefault).map((w) => w.id)).toEqual([
      lvm.id,
    ]);
    await expect(
      as(coordinator).scoring.saveWeighting({ id: lvm.id, version: 1, name: { fi: 'x' }, weights: {} }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      as(coordinator).scoring.saveWeighting({
        id: lvm.id,
        version: 2,
        name: { fi: 'x' },
        weights: {},
        isDefault: false,
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // Back to Digitoimisto's own for the other tests.
    const digitoimisto = (await as(viewer).scoring.weightings()).find((w) => w.name.fi === 'Digitoimisto');
    if (!digitoimisto) throw new Error('The default weighting is gone.');
    await as(coordinator).scoring.saveWeighting({ ...digitoimisto, ministry: null, isDefault: true });
  });

  it('compares weightings side by side, with every listed initiative’s place under each', async () => {
    const word = uniqueWord();
    const urgent = await createInitiative(database, coordinator, { title: { fi: `${word} kiireellinen` } });
    const cheap = await createInitiative(database, coordinator, { title: { fi: `${word} halpa` } });
    await as(coordinator).scoring.setScores({
      id: urgent.id,
      priorityVersion: 1,
      scores: { eu_urgency: 5, cost: 5 },
    });
    await as(coordinator).scoring.setScores({
      id: cheap.id,
      priorityVersion: 1,
      scores: { eu_urgency: 1, cost: 1 },
    });
    const byUrgency = await as(coordinator).scoring.saveWeighting({
      name: { fi: 'Kiire' },
      weights: { eu_urgency: 100 },
    });
    const byCost = await as(coordinator).scoring.saveWeighting({
      name: { fi: 'Halpa' },
      weights: { cost: 100 },
    });
    const comparison = await as(viewer).scoring.compare({
      weightingIds: [byUrgency.id, byCost.id],
      filter: { text: word },
      top: 5,
    });
    expect(comparison.ranked).toBe(2);
    expect(comparison.columns.map((col) => col.top.map((t) => [t.id, t.score]))).toEqual([
      [
        [urgent.id, 100],
        [cheap.id, 0],
      ],
      [
        [cheap.id, 100],
        [urgent.id, 0],
      ],
    ]);
    expect(comparison.initiatives.find((i) => i.id === urgent.id)?.positions).toEqual({
      [byUrgency.id]: 1,
      [byCost.id]: 2,
    });
    // The list sorts by score under a chosen weighting too (ascending: the best first), in SQL.
    const unscored = await createInitiative(database, coordinator, {
      title: { fi: `${word} pisteyttämätön` },
    });
    const sorted = async (weightingId: string, direction: 'asc' | 'desc') =>
      (
        await as(viewer).initiative.list({
          filter: { text: word },
          sort: { field: 'score', direction },
          weightingId,
        })
      ).items.map((item) => [item.id, item.weightedScore]);
    expect(await sorted(byUrgency.id, 'asc')).toEqual([
      [urgent.id, 100],
      [cheap.id, 0],
      [unscored.id, null],
    ]);
    expect(await sorted(byCost.id, 'asc')).toEqual([
      [cheap.id, 100],
      [urgent.id, 0],
      [unscored.id, null],
    ]);
    expect((await sorted(byCost.id, 'desc')).map(([id]) => id)).toEqual([urgent.id, cheap.id, unscored.id]);
  });

  it('keeps the scores of a criterion taken out of the list, so putting it back restores them', async () => {
    const created = await createInitiative(database, coordinator);
    await as(coordinator).scoring.setScores({ id: created.id, priorityVersion: 1, scores: ALL_BEST });
    const criteria = await as(viewer).scoring.criteria();
    const withoutCost = criteria.filter((c) => c.key !== 'cost');
    await as(coordinator).scoring.saveCriteria({ criteria: withoutCost });
    expect((await as(viewer).scoring.criteria()).map((c) => c.key)).not.toContain('cost');
    await as(coordinator).scoring.setScores({ id: created.id, priorityVersion: 2, scores: { readiness: 1 } });
    expect((await as(viewer).initiative.get({ id: created.id })).scores).toEqual({ cost: 1, readiness: 1 });
    // A weighting read while "cost" was out still holds its weight, and is taken back as it is.
    const digitoimisto = (await as(viewer).scoring.weightings()).find((w) => w.isDefault);
    if (!digitoimisto) throw new Error('No default weighting.');
    await as(coordinator).scoring.saveWeighting({ ...digitoimisto, ministry: null });
    await as(coordinator).scoring.saveCriteria({ criteria });
    expect((await as(viewer).scoring.criteria()).map((c) => c.key)).toContain('cost');
    await expect(
      as(coordinator).scoring.saveCriteria({
        criteria: [...criteria, criteria[0] as (typeof criteria)[number]],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
