import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tier } from '../../shared/codes.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import { type Initiative, type InitiativeInput, initiativeInputSchema } from '../../shared/initiative.ts';
import type {
  InitiativeFilter,
  InitiativeListInput,
  InitiativeSort,
} from '../../shared/initiative-filter.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { applyUpdate, insertInitiative } from '../services/initiative.ts';
import { callerFor, UNKNOWN_ID } from '../test/caller.ts';
import {
  createEuAct,
  errorShapeOf,
  initiativeInput,
  inputOf,
  rejectionOf,
  uniqueProjectNumber,
  uniqueWord,
} from '../test/factories.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';

let database: Database;
let coordinator: SessionUser;
let editor: SessionUser;
let viewer: SessionUser;
const as = (user: SessionUser | null) => callerFor(database, user);

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
    await expect(as(viewer).initiative.create(initiativeInput())).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('initiative.create and initiative.get', () => {
  it('keeps every field and says who created it', async () => {
    const act = await createEuAct(database, coordinator);
    const today = todayInFinland();
    const projectNumber = uniqueProjectNumber('VM');
    const created = await as(coordinator).initiative.create(
      initiativeInput({
        projectNumber: projectNumber.toLowerCase(),
        caseNumbers: ['VN/25733/2021'],
        title: { fi: 'Digitaalinen henkilöllisyys', sv: 'Digital identitet', en: 'Digital identity' },
        kind: 'law_drafting',
        preparationStage: 'consultation',
        track: 'public_administration',
        themes: ['digital_identity', 'public_services'],
        leadMinistry: 'VM',
        participatingMinistries: ['LVM', 'SM'],
        status: 'preparation',
        startDate: '2024-01-01',
        endDate: '2027-12-31',
        budgetCents: 1_250_000_00,
        fundingSources: ['national_budget', 'eu_rrf'],
        contact: { name: 'Maija Meikäläinen', email: 'maija.meikalainen@vm.fi' },
        links: [{ label: 'Hankeikkuna', url: 'https://valtioneuvosto.fi/hanke' }],
        milestones: [
          { title: 'Lausuntokierros', dueDate: '2025-03-01', doneAt: '2025-02-20' },
          { title: 'HE eduskuntaan', dueDate: '2026-10-01' },
        ],
        euImpacts: [
          { euActId: act.id, relation: 'implements', deadline: addDays(today, -1), note: 'Myöhässä' },
          { euActId: act.id, relation: 'reports_to', deadline: addDays(today, 30) },
        ],
      }),
    );
    expect(created).toMatchObject({
      version: 1,
      projectNumber,
      caseNumbers: ['VN/25733/2021'],
      title: { fi: 'Digitaalinen henkilöllisyys', sv: 'Digital identitet', en: 'Digital identity' },
      preparationStage: 'consultation',
      participatingMinistries: ['LVM', 'SM'],
      // The priority is not a field of the form: a new initiative waits unprioritised for the board.
      tier: 'unprioritised',
      rank: null,
      priorityVersion: 1,
      budgetCents: 125_000_000,
      contact: { name: 'Maija Meikäläinen', email: 'maija.meikalainen@vm.fi' },
      milestones: [
        { title: 'Lausuntokierros', dueDate: '2025-03-01', doneAt: '2025-02-20' },
        { title: 'HE eduskuntaan', dueDate: '2026-10-01', doneAt: null },
      ],
      euImpacts: [
        {
          euActId: act.id,
          euActShortName: act.shortName,
          relation: 'implements',
          deadline: addDays(today, -1),
          note: 'Myöhässä',
        },
        {
          euActId: act.id,
          euActShortName: act.shortName,
          relation: 'reports_to',
          deadline: addDays(today, 30),
          note: null,
        },
      ],
      // The deadline that passed yesterday is overdue, and an open initiative is watched by it (shared/lateness.ts).
      nearestEuDeadline: addDays(today, -1),
      archivedAt: null,
      createdBy: coordinator.displayName,
      updatedBy: coordinator.displayName,
    });
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(await as(viewer).initiative.get({ id: created.id })).toEqual(created);
  });

  it('lets an editor create only for their own ministry', async () => {
    const own = await as(editor).initiative.create(
      initiativeInput({ leadMinistry: 'LVM', participatingMinistries: ['VM'] }),
    );
    expect(own.leadMinistry).toBe('LVM');
    const error = await rejectionOf(as(editor).initiative.create(initiativeInput({ leadMinistry: 'VM' })));
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toContain('led by VM');
  });

  it("does not let an editor set Digitoimisto's assessment, nor anyone the tier through the form", async () => {
    await expect(
      as(editor).initiative.create(initiativeInput({ digitoimistoHealth: { rating: 'green' } })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // A tier sent with the fields (an old client) is not a field: it is dropped, not taken.
    const created = await as(coordinator).initiative.create({
      ...initiativeInput(),
      tier: 'critical',
    } as never);
    expect(created.tier).toBe('unprioritised');
  });

  it('names the field of a bad input in the message and the field errors', async () => {
    const error = await rejectionOf(
      as(coordinator).initiative.create(initiativeInput({ title: { fi: '' } })),
    );
    expect(error.code).toBe('BAD_REQUEST');
    const shape = errorShapeOf(error, 'initiative.create');
    expect(shape.message).toBe('Title in Finnish: The Finnish text is required.');
    expect(shape.data.fieldErrors).toEqual({ 'title.fi': ['The Finnish text is required.'] });
    expect(shape.data.code).toBe('BAD_REQUEST');
    expect(shape.data.httpStatus).toBe(400);
  });

  it('names both fields when an input has two problems', async () => {
    const error = await rejectionOf(
      as(coordinator).initiative.create(
        initiativeInput({
          startDate: '2026-01-01',
          endDate: '2025-01-01',
          links: [{ label: 'x', url: 'javascript:alert(1)' }],
        }),
      ),
    );
    const shape = errorShapeOf(error);
    expect(Object.keys(shape.data.fieldErrors ?? {}).sort()).toEqual(['endDate', 'links.0.url']);
    expect(shape.message).toContain('Link 1 address: A link must be a full http:// or https:// address.');
  });

  it('refuses a NUL byte or a lone surrogate in any text with BAD_REQUEST naming the field, and stores nothing', async () => {
    const word = uniqueWord();
    const cases: [Partial<InitiativeInput>, string, string][] = [
      [{ title: { fi: `${word} \u0000` } }, 'title.fi', 'Title in Finnish'],
      [{ title: { fi: word, sv: 'Projekt \ud800' } }, 'title.sv', 'Title in Swedish'],
      [{ summary: { fi: '\udfff alku' } }, 'summary.fi', 'Summary in Finnish'],
      [
        { milestones: [{ title: 'Lausunnot\u0000', dueDate: '2026-01-15' }] },
        'milestones.0.title',
        'Milestone 1 title',
      ],
      [{ links: [{ label: 'Sivu \ud83d', url: 'https://example.fi' }] }, 'links.0.label', 'Link 1 text'],
      [{ contact: { name: 'Maija\u0000' } }, 'contact.name', 'Contact person’s name'],
      [
        { ministryHealth: { rating: 'amber', reason: 'Myöhässä \udc00' } },
        'ministryHealth.reason',
        "Lead ministry's reason",
      ],
    ];
    for (const [overrides, field, label] of cases) {
      const error = await rejectionOf(
        as(coordinator).initiative.create(initiativeInput({ title: { fi: word }, ...overrides })),
      );
      expect(error.code, field).toBe('BAD_REQUEST');
      const shape = errorShapeOf(error, 'initiative.create');
      expect(Object.keys(shape.data.fieldErrors ?? {}), field).toEqual([field]);
      expect(shape.message).toMatch(new RegExp(`^${label}: The text contains a character`));
    }
    // A well-formed pair (an emoji) and tabs and line breaks are text like any other.
    const emoji = await as(coordinator).initiative.create(
      initiativeInput({ title: { fi: `${word} \u{1F680}` }, summary: { fi: 'Rivi 1\n\tRivi 2\r\n' } }),
    );
    expect(emoji.title.fi).toBe(`${word} \u{1F680}`);
    expect((await as(viewer).initiative.list({ filter: { text: word } })).items.map((i) => i.id)).toEqual([
      emoji.id,
    ]);
  });

  it('refuses a link with a user name or password in it, naming links.N.url', async () => {
    for (const url of [
      'https://evil.example@good.fi',
      'https://user:secret@good.fi/x',
      'http://:pw@good.fi',
    ]) {
      const error = await rejectionOf(
        as(coordinator).initiative.create(initiativeInput({ links: [{ label: 'Sivu', url }] })),
      );
      expect(error.code, url).toBe('BAD_REQUEST');
      expect(errorShapeOf(error).data.fieldErrors, url).toEqual({
        'links.0.url': ['Remove the user name or password from the address.'],
      });
    }
    const fine = await as(coordinator).initiative.create(
      initiativeInput({ links: [{ label: 'Sivu', url: 'https://good.fi/hanke?email=a@b.fi#x@y' }] }),
    );
    expect(fine.links[0]?.url).toBe('https://good.fi/hanke?email=a@b.fi#x@y');
  });

  it('refuses an EU act that is not in the catalogue, naming euImpacts.N.euActId', async () => {
    const act = await createEuAct(database, coordinator);
    const error = await rejectionOf(
      as(coordinator).initiative.create(
        initiativeInput({
          euImpacts: [
            { euActId: act.id, relation: 'implements' },
            { euActId: UNKNOWN_ID, relation: 'influences' },
          ],
        }),
      ),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(errorShapeOf(error).data.fieldErrors).toEqual({
      'euImpacts.1.euActId': ['That EU act is not in the catalogue.'],
    });
    const zeroth = await rejectionOf(
      as(coordinator).initiative.create(
        initiativeInput({ euImpacts: [{ euActId: UNKNOWN_ID, relation: 'implements' }] }),
      ),
    );
    expect(errorShapeOf(zeroth).data.fieldErrors).toHaveProperty(['euImpacts.0.euActId']);
  });

  it('refuses a project number already in use, in any case, naming projectNumber', async () => {
    const projectNumber = uniqueProjectNumber('LVM');
    const first = await as(coordinator).initiative.create(initiativeInput({ projectNumber }));
    const error = await rejectionOf(
      as(coordinator).initiative.create(initiativeInput({ projectNumber: projectNumber.toLowerCase() })),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain(first.title.fi);
    expect(errorShapeOf(error).data.fieldErrors).toHaveProperty(['projectNumber']);
  });

  // Several instances share one PostgreSQL: two people saving at once must not get a 500.
  it('refuses a project number taken by a simultaneous save with BAD_REQUEST, never a server error', async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const input = initiativeInput({ projectNumber: uniqueProjectNumber('LVM') });
      const results = await Promise.allSettled([
        as(coordinator).initiative.create(input),
        as(editor).initiative.create({ ...input, title: { fi: `${input.title.fi} toinen` } }),
      ]);
      const outcomes = results.map((r) =>
        r.status === 'fulfilled' ? 'created' : (r.reason as { code: string }).code,
      );
      expect(outcomes.sort()).toEqual(['BAD_REQUEST', 'created']);
    }
  });

  it('stamps a new assessment with today and the author, whatever date and author the form sends', async () => {
    const created = await as(editor).initiative.create(
      initiativeInput({ ministryHealth: { rating: 'amber', reason: 'Resurssit niukat' } }),
    );
    expect(created.ministryHealth).toEqual({
      rating: 'amber',
      reason: 'Resurssit niukat',
      assessedOn: todayInFinland(),
      assessedBy: editor.displayName,
    });
    expect(created.digitoimistoHealth).toEqual({
      rating: 'not_assessed',
      reason: null,
      assessedOn: null,
      assessedBy: null,
    });
    const brought = await as(coordinator).initiative.create(
      initiativeInput({
        ministryHealth: { rating: 'green', assessedOn: '2025-01-15', assessedBy: 'Ministeriön raportti' },
      }),
    );
    // Only imports may bring their own stamps; from the API's users they would be forgeable.
    expect(brought.ministryHealth).toEqual({
      rating: 'green',
      reason: null,
      assessedOn: todayInFinland(),
      assessedBy: coordinator.displayName,
    });
  });

  it('clears the date and author when an assessment is reset to not assessed', async () => {
    const created = await as(coordinator).initiative.create(
      initiativeInput({ ministryHealth: { rating: 'red', reason: 'Myöhässä' } }),
    );
    const reset = await as(coordinator).initiative.update({
      id: created.id,
      version: created.version,
      data: inputOf(created, {
        ministryHealth: { rating: 'not_assessed', reason: null, assessedOn: '2026-01-01', assessedBy: 'X' },
      }),
    });
    expect(reset.ministryHealth).toEqual({
      rating: 'not_assessed',
      reason: null,
      assessedOn: null,
      assessedBy: null,
    });
  });

  it('is NOT_FOUND for an unknown id and BAD_REQUEST naming id for a malformed one', async () => {
    const missing = await rejectionOf(as(viewer).initiative.get({ id: UNKNOWN_ID }));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toMatch(/^The initiative was not found/);
    const malformed = await rejectionOf(as(viewer).initiative.get({ id: 'LVM066' }));
    expect(malformed.code).toBe('BAD_REQUEST');
    const shape = errorShapeOf(malformed, 'initiative.get');
    expect(shape.message).toBe('Identifier: This is not a valid identifier (a UUID); check the link.');
    expect(shape.data.fieldErrors).toEqual({
      id: ['This is not a valid identifier (a UUID); check the link.'],
    });
  });
});

describe('initiative.list', () => {
  const today = todayInFinland();
  let token: string;
  let a: Initiative;
  let b: Initiative;
  let c: Initiative;
  let d: Initiative;
  let e: Initiative;
  let actOne: string;
  let actTwo: string;
  const projectNumbers = {
    a: uniqueProjectNumber('LVM'),
    b: uniqueProjectNumber('VM'),
    e: uniqueProjectNumber('STM'),
  };

  /** The ids the list gives for a filter, scoped to this block's initiatives by their shared word. */
  async function ids(
    filter: InitiativeFilter = {},
    sort?: InitiativeSort,
    rest: Partial<InitiativeListInput> = {},
  ) {
    const result = await as(viewer).initiative.list({
      filter: { text: token, ...filter },
      ...(sort ? { sort } : {}),
      ...rest,
    });
    return result.items.map((item) => item.id);
  }
  const named = (list: string[]) =>
    list.map((id) => ({ [a.id]: 'a', [b.id]: 'b', [c.id]: 'c', [d.id]: 'd', [e.id]: 'e' })[id] ?? id);

  beforeAll(async () => {
    token = uniqueWord();
    actOne = (await createEuAct(database, coordinator)).id;
    actTwo = (await createEuAct(database, coordinator)).id;
    const create = async (
      letter: string,
      { tier, ...input }: Parameters<typeof initiativeInput>[0] & { tier?: Tier },
    ) => {
      const created = await as(coordinator).initiative.create(
        initiativeInput({ title: { fi: `${token} ${letter}` }, ...input }),
      );
      // Onto the board as a coordinator does it: the tier is the board's, not the form's.
      if (tier) await as(coordinator).board.move({ id: created.id, priorityVersion: 1, tier });
      return created;
    };
    a = await create('a', {
      projectNumber: projectNumbers.a,
      leadMinistry: 'LVM',
      participatingMinistries: ['VM'],
      status: 'ongoing',
      kind: 'development_project',
      track: 'digitalisation_data_economy',
      themes: ['ai'],
      ministryHealth: { rating: 'green' },
      digitoimistoHealth: { rating: 'green' },
      tier: 'critical',
      endDate: '2026-06-30',
      euImpacts: [{ euActId: actOne, relation: 'implements', deadline: addDays(today, 10) }],
    });
    b = await create('b', {
      projectNumber: projectNumbers.b,
      leadMinistry: 'VM',
      status: 'planned',
      kind: 'law_drafting',
      track: 'public_administration',
      themes: ['cybersecurity', 'data_economy'],
      ministryHealth: { rating: 'red' },
      tier: 'high',
      endDate: '2025-12-31',
      euImpacts: [{ euActId: actTwo, relation: 'influences', deadline: addDays(today, 100) }],
    });
    c = await create('c', {
      leadMinistry: 'TEM',
      participatingMinistries: ['LVM', 'OKM'],
      status: 'completed',
      kind: 'programme_strategy',
      track: 'digitalisation_data_economy',
      ministryHealth: { rating: 'green' },
      digitoimistoHealth: { rating: 'red' },
      tier: 'medium',
      euImpacts: [{ euActId: actOne, relation: 'affected_by', deadline: addDays(today, -1) }],
    });
    d = await create('d', {
      leadMinistry: 'OKM',
      status: 'paused',
      kind: 'working_group',
      track: 'public_administration',
      themes: ['skills'],
      digitoimistoHealth: { rating: 'amber' },
      tier: 'low',
    });
    e = await create('e', {
      projectNumber: projectNumbers.e,
      leadMinistry: 'STM',
      status: 'preparation',
      kind: 'law_drafting',
      track: 'public_administration',
      themes: ['health_data'],
      ministryHealth: { rating: 'amber' },
      digitoimistoHealth: { rating: 'amber' },
      endDate: '2027-01-01',
      euImpacts: [{ euActId: actTwo, relation: 'implements', deadline: today }],
    });
    await as(coordinator).initiative.remove({ id: d.id });
    // c is the one touched last.
    c = await as(coordinator).initiative.update({
      id: c.id,
      version: 1,
      data: inputOf(c, { summary: { fi: 'Päivitetty.' } }),
    });
  });

  it('hides archived initiatives by default and shows them when asked', async () => {
    expect(named(await ids({}, { field: 'title', direction: 'asc' }))).toEqual(['a', 'b', 'c', 'e']);
    expect(named(await ids({ archived: 'archived' }))).toEqual(['d']);
    expect(named(await ids({ archived: 'all' }, { field: 'title', direction: 'asc' }))).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it('filters by ministry, lead or participating', async () => {
    expect(named(await ids({ ministries: ['VM'] })).sort()).toEqual(['a', 'b']);
    expect(named(await ids({ ministries: ['LVM'] })).sort()).toEqual(['a', 'c']);
    expect(named(await ids({ ministries: ['OKM', 'STM'] })).sort()).toEqual(['c', 'e']);
    expect(await ids({ ministries: ['YM'] })).toEqual([]);
  });

  it('filters by lead ministry only', async () => {
    expect(named(await ids({ leadMinistries: ['LVM'] }))).toEqual(['a']);
    expect(named(await ids({ leadMinistries: ['VM', 'TEM'] })).sort()).toEqual(['b', 'c']);
  });

  it('filters by status, kind, track, theme and tier', async () => {
    expect(named(await ids({ statuses: ['ongoing', 'planned'] })).sort()).toEqual(['a', 'b']);
    expect(named(await ids({ kinds: ['law_drafting'] })).sort()).toEqual(['b', 'e']);
    expect(named(await ids({ tracks: ['public_administration'] })).sort()).toEqual(['b', 'e']);
    expect(named(await ids({ themes: ['data_economy', 'ai'] })).sort()).toEqual(['a', 'b']);
    expect(named(await ids({ tiers: ['critical', 'low'] }))).toEqual(['a']);
    expect(named(await ids({ tiers: ['critical', 'low'], archived: 'all' })).sort()).toEqual(['a', 'd']);
    expect(named(await ids({ tiers: ['unprioritised'] }))).toEqual(['e']);
  });

  it('filters by health in either assessment', async () => {
    expect(named(await ids({ health: ['red'] })).sort()).toEqual(['b', 'c']);
    expect(named(await ids({ health: ['amber'] }))).toEqual(['e']);
    expect(named(await ids({ health: ['amber'], archived: 'all' })).sort()).toEqual(['d', 'e']);
    expect(named(await ids({ health: ['not_assessed'] })).sort()).toEqual(['b']);
  });

  it('filters by linked EU act', async () => {
    expect(named(await ids({ euActs: [actOne] })).sort()).toEqual(['a', 'c']);
    expect(named(await ids({ euActs: [actTwo] })).sort()).toEqual(['b', 'e']);
    expect(named(await ids({ euActs: [actOne, actTwo] })).sort()).toEqual(['a', 'b', 'c', 'e']);
    expect(await ids({ euActs: [UNKNOWN_ID] })).toEqual([]);
  });

  it('filters by an open EU deadline within N days, counting today and ignoring passed ones', async () => {
    expect(named(await ids({ euDeadlineWithinDays: 0 }))).toEqual(['e']);
    expect(named(await ids({ euDeadlineWithinDays: 9 }))).toEqual(['e']);
    expect(named(await ids({ euDeadlineWithinDays: 10 })).sort()).toEqual(['a', 'e']);
    expect(named(await ids({ euDeadlineWithinDays: 100 })).sort()).toEqual(['a', 'b', 'e']);
  });

  it('filters to the initiatives whose two assessments disagree', async () => {
    expect(named(await ids({ assessmentsDisagree: true }))).toEqual(['c']);
    expect(named(await ids({ assessmentsDisagree: false })).sort()).toEqual(['a', 'b', 'c', 'e']);
  });

  it('combines conditions with AND', async () => {
    expect(named(await ids({ ministries: ['LVM'], statuses: ['completed'] }))).toEqual(['c']);
    expect(await ids({ leadMinistries: ['VM'], statuses: ['ongoing'] })).toEqual([]);
  });

  it('finds a project number by a part of it', async () => {
    expect(named(await ids({ text: projectNumbers.b.slice(0, 6) }))).toContain('b');
    expect(named(await ids({ text: projectNumbers.e.slice(2, 10).toLowerCase() }))).toContain('e');
  });

  it('sorts by title, both ways', async () => {
    expect(named(await ids({}, { field: 'title', direction: 'asc' }))).toEqual(['a', 'b', 'c', 'e']);
    expect(named(await ids({}, { field: 'title', direction: 'desc' }))).toEqual(['e', 'c', 'b', 'a']);
  });

  it('sorts by lead ministry in the official order, LVM, VM, TEM first', async () => {
    expect(named(await ids({}, { field: 'leadMinistry', direction: 'asc' }))).toEqual(['a', 'b', 'c', 'e']);
    expect(named(await ids({}, { field: 'leadMinistry', direction: 'desc' }))).toEqual(['e', 'c', 'b', 'a']);
  });

  it('sorts by status in lifecycle order, as tiers sort in their order', async () => {
    // planned (b), preparation (e), ongoing (a), completed (c): the order of STATUSES, not of the words.
    expect(named(await ids({}, { field: 'status', direction: 'asc' }))).toEqual(['b', 'e', 'a', 'c']);
  });

  it('sorts by the worse of the two health ratings as severity, worst first when ascending', async () => {
    expect(named(await ids({}, { field: 'health', direction: 'asc' }))).toEqual(['b', 'c', 'e', 'a']);
    expect(named(await ids({}, { field: 'health', direction: 'desc' }))).toEqual(['a', 'e', 'b', 'c']);
  });

  it('sorts by tier, critical first', async () => {
    expect(named(await ids({}, { field: 'tier', direction: 'asc' }))).toEqual(['a', 'b', 'c', 'e']);
    expect(named(await ids({}, { field: 'tier', direction: 'desc' }))).toEqual(['e', 'c', 'b', 'a']);
  });

  it('sorts by end date and by nearest open EU deadline, missing ones last both ways', async () => {
    expect(named(await ids({}, { field: 'endDate', direction: 'asc' }))).toEqual(['b', 'a', 'e', 'c']);
    expect(named(await ids({}, { field: 'endDate', direction: 'desc' }))).toEqual(['e', 'a', 'b', 'c']);
    expect(named(await ids({}, { field: 'nearestEuDeadline', direction: 'asc' }))).toEqual([
      'e',
      'a',
      'b',
      'c',
    ]);
    expect(named(await ids({}, { field: 'nearestEuDeadline', direction: 'desc' }))).toEqual([
      'b',
      'a',
      'e',
      'c',
    ]);
  });

  it('sorts by last change and by project number', async () => {
    expect(named(await ids({}, { field: 'updatedAt', direction: 'desc' }))).toEqual(['c', 'e', 'b', 'a']);
    expect(named(await ids({}, { field: 'updatedAt', direction: 'asc' }))).toEqual(['a', 'b', 'e', 'c']);
    expect(named(await ids({}, { field: 'projectNumber', direction: 'asc' }))).toEqual(['a', 'e', 'b', 'c']);
    expect(named(await ids({}, { field: 'projectNumber', direction: 'desc' }))).toEqual(['b', 'e', 'a', 'c']);
  });

  it('gives pages with the total of all matches', async () => {
    const sort = { field: 'title', direction: 'asc' } as const;
    const page = (offset: number) =>
      as(viewer).initiative.list({ filter: { text: token }, sort, limit: 2, offset });
    const [first, second, third, far] = await Promise.all([page(0), page(2), page(4), page(100)]);
    expect(named(first.items.map((i) => i.id))).toEqual(['a', 'b']);
    expect(named(second.items.map((i) => i.id))).toEqual(['c', 'e']);
    expect(third.items).toEqual([]);
    expect(far.items).toEqual([]);
    for (const result of [first, second, third, far]) expect(result.total).toBe(4);
    const none = await as(viewer).initiative.list({ filter: { text: token, statuses: ['cancelled'] } });
    expect(none).toEqual({ items: [], total: 0 });
  });

  it('lists what the table shows, with the EU acts and the nearest open deadline', async () => {
    const result = await as(viewer).initiative.list({ filter: { text: token, leadMinistries: ['LVM'] } });
    expect(result.items[0]).toMatchObject({
      id: a.id,
      version: 1,
      projectNumber: projectNumbers.a,
      leadMinistry: 'LVM',
      participatingMinistries: ['VM'],
      status: 'ongoing',
      ministryHealth: 'green',
      digitoimistoHealth: 'green',
      tier: 'critical',
      nearestEuDeadline: addDays(today, 10),
      archivedAt: null,
    });
    expect(result.items[0]?.euActs).toHaveLength(1);
  });

  it('refuses a NUL byte or a lone surrogate in the search text, naming filter.text', async () => {
    for (const text of ['haku\u0000', 'haku\ud800']) {
      const error = await rejectionOf(as(viewer).initiative.list({ filter: { text } }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(Object.keys(errorShapeOf(error).data.fieldErrors ?? {})).toEqual(['filter.text']);
    }
  });

  it('rejects a bad filter naming the field', async () => {
    const error = await rejectionOf(
      as(viewer).initiative.list({ filter: { statuses: ['done' as never], text: 'x'.repeat(201) } }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(Object.keys(errorShapeOf(error).data.fieldErrors ?? {}).sort()).toEqual([
      'filter.statuses.0',
      'filter.text',
    ]);
  });
});

describe('initiative.list text search', () => {
  it('finds Finnish inflections: "hankkeiden" finds a title with "hanke"', async () => {
    const word = uniqueWord();
    const hit = await as(coordinator).initiative.create(
      initiativeInput({ title: { fi: `Tiedonhallinnan hanke ${word}` } }),
    );
    const result = await as(viewer).initiative.list({ filter: { text: 'hankkeiden' }, limit: 500 });
    expect(result.items.map((i) => i.id)).toContain(hit.id);
  });

  it('finds Swedish inflections in the Swedish title', async () => {
    const hit = await as(coordinator).initiative.create(
      initiativeInput({ title: { fi: 'Tieliikenteen tiedot', sv: 'Vägtrafikens digitalisering' } }),
    );
    const result = await as(viewer).initiative.list({ filter: { text: 'digitaliseringen' }, language: 'sv' });
    const item = result.items.find((i) => i.id === hit.id);
    expect(item).toBeDefined();
    expect(item?.highlight?.title).toContain('\u27E6digitalisering\u27E7');
  });

  it('finds a case number by a part of it', async () => {
    const hit = await as(coordinator).initiative.create(
      initiativeInput({ caseNumbers: ['VN/9876543/2024'] }),
    );
    const result = await as(viewer).initiative.list({ filter: { text: '9876543' } });
    expect(result.items.map((i) => i.id)).toEqual([hit.id]);
  });

  it('ranks a match in the title above a match in the summary', async () => {
    const word = uniqueWord();
    const inSummary = await as(coordinator).initiative.create(
      initiativeInput({
        title: { fi: 'Aaa ensimmäinen' },
        summary: { fi: `Tiivistelmässä mainitaan ${word}.` },
      }),
    );
    const inTitle = await as(coordinator).initiative.create(
      initiativeInput({ title: { fi: `Zzz ${word}` } }),
    );
    const result = await as(viewer).initiative.list({ filter: { text: word } });
    expect(result.items.map((i) => i.id)).toEqual([inTitle.id, inSummary.id]);
    expect(result.items[1]?.highlight?.summary).toContain(`\u27E6${word}\u27E7`);
  });

  it('treats LIKE wildcards in the search text as plain characters, never as "anything"', async () => {
    const word = uniqueWord();
    await as(coordinator).initiative.create(initiativeInput({ title: { fi: `${word} kaikki` } }));
    for (const text of ['%', '_', '%%', '\\%', '%_%'])
      expect((await as(viewer).initiative.list({ filter: { text } })).total, text).toBe(0);
    // In a code search (a digit) they are literal characters too.
    expect((await as(viewer).initiative.list({ filter: { text: '%00000%' } })).total).toBe(0);
  });
});

describe('initiative.update', () => {
  it('bumps the version and writes field-level history with the author', async () => {
    const created = await as(editor).initiative.create(
      initiativeInput({ title: { fi: 'Vanha nimi' }, status: 'planned' }),
    );
    const updated = await as(coordinator).initiative.update({
      id: created.id,
      version: 1,
      data: inputOf(created, { title: { fi: 'Uusi nimi', sv: 'Nytt namn' }, status: 'ongoing' }),
    });
    expect(updated).toMatchObject({
      version: 2,
      title: { fi: 'Uusi nimi', sv: 'Nytt namn', en: null },
      status: 'ongoing',
      createdBy: editor.displayName,
      updatedBy: coordinator.displayName,
    });
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(created.updatedAt.getTime());
    const [latest] = await as(viewer).initiative.history({ id: created.id });
    expect(latest).toMatchObject({
      action: 'update',
      version: 2,
      actorId: coordinator.id,
      actorName: coordinator.displayName,
      actorRole: 'coordinator',
    });
    expect(latest?.changes).toEqual([
      {
        field: 'title',
        before: { fi: 'Vanha nimi', sv: null, en: null },
        after: { fi: 'Uusi nimi', sv: 'Nytt namn', en: null },
      },
      { field: 'status', before: 'planned', after: 'ongoing' },
    ]);
  });

  it('replaces milestones and EU impacts', async () => {
    const act = await createEuAct(database, coordinator);
    const created = await as(coordinator).initiative.create(
      initiativeInput({ milestones: [{ title: 'Vanha', dueDate: '2026-01-01' }] }),
    );
    const updated = await as(coordinator).initiative.update({
      id: created.id,
      version: 1,
      data: inputOf(created, {
        milestones: [
          { title: 'Ensimmäinen', dueDate: '2026-02-01' },
          { title: 'Toinen', dueDate: '2026-03-01', doneAt: '2026-02-15' },
        ],
        euImpacts: [{ euActId: act.id, relation: 'funded_by', deadline: '2099-12-31' }],
      }),
    });
    expect(updated.milestones.map((m) => m.title)).toEqual(['Ensimmäinen', 'Toinen']);
    expect(updated.euImpacts).toEqual([
      {
        euActId: act.id,
        euActShortName: act.shortName,
        relation: 'funded_by',
        deadline: '2099-12-31',
        note: null,
      },
    ]);
    expect(updated.nearestEuDeadline).toBe('2099-12-31');
    expect((await as(viewer).euAct.get({ id: act.id })).initiatives.map((i) => i.id)).toEqual([created.id]);
  });

  it('changes nothing when nothing changed: same version, no history', async () => {
    const created = await as(coordinator).initiative.create(
      initiativeInput({
        ministryHealth: { rating: 'green', reason: 'Hyvin menee' },
        contact: { name: 'Matti', email: 'matti@example.fi' },
        links: [{ label: 'Sivu', url: 'https://example.fi' }],
        milestones: [{ title: 'M', dueDate: '2026-01-01' }],
      }),
    );
    const same = await as(coordinator).initiative.update({
      id: created.id,
      version: 1,
      data: inputOf(created),
    });
    expect(same.version).toBe(1);
    expect(await as(viewer).initiative.history({ id: created.id })).toHaveLength(1);
  });

  it('answers a stale version with CONFLICT and the current version, and changes nothing', async () => {
    const created = await as(coordinator).initiative.create(initiativeInput());
    const theirs = await as(coordinator).initiative.update({
      id: created.id,
      version: 1,
      data: inputOf(created, { status: 'paused' }),
    });
    const error = await rejectionOf(
      as(editor).initiative.update({
        id: created.id,
        version: 1,
        data: inputOf(created, { title: { fi: 'Minun' } }),
      }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('your version 1, now 2');
    expect(errorShapeOf(error).data.details).toEqual({ currentVersion: 2 });
    expect(await as(viewer).initiative.get({ id: created.id })).toEqual(theirs);
    expect(await as(viewer).initiative.history({ id: created.id })).toHaveLength(2);
  });

  it('lets exactly one of two simultaneous saves of the same version win', async () => {
    const created = await as(coordinator).initiative.create(initiativeInput());
    const results = await Promise.allSettled([
      as(coordinator).initiative.update({
        id: created.id,
        version: 1,
        data: inputOf(created, { status: 'paused' }),
      }),
      as(editor).initiative.update({
        id: created.id,
        version: 1,
        data: inputOf(created, { status: 'completed' }),
      }),
    ]);
    const outcomes = results.map((r) =>
      r.status === 'fulfilled' ? 'saved' : (r.reason as { code: string }).code,
    );
    expect(outcomes.sort()).toEqual(['CONFLICT', 'saved']);
    const read = await as(viewer).initiative.get({ id: created.id });
    expect(read.version).toBe(2);
    const winner = results.find((r) => r.status === 'fulfilled');
    expect(read.status).toBe(winner?.status === 'fulfilled' ? winner.value.status : null);
  });

  it("lets an editor edit only their ministry's initiatives, and not hand them to another", async () => {
    const own = await as(coordinator).initiative.create(initiativeInput({ leadMinistry: 'LVM' }));
    const other = await as(coordinator).initiative.create(initiativeInput({ leadMinistry: 'VM' }));
    const edited = await as(editor).initiative.update({
      id: own.id,
      version: 1,
      data: inputOf(own, { status: 'paused' }),
    });
    expect(edited.status).toBe('paused');
    await expect(
      as(editor).initiative.update({ id: other.id, version: 1, data: inputOf(other, { status: 'paused' }) }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      as(editor).initiative.update({ id: own.id, version: 2, data: inputOf(edited, { leadMinistry: 'VM' }) }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await as(viewer).initiative.get({ id: other.id })).status).toBe('ongoing');
    expect((await as(viewer).initiative.get({ id: own.id })).leadMinistry).toBe('LVM');
  });

  it("does not let an editor change Digitoimisto's assessment, and an edit never changes the tier", async () => {
    const placed = await as(coordinator).initiative.create(
      initiativeInput({ digitoimistoHealth: { rating: 'red', reason: 'Aikataulu pettää' } }),
    );
    await as(coordinator).board.move({ id: placed.id, priorityVersion: 1, tier: 'high' });
    const created = await as(viewer).initiative.get({ id: placed.id });
    const attempts = [
      inputOf(created, { digitoimistoHealth: { ...created.digitoimistoHealth, rating: 'green' } }),
      inputOf(created, { digitoimistoHealth: { ...created.digitoimistoHealth, reason: 'Kaikki hyvin' } }),
    ];
    for (const data of attempts) {
      await expect(as(editor).initiative.update({ id: created.id, version: 1, data })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(await as(viewer).initiative.get({ id: created.id })).toEqual(created);
    // Leaving them as they are is fine.
    const edited = await as(editor).initiative.update({
      id: created.id,
      version: 1,
      data: inputOf(created, { ministryHealth: { rating: 'green' } }),
    });
    expect(edited).toMatchObject({
      version: 2,
      tier: 'high',
      digitoimistoHealth: created.digitoimistoHealth,
    });
  });

  it("does not let an editor rewrite who made Digitoimisto's assessment or when", async () => {
    const created = await as(coordinator).initiative.create(
      initiativeInput({ digitoimistoHealth: { rating: 'red', reason: 'Aikataulu pettää' } }),
    );
    const forged = { ...created.digitoimistoHealth, assessedOn: '2020-01-01', assessedBy: 'Joku muu' };
    await expect(
      as(editor).initiative.update({
        id: created.id,
        version: 1,
        data: inputOf(created, { digitoimistoHealth: forged }),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await as(viewer).initiative.get({ id: created.id })).digitoimistoHealth).toEqual(
      created.digitoimistoHealth,
    );
  });

  it('is FORBIDDEN for a viewer, NOT_FOUND for an unknown id, BAD_REQUEST for a malformed id', async () => {
    const created = await as(coordinator).initiative.create(initiativeInput());
    await expect(
      as(viewer).initiative.update({
        id: created.id,
        version: 1,
        data: inputOf(created, { status: 'paused' }),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      as(coordinator).initiative.update({ id: UNKNOWN_ID, version: 1, data: inputOf(created) }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const error = await rejectionOf(
      as(coordinator).initiative.update({ id: 'x', version: 1, data: inputOf(created) }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(errorShapeOf(error).message).toBe(
      'Identifier: This is not a valid identifier (a UUID); check the link.',
    );
  });

  it('refuses an unknown EU act and a taken project number, naming the fields', async () => {
    const act = await createEuAct(database, coordinator);
    const taken = await as(coordinator).initiative.create(
      initiativeInput({ projectNumber: uniqueProjectNumber() }),
    );
    const created = await as(coordinator).initiative.create(
      initiativeInput({ projectNumber: uniqueProjectNumber() }),
    );
    const unknownAct = await rejectionOf(
      as(coordinator).initiative.update({
        id: created.id,
        version: 1,
        data: inputOf(created, {
          euImpacts: [
            { euActId: act.id, relation: 'implements' },
            { euActId: UNKNOWN_ID, relation: 'implements' },
          ],
        }),
      }),
    );
    expect(unknownAct.code).toBe('BAD_REQUEST');
    expect(errorShapeOf(unknownAct).data.fieldErrors).toHaveProperty(['euImpacts.1.euActId']);
    const takenNumber = await rejectionOf(
      as(coordinator).initiative.update({
        id: created.id,
        version: 1,
        data: inputOf(created, { projectNumber: taken.projectNumber }),
      }),
    );
    expect(takenNumber.code).toBe('BAD_REQUEST');
    expect(errorShapeOf(takenNumber).data.fieldErrors).toHaveProperty(['projectNumber']);
    expect(await as(viewer).initiative.get({ id: created.id })).toEqual(created);
  });

  it('stamps a changed rating with today and the name of who changed it', async () => {
    const created = await as(coordinator).initiative.create(
      initiativeInput({
        ministryHealth: { rating: 'green', assessedOn: '2025-01-10', assessedBy: 'Ministeriö' },
        digitoimistoHealth: { rating: 'green', assessedOn: '2025-01-10', assessedBy: 'Digitoimisto' },
      }),
    );
    const updated = await as(coordinator).initiative.update({
      id: created.id,
      version: 1,
      data: inputOf(created, { digitoimistoHealth: { ...created.digitoimistoHealth, rating: 'amber' } }),
    });
    expect(updated.digitoimistoHealth).toEqual({
      rating: 'amber',
      reason: null,
      assessedOn: todayInFinland(),
      assessedBy: coordinator.displayName,
    });
    // The other assessment did not change, so it keeps its stamp.
    expect(updated.ministryHealth).toEqual(created.ministryHealth);
    const byEditor = await as(editor).initiative.update({
      id: created.id,
      version: 2,
      data: inputOf(updated, { ministryHealth: { ...updated.ministryHealth, reason: 'Viivettä' } }),
    });
    expect(byEditor.ministryHealth).toEqual({
      rating: 'green',
      reason: 'Viivettä',
      assessedOn: todayInFinland(),
      assessedBy: editor.displayName,
    });
    const [latest] = await as(viewer).initiative.history({ id: created.id });
    expect(latest?.changes).toEqual([
      { field: 'ministryHealth', before: updated.ministryHealth, after: byEditor.ministryHealth },
    ]);
  });

  it('stamps a changed rating also when the form sends only the rating and the reason', async () => {
    const created = await as(coordinator).initiative.create(
      initiativeInput({ ministryHealth: { rating: 'green' } }),
    );
    expect(created.ministryHealth.assessedOn).toBe(todayInFinland());
    const updated = await as(coordinator).initiative.update({
      id: created.id,
      version: 1,
      data: inputOf(created, { ministryHealth: { rating: 'red', reason: 'Rahoitus puuttuu' } }),
    });
    expect(updated.ministryHealth).toEqual({
      rating: 'red',
      reason: 'Rahoitus puuttuu',
      assessedOn: todayInFinland(),
      assessedBy: coordinator.displayName,
    });
  });
});

describe('initiative.remove and initiative.restore', () => {
  it('archives: gone from the default list, there with the archived filter, still readable', async () => {
    const word = uniqueWord();
    const created = await as(editor).initiative.create(
      initiativeInput({ title: { fi: `${word} arkistoon` } }),
    );
    const archived = await as(editor).initiative.remove({ id: created.id });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(archived.version).toBe(2);
    expect((await as(viewer).initiative.list({ filter: { text: word } })).items).toEqual([]);
    for (const archivedFilter of ['archived', 'all'] as const) {
      const list = await as(viewer).initiative.list({ filter: { text: word, archived: archivedFilter } });
      expect(list.items.map((i) => i.id)).toEqual([created.id]);
      expect(list.items[0]?.archivedAt).toBeInstanceOf(Date);
    }
    expect((await as(viewer).initiative.get({ id: created.id })).archivedAt).toEqual(archived.archivedAt);
  });

  it('refuses to edit or archive again an archived initiative with BAD_REQUEST', async () => {
    const created = await as(coordinator).initiative.create(initiativeInput());
    const archived = await as(coordinator).initiative.remove({ id: created.id });
    const edit = await rejectionOf(
      as(coordinator).initiative.update({
        id: created.id,
        version: archived.version,
        data: inputOf(archived, { status: 'paused' }),
      }),
    );
    expect(edit.code).toBe('BAD_REQUEST');
    expect(edit.message).toContain('archived');
    await expect(as(coordinator).initiative.remove({ id: created.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect((await as(viewer).initiative.get({ id: created.id })).status).toBe('ongoing');
  });

  it("lets an editor archive their own ministry's initiatives only; never a viewer", async () => {
    const own = await as(coordinator).initiative.create(initiativeInput({ leadMinistry: 'LVM' }));
    const other = await as(coordinator).initiative.create(initiativeInput({ leadMinistry: 'TEM' }));
    await expect(as(viewer).initiative.remove({ id: own.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(as(editor).initiative.remove({ id: other.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await as(viewer).initiative.get({ id: other.id })).archivedAt).toBeNull();
    expect((await as(editor).initiative.remove({ id: own.id })).archivedAt).not.toBeNull();
  });

  it('restores only by a coordinator', async () => {
    const word = uniqueWord();
    const created = await as(editor).initiative.create(
      initiativeInput({ title: { fi: `${word} palautus` } }),
    );
    await as(editor).initiative.remove({ id: created.id });
    await expect(as(editor).initiative.restore({ id: created.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(as(viewer).initiative.restore({ id: created.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const restored = await as(coordinator).initiative.restore({ id: created.id });
    expect(restored).toMatchObject({ archivedAt: null, version: 3 });
    expect((await as(viewer).initiative.list({ filter: { text: word } })).items.map((i) => i.id)).toEqual([
      created.id,
    ]);
    await expect(as(coordinator).initiative.restore({ id: created.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('treats an upper-case id as the same initiative in remove, restore, get, history and update', async () => {
    const created = await as(coordinator).initiative.create(initiativeInput());
    const upper = created.id.toUpperCase();
    expect(upper).not.toBe(created.id);
    const archived = await as(coordinator).initiative.remove({ id: upper });
    expect(archived).toMatchObject({ id: created.id, version: 2 });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    const restored = await as(coordinator).initiative.restore({ id: ` ${upper} ` });
    expect(restored).toMatchObject({ id: created.id, version: 3, archivedAt: null });
    expect((await as(viewer).initiative.get({ id: upper })).version).toBe(3);
    const updated = await as(coordinator).initiative.update({
      id: upper,
      version: 3,
      data: inputOf(restored, { status: 'paused' }),
    });
    expect(updated).toMatchObject({ id: created.id, version: 4, status: 'paused' });
    const history = await as(viewer).initiative.history({ id: upper });
    expect(history.map((h) => [h.version, h.action, h.entityId])).toEqual([
      [4, 'update', created.id],
      [3, 'restore', created.id],
      [2, 'archive', created.id],
      [1, 'create', created.id],
    ]);
  });

  it('is NOT_FOUND for an unknown id', async () => {
    await expect(as(coordinator).initiative.remove({ id: UNKNOWN_ID })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(as(coordinator).initiative.restore({ id: UNKNOWN_ID })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('initiative.history', () => {
  it('lists every write newest first, and only later ones after a version', async () => {
    const created = await as(editor).initiative.create(
      initiativeInput({ status: 'planned', themes: ['ai'] }),
    );
    await as(editor).initiative.update({
      id: created.id,
      version: 1,
      data: inputOf(created, { status: 'ongoing' }),
    });
    await as(editor).initiative.remove({ id: created.id });
    await as(coordinator).initiative.restore({ id: created.id });

    const history = await as(viewer).initiative.history({ id: created.id });
    expect(history.map((h) => [h.version, h.action, h.actorName])).toEqual([
      [4, 'restore', coordinator.displayName],
      [3, 'archive', editor.displayName],
      [2, 'update', editor.displayName],
      [1, 'create', editor.displayName],
    ]);
    expect(
      history.every(
        (h) => h.entityId === created.id && h.entityType === 'initiative' && h.at instanceof Date,
      ),
    ).toBe(true);
    const creation = history[3]?.changes ?? [];
    expect(creation).toContainEqual({ field: 'status', before: null, after: 'planned' });
    expect(creation).toContainEqual({ field: 'themes', before: null, after: ['ai'] });
    expect(creation.map((c) => c.field)).not.toContain('projectNumber');

    expect(
      (await as(viewer).initiative.history({ id: created.id, afterVersion: 2 })).map((h) => h.version),
    ).toEqual([4, 3]);
    expect(await as(viewer).initiative.history({ id: created.id, afterVersion: 4 })).toEqual([]);
    expect(await as(viewer).initiative.history({ id: created.id, afterVersion: 0 })).toEqual(history);
  });

  it('is NOT_FOUND for an unknown id and needs a session', async () => {
    await expect(as(viewer).initiative.history({ id: UNKNOWN_ID })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(as(null).initiative.history({ id: UNKNOWN_ID })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });
});

describe('initiative authors', () => {
  it('names who created and who last changed it as the history recorded them, system actors too', async () => {
    const id = await database.db.transaction((tx) =>
      insertInitiative(
        tx,
        initiativeInputSchema.parse(initiativeInput()),
        { system: 'Command line' },
        'import',
      ),
    );
    const imported = await as(viewer).initiative.get({ id });
    expect(imported).toMatchObject({ createdBy: 'Command line', updatedBy: 'Command line' });
    const updated = await as(coordinator).initiative.update({
      id,
      version: imported.version,
      data: inputOf(imported, { status: 'paused' }),
    });
    expect(updated).toMatchObject({ createdBy: 'Command line', updatedBy: coordinator.displayName });
  });
});

describe('writes guarded by the version read', () => {
  it('refuses to write over a version that changed since it was read, as an import would', async () => {
    const created = await as(coordinator).initiative.create(initiativeInput());
    const stale = await as(viewer).initiative.get({ id: created.id });
    await as(coordinator).initiative.update({
      id: created.id,
      version: created.version,
      data: inputOf(created, { status: 'paused' }),
    });
    const write = database.db.transaction((tx) =>
      applyUpdate(
        tx,
        stale,
        initiativeInputSchema.parse(inputOf(stale, { status: 'completed' })),
        { system: 'Command line' },
        'import',
      ),
    );
    await expect(write).rejects.toMatchObject({ kind: 'CONFLICT' });
    expect((await as(viewer).initiative.get({ id: created.id })).status).toBe('paused');
  });
});
