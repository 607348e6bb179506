import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { createEuAct, initiativeInput } from '../test/factories.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';
import { createCallerFactory, createContextInner } from '../trpc.ts';
import { appRouter } from './_app.ts';

const createCaller = createCallerFactory(appRouter);
let database: Database;
let coordinator: SessionUser;
let editor: SessionUser;
let viewer: SessionUser;
const as = (user: SessionUser | null) => createCaller(createContextInner({ database, user }));

beforeAll(async () => {
  database = await createTestDatabase();
  coordinator = await createTestUser(database, 'coordinator');
  editor = await createTestUser(database, 'editor', 'LVM');
  viewer = await createTestUser(database, 'viewer');
});
afterAll(() => database.close());

describe('initiative router', () => {
  it('creates, reads, lists and searches with Finnish stemming', async () => {
    const act = await createEuAct(database, coordinator, { shortName: 'Data Act test' });
    const created = await as(editor).initiative.create(
      initiativeInput({
        title: { fi: 'Datatalouden hanke', sv: 'Dataekonomins projekt' },
        euImpacts: [{ euActId: act.id, relation: 'implements', deadline: '2099-01-01' }],
        milestones: [{ title: 'Lausunnot', dueDate: '2026-01-15' }],
      }),
    );
    expect(created.version).toBe(1);
    expect(created.euImpacts[0]?.euActShortName).toBe('Data Act test');
    expect(created.nearestEuDeadline).toBe('2099-01-01');
    const read = await as(viewer).initiative.get({ id: created.id });
    expect(read.title.fi).toBe('Datatalouden hanke');
    const found = await as(viewer).initiative.list({ filter: { text: 'hankkeiden' } });
    expect(found.items.map((i) => i.id)).toContain(created.id);
    expect(found.items.find((i) => i.id === created.id)?.highlight?.title).toContain('\u27E6hanke\u27E7');
  });

  it('answers UNAUTHORIZED without a session and FORBIDDEN for a viewer', async () => {
    await expect(as(null).initiative.list({})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(as(viewer).initiative.create(initiativeInput())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
