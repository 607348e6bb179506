import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { auditHistory } from '../services/audit.ts';
import { callerFor, UNKNOWN_ID } from '../test/caller.ts';
import { errorShapeOf, euActInput, initiativeInput, rejectionOf, uniqueWord } from '../test/factories.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';

let database: Database;
let coordinator: SessionUser;
let admin: SessionUser;
let editor: SessionUser;
let viewer: SessionUser;
const as = (user: SessionUser | null) => callerFor(database, user);

beforeAll(async () => {
  database = await createTestDatabase();
  coordinator = await createTestUser(database, 'coordinator');
  admin = await createTestUser(database, 'admin');
  editor = await createTestUser(database, 'editor', 'LVM');
  viewer = await createTestUser(database, 'viewer');
});
afterAll(() => database.close());

describe('euAct.create and euAct.list', () => {
  it('adds an act with all its fields, and lists the catalogue by short name', async () => {
    const prefix = uniqueWord('Test ');
    const created = await as(coordinator).euAct.create(
      euActInput({
        shortName: `${prefix} B`,
        number: '(EU) 2024/1689',
        celex: '32024R1689',
        kind: 'regulation',
        title: {
          fi: 'Tekoälysäädös',
          sv: 'Förordningen om artificiell intelligens',
          en: 'Artificial Intelligence Act',
        },
        adoptedOn: '2024-06-13',
        entryIntoForceOn: '2024-08-01',
        applicationOn: '2026-08-02',
        keyDates: [{ label: { fi: 'Kiellot voimaan' }, date: '2025-02-02' }],
        finnishLead: 'TEM',
      }),
    );
    expect(created).toMatchObject({
      version: 1,
      shortName: `${prefix} B`,
      number: '(EU) 2024/1689',
      celex: '32024R1689',
      title: {
        fi: 'Tekoälysäädös',
        sv: 'Förordningen om artificiell intelligens',
        en: 'Artificial Intelligence Act',
      },
      adoptedOn: '2024-06-13',
      entryIntoForceOn: '2024-08-01',
      applicationOn: '2026-08-02',
      transpositionDeadline: null,
      keyDates: [{ label: { fi: 'Kiellot voimaan', sv: null, en: null }, date: '2025-02-02' }],
      finnishLead: 'TEM',
    });
    await as(admin).euAct.create(euActInput({ shortName: `${prefix} C` }));
    await as(coordinator).euAct.create(euActInput({ shortName: `${prefix} A` }));

    const list = await as(viewer).euAct.list();
    const mine = list.filter((act) => act.shortName.startsWith(prefix)).map((act) => act.shortName);
    expect(mine).toEqual([`${prefix} A`, `${prefix} B`, `${prefix} C`]);
    // The catalogue adds what is coming and the linked counts to each act (see eu-act-catalogue.test.ts).
    expect(list.find((act) => act.id === created.id)).toMatchObject(created);
  });

  it('is FORBIDDEN for editors and viewers, and UNAUTHORIZED without a session', async () => {
    await expect(as(editor).euAct.create(euActInput())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(viewer).euAct.create(euActInput())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(null).euAct.create(euActInput())).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(as(null).euAct.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('refuses a short name already in the catalogue, naming shortName', async () => {
    const existing = await as(coordinator).euAct.create(euActInput());
    const error = await rejectionOf(
      as(coordinator).euAct.create(euActInput({ shortName: existing.shortName })),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain(existing.shortName);
    expect(errorShapeOf(error).data.fieldErrors).toEqual({ shortName: [error.message] });
  });

  // Several instances share one PostgreSQL: two coordinators saving at once must not get a 500.
  it('refuses a short name taken by a simultaneous save with BAD_REQUEST, never a server error', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const input = euActInput();
      const results = await Promise.allSettled([
        as(coordinator).euAct.create(input),
        as(admin).euAct.create(input),
      ]);
      const outcomes = results.map((r) =>
        r.status === 'fulfilled' ? 'created' : (r.reason as { code: string }).code,
      );
      expect(outcomes.sort()).toEqual(['BAD_REQUEST', 'created']);
    }
  });

  it('refuses a malformed CELEX number and a missing Finnish title, naming the fields', async () => {
    const error = await rejectionOf(
      as(coordinator).euAct.create(euActInput({ celex: 'AI-ACT', title: { fi: '', en: 'Act' } })),
    );
    expect(error.code).toBe('BAD_REQUEST');
    const shape = errorShapeOf(error);
    expect(shape.message).toContain('CELEX number: A CELEX number looks like 32024R1689.');
    expect(shape.message).toContain('Official title in Finnish: The Finnish text is required.');
    expect(Object.keys(shape.data.fieldErrors ?? {})).toEqual(['celex', 'title.fi']);
  });

  it('refuses a NUL byte or a lone surrogate in any text of an act, naming the field', async () => {
    const cases: [Parameters<typeof euActInput>[0], string, string][] = [
      [{ title: { fi: 'Asetus\u0000' } }, 'title.fi', 'Official title in Finnish'],
      [{ shortName: `${uniqueWord()}\ud800` }, 'shortName', 'Short name'],
      [{ number: '2022/\u00002555' }, 'number', 'Act number'],
      [
        { keyDates: [{ label: { fi: 'Raportti', en: 'Report \udc00' }, date: '2026-01-01' }] },
        'keyDates.0.label.en',
        'Date 1 description in English',
      ],
    ];
    for (const [overrides, field, label] of cases) {
      const error = await rejectionOf(as(coordinator).euAct.create(euActInput(overrides)));
      expect(error.code, field).toBe('BAD_REQUEST');
      const shape = errorShapeOf(error);
      expect(Object.keys(shape.data.fieldErrors ?? {}), field).toEqual([field]);
      expect(shape.message, field).toContain(`${label}: The text contains a character that cannot be stored`);
    }
  });
});

describe('euAct.get', () => {
  it('gives the act with its linked initiatives, grouped by relation, archived ones marked', async () => {
    const act = await as(coordinator).euAct.create(euActInput());
    const link = (relation: 'implements' | 'influences' | 'funded_by', deadline: string | null = null) => ({
      euActId: act.id,
      relation,
      deadline,
    });
    const make = (title: string, euImpacts: ReturnType<typeof link>[]) =>
      as(coordinator).initiative.create(initiativeInput({ title: { fi: title }, euImpacts }));
    const b = await make('B toimeenpano', [link('implements', '2027-08-02')]);
    const a = await make('A toimeenpano', [link('implements', '2026-08-02')]);
    const c = await make('C vaikuttaminen', [link('influences')]);
    const d = await make('D rahoitus ja vaikuttaminen', [link('funded_by'), link('influences')]);
    await make('Ei linkkiä', []);
    await as(coordinator).initiative.remove({ id: d.id });

    const read = await as(viewer).euAct.get({ id: act.id });
    expect(read.shortName).toBe(act.shortName);
    expect(read.initiatives.map((i) => [i.relation, i.id])).toEqual([
      ['funded_by', d.id],
      ['implements', a.id],
      ['implements', b.id],
      ['influences', c.id],
      ['influences', d.id],
    ]);
    expect(read.initiatives[1]).toEqual({
      id: a.id,
      title: { fi: 'A toimeenpano', sv: null, en: null },
      leadMinistry: 'LVM',
      status: 'ongoing',
      relation: 'implements',
      deadline: '2026-08-02',
      archived: false,
    });
    expect(read.initiatives.filter((i) => i.archived).map((i) => i.id)).toEqual([d.id, d.id]);
    // Each relation forms one contiguous group.
    const relations = read.initiatives.map((i) => i.relation);
    expect(relations.filter((r, index) => r !== relations[index - 1])).toEqual([...new Set(relations)]);
  });

  it('is NOT_FOUND for an unknown id and BAD_REQUEST for a malformed one', async () => {
    await expect(as(viewer).euAct.get({ id: UNKNOWN_ID })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const error = await rejectionOf(as(viewer).euAct.get({ id: 'ai-act' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(errorShapeOf(error).message).toBe(
      'Identifier: This is not a valid identifier (a UUID); check the link.',
    );
  });
});

describe('euAct.update', () => {
  it('changes the act and bumps its version', async () => {
    const act = await as(coordinator).euAct.create(euActInput());
    const updated = await as(coordinator).euAct.update({
      id: act.id,
      version: 1,
      data: euActInput({ shortName: act.shortName, transpositionDeadline: '2026-10-17', kind: 'directive' }),
    });
    expect(updated).toMatchObject({
      id: act.id,
      version: 2,
      kind: 'directive',
      transpositionDeadline: '2026-10-17',
    });
    expect((await as(viewer).euAct.get({ id: act.id })).version).toBe(2);
  });

  it('is FORBIDDEN for editors and viewers, and the act stays as it was', async () => {
    const act = await as(coordinator).euAct.create(euActInput());
    for (const user of [editor, viewer]) {
      await expect(
        as(user).euAct.update({ id: act.id, version: 1, data: euActInput({ shortName: 'Hijacked' }) }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await as(viewer).euAct.get({ id: act.id })).toMatchObject({
      shortName: act.shortName,
      version: 1,
    });
  });

  it('answers a stale version with CONFLICT and the current version, and changes nothing', async () => {
    const act = await as(coordinator).euAct.create(euActInput());
    await as(coordinator).euAct.update({
      id: act.id,
      version: 1,
      data: euActInput({
        shortName: act.shortName,
        title: { fi: 'Muutettu asetus', en: 'Changed regulation' },
      }),
    });
    const error = await rejectionOf(
      as(admin).euAct.update({
        id: act.id,
        version: 1,
        data: euActInput({ shortName: `${act.shortName} v2` }),
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(errorShapeOf(error).data.details).toEqual({ currentVersion: 2 });
    expect(await as(viewer).euAct.get({ id: act.id })).toMatchObject({
      shortName: act.shortName,
      version: 2,
    });
  });

  it("refuses another act's short name, naming shortName, but keeps its own", async () => {
    const first = await as(coordinator).euAct.create(euActInput());
    const second = await as(coordinator).euAct.create(euActInput());
    const error = await rejectionOf(
      as(coordinator).euAct.update({
        id: second.id,
        version: 1,
        data: euActInput({ shortName: first.shortName }),
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(errorShapeOf(error).data.fieldErrors).toHaveProperty('shortName');
    const same = await as(coordinator).euAct.update({
      id: second.id,
      version: 1,
      data: euActInput({ shortName: second.shortName, number: '2022/2555' }),
    });
    expect(same).toMatchObject({ shortName: second.shortName, number: '2022/2555', version: 2 });
  });

  it('treats an upper-case id as the same act in get, update and history', async () => {
    const act = await as(coordinator).euAct.create(euActInput());
    const upper = act.id.toUpperCase();
    expect((await as(viewer).euAct.get({ id: upper })).id).toBe(act.id);
    const updated = await as(coordinator).euAct.update({
      id: upper,
      version: 1,
      data: euActInput({ shortName: act.shortName, celex: '32024R1689' }),
    });
    expect(updated).toMatchObject({ id: act.id, version: 2, celex: '32024R1689' });
    expect((await as(viewer).euAct.history({ id: upper })).map((e) => [e.version, e.entityId])).toEqual([
      [2, act.id],
      [1, act.id],
    ]);
  });

  it('is NOT_FOUND for an unknown act', async () => {
    await expect(
      as(coordinator).euAct.update({ id: UNKNOWN_ID, version: 1, data: euActInput() }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  // DESIGN.md: an audit event says "who changed what, when, with the field-level before/after".
  it('records who changed which fields of the act, before and after', async () => {
    const act = await as(coordinator).euAct.create(euActInput({ transpositionDeadline: '2026-01-01' }));
    await as(admin).euAct.update({
      id: act.id,
      version: 1,
      data: euActInput({ shortName: act.shortName, transpositionDeadline: '2026-07-01' }),
    });
    const [latest] = await auditHistory(database.db, 'eu_act', act.id);
    expect(latest).toMatchObject({ action: 'update', version: 2, actorName: admin.displayName });
    expect(latest?.changes).toContainEqual(
      expect.objectContaining({ field: 'transpositionDeadline', before: '2026-01-01', after: '2026-07-01' }),
    );
  });

  it('serves the history through euAct.history to any signed-in user, newest first', async () => {
    const act = await as(coordinator).euAct.create(euActInput());
    await as(coordinator).euAct.update({
      id: act.id,
      version: 1,
      data: euActInput({ shortName: act.shortName, celex: '32024R1689' }),
    });
    const history = await as(viewer).euAct.history({ id: act.id });
    expect(history.map((event) => [event.action, event.version])).toEqual([
      ['update', 2],
      ['create', 1],
    ]);
    expect(history[0]?.changes).toEqual([{ field: 'celex', before: null, after: '32024R1689' }]);
    await expect(as(null).euAct.history({ id: act.id })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(as(viewer).euAct.history({ id: UNKNOWN_ID })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
