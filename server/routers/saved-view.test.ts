import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import { errorShapeOf, rejectionOf } from '../test/factories.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';

let database: Database;
let coordinator: SessionUser;
let otherCoordinator: SessionUser;
let editor: SessionUser;
let viewer: SessionUser;
let otherViewer: SessionUser;
const as = (user: SessionUser | null) => callerFor(database, user);
const listIds = async (user: SessionUser) => (await as(user).savedView.list()).map((view) => view.id);

beforeAll(async () => {
  database = await createTestDatabase();
  coordinator = await createTestUser(database, 'coordinator');
  otherCoordinator = await createTestUser(database, 'coordinator');
  editor = await createTestUser(database, 'editor', 'LVM');
  viewer = await createTestUser(database, 'viewer');
  otherViewer = await createTestUser(database, 'viewer');
});
afterAll(() => database.close());

describe('savedView.create and savedView.list', () => {
  it('saves a private view with its filter and sort, seen by its owner only', async () => {
    const view = await as(viewer).savedView.create({
      name: ' LVM:n käynnissä olevat ',
      filter: { ministries: ['LVM'], statuses: ['ongoing'], euDeadlineWithinDays: 90 },
      sort: { field: 'nearestEuDeadline', direction: 'asc' },
    });
    expect(view).toMatchObject({
      name: 'LVM:n käynnissä olevat',
      shared: false,
      ownerId: viewer.id,
      ownerName: viewer.displayName,
      filter: { ministries: ['LVM'], statuses: ['ongoing'], euDeadlineWithinDays: 90 },
      sort: { field: 'nearestEuDeadline', direction: 'asc' },
    });
    expect(view.createdAt).toBeInstanceOf(Date);
    expect((await as(viewer).savedView.list()).find((v) => v.id === view.id)).toEqual(view);
    for (const other of [otherViewer, editor, coordinator])
      expect(await listIds(other)).not.toContain(view.id);
  });

  it('shares a coordinator’s view with everyone', async () => {
    const view = await as(coordinator).savedView.create({
      name: 'Kriittiset',
      filter: { tiers: ['critical'] },
      shared: true,
    });
    expect(view.sort).toBeNull();
    for (const user of [viewer, otherViewer, editor, otherCoordinator, coordinator])
      expect(await listIds(user)).toContain(view.id);
  });

  it('lets only coordinators share (FORBIDDEN for viewers and editors), and saves nothing then', async () => {
    for (const user of [viewer, editor]) {
      const error = await rejectionOf(
        as(user).savedView.create({ name: `Jaettu ${user.role}`, filter: {}, shared: true }),
      );
      expect(error.code).toBe('FORBIDDEN');
    }
    const names = (await as(otherViewer).savedView.list()).map((v) => v.name);
    expect(names).not.toContain('Jaettu viewer');
    expect(names).not.toContain('Jaettu editor');
  });

  it('rejects a bad filter or an empty name, naming the fields', async () => {
    const error = await rejectionOf(
      as(viewer).savedView.create({ name: ' ', filter: { statuses: ['bogus' as never] } }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(Object.keys(errorShapeOf(error).data.fieldErrors ?? {}).sort()).toEqual([
      'filter.statuses.0',
      'name',
    ]);
  });

  it('refuses a NUL byte or a lone surrogate in the name or the search text, naming the field', async () => {
    const cases: [Parameters<ReturnType<typeof as>['savedView']['create']>[0], string][] = [
      [{ name: 'Näkymä\u0000', filter: {} }, 'name'],
      [{ name: '\ud800 Näkymä', filter: {} }, 'name'],
      [{ name: 'Haku', filter: { text: 'tekoäly\udbff' } }, 'filter.text'],
    ];
    for (const [input, field] of cases) {
      const error = await rejectionOf(as(viewer).savedView.create(input));
      expect(error.code).toBe('BAD_REQUEST');
      expect(Object.keys(errorShapeOf(error).data.fieldErrors ?? {})).toEqual([field]);
    }
    expect((await as(viewer).savedView.list()).map((v) => v.name)).not.toContain('Haku');
  });

  it('needs a session', async () => {
    await expect(as(null).savedView.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(as(null).savedView.create({ name: 'x', filter: {} })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});

describe('savedView.remove', () => {
  it('lets the owner delete their own view', async () => {
    const view = await as(viewer).savedView.create({ name: 'Poistettava', filter: {} });
    expect(await as(viewer).savedView.remove({ id: view.id })).toEqual({ ok: true });
    expect(await listIds(viewer)).not.toContain(view.id);
    await expect(as(viewer).savedView.remove({ id: view.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("treats someone else's private view as not there, even for a coordinator", async () => {
    const view = await as(viewer).savedView.create({ name: 'Oma', filter: {} });
    await expect(as(otherViewer).savedView.remove({ id: view.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(as(coordinator).savedView.remove({ id: view.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await listIds(viewer)).toContain(view.id);
  });

  it('lets another coordinator delete a shared view, but not a viewer or an editor', async () => {
    const view = await as(coordinator).savedView.create({ name: 'Yhteinen', filter: {}, shared: true });
    await expect(as(viewer).savedView.remove({ id: view.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(editor).savedView.remove({ id: view.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await listIds(viewer)).toContain(view.id);
    await as(otherCoordinator).savedView.remove({ id: view.id });
    expect(await listIds(viewer)).not.toContain(view.id);
  });

  it('treats an upper-case id as the same view', async () => {
    const actId = crypto.randomUUID();
    const view = await as(viewer).savedView.create({
      name: 'Isot kirjaimet',
      filter: { euActs: [actId.toUpperCase()] },
    });
    expect(view.filter.euActs).toEqual([actId]);
    expect(await as(viewer).savedView.remove({ id: view.id.toUpperCase() })).toEqual({ ok: true });
    expect(await listIds(viewer)).not.toContain(view.id);
  });

  it('is BAD_REQUEST naming id for a malformed id', async () => {
    const error = await rejectionOf(as(viewer).savedView.remove({ id: 'view-1' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(errorShapeOf(error).message).toBe(
      'Identifier: This is not a valid identifier (a UUID); check the link.',
    );
  });
});
