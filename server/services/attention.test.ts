import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiatives } from '../../drizzle/schema/index.ts';
import { type AttentionReasonKind, attentionInputSchema, rankAttention } from '../../shared/attention.ts';
import {
  EU_RELATIONS,
  type EuRelation,
  HEALTH_RATINGS,
  type HealthRating,
  STATUSES,
  type Status,
} from '../../shared/codes.ts';
import { STALE_ASSESSMENT_DAYS } from '../../shared/data-quality.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import type { InitiativeFilter } from '../../shared/initiative-filter.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import { createEuAct, initiativeInput, rejectionOf, uniqueWord } from '../test/factories.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';
import { attentionList, loadAttentionCandidates } from './attention.ts';
import { filterConditions } from './initiative-list.ts';

let database: Database;
let coordinator: SessionUser;
let viewer: SessionUser;
let actId: string;
let actName: string;
const today = todayInFinland();
const day = (offset: number) => addDays(today, offset);

beforeAll(async () => {
  database = await createTestDatabase();
  ({ coordinator, viewer } = await createRoleUsers(database));
  const act = await createEuAct(database, coordinator);
  actId = act.id;
  actName = act.shortName;
});
afterAll(() => database.close());

/** One initiative as stored; what a case leaves out is calm (assessed amber by both last week, nothing due). */
interface Spec {
  title?: string;
  status?: Status;
  leadMinistry?: MinistryCode;
  ministryHealth?: HealthRating;
  ministryHealthOn?: string | null;
  digitoimistoHealth?: HealthRating;
  digitoimistoHealthOn?: string | null;
  endDate?: string | null;
  archived?: boolean;
  milestones?: { title: string; dueDate: string; done?: boolean }[];
  /** At most one per relation (an impact is unique by act and relation). */
  euImpacts?: { relation: EuRelation; deadline: string | null }[];
}

/** Creates the initiative through the API, then writes the columns as the case has them. */
async function seed(word: string, spec: Spec): Promise<string> {
  const created = await callerFor(database, coordinator).initiative.create(
    initiativeInput({
      title: { fi: `${word} ${spec.title ?? uniqueWord('t')}` },
      leadMinistry: spec.leadMinistry ?? 'LVM',
      milestones: (spec.milestones ?? []).map((m) => ({
        title: m.title,
        dueDate: m.dueDate,
        doneAt: m.done ? m.dueDate : null,
      })),
      euImpacts: (spec.euImpacts ?? []).map((e) => ({
        euActId: actId,
        relation: e.relation,
        deadline: e.deadline,
      })),
    }),
  );
  await database.db
    .update(initiatives)
    .set({
      status: spec.status ?? 'ongoing',
      ministryHealth: spec.ministryHealth ?? 'amber',
      ministryHealthOn: spec.ministryHealthOn === undefined ? day(-7) : spec.ministryHealthOn,
      digitoimistoHealth: spec.digitoimistoHealth ?? 'amber',
      digitoimistoHealthOn: spec.digitoimistoHealthOn === undefined ? day(-7) : spec.digitoimistoHealthOn,
      endDate: spec.endDate === undefined ? day(400) : spec.endDate,
      archivedAt: spec.archived ? new Date() : null,
    })
    .where(eq(initiatives.id, created.id));
  return created.id;
}

const list = (filter: InitiativeFilter, limit = 500) =>
  callerFor(database, viewer).stats.attention({ filter, limit });
const kindsById = async (word: string) =>
  new Map((await list({ text: word })).items.map((item) => [item.id, item.reasons.map((r) => r.kind)]));

describe('stats.attention', () => {
  it('lists implementation duties from 90 days before the deadline, passed ones only while open', async () => {
    const word = uniqueWord();
    const ids = {
      in91: await seed(word, { euImpacts: [{ relation: 'implements', deadline: day(91) }] }),
      in90: await seed(word, { euImpacts: [{ relation: 'implements', deadline: day(90) }] }),
      in89: await seed(word, { euImpacts: [{ relation: 'implements', deadline: day(89) }] }),
      todayDue: await seed(word, { euImpacts: [{ relation: 'implements', deadline: today }] }),
      passed: await seed(word, { euImpacts: [{ relation: 'implements', deadline: day(-1) }] }),
      completed: await seed(word, {
        status: 'completed',
        euImpacts: [{ relation: 'implements', deadline: day(-30) }],
      }),
      cancelled: await seed(word, {
        status: 'cancelled',
        euImpacts: [{ relation: 'implements', deadline: day(10) }],
      }),
      paused: await seed(word, {
        status: 'paused',
        euImpacts: [{ relation: 'implements', deadline: day(10) }],
      }),
      influences: await seed(word, { euImpacts: [{ relation: 'influences', deadline: day(10) }] }),
    };
    const kinds = await kindsById(word);
    expect(kinds.has(ids.in91)).toBe(false);
    expect(kinds.get(ids.in90)).toEqual(['euDutySoon']);
    expect(kinds.get(ids.in89)).toEqual(['euDutySoon']);
    expect(kinds.get(ids.todayDue)).toEqual(['euDutySoon']);
    expect(kinds.get(ids.passed)).toEqual(['euDutyOverdue']);
    expect(kinds.has(ids.completed)).toBe(false);
    expect(kinds.has(ids.cancelled)).toBe(false);
    expect(kinds.get(ids.paused)).toEqual(['euDutySoon']);
    expect(kinds.has(ids.influences)).toBe(false);
    const answer = await list({ text: word });
    expect(answer.total).toBe(5);
    expect(answer.today).toBe(today);
    expect(answer.items.find((item) => item.id === ids.in90)?.reasons).toEqual([
      { kind: 'euDutySoon', euActShortName: actName, deadline: day(90), daysLeft: 90 },
    ]);
  });

  it('calls an assessment stale at 121 days, lists red and green-against-red, not one step apart', async () => {
    const word = uniqueWord();
    const ids = {
      fresh: await seed(word, { ministryHealthOn: day(-STALE_ASSESSMENT_DAYS) }),
      stale: await seed(word, { digitoimistoHealthOn: day(-STALE_ASSESSMENT_DAYS - 1) }),
      staleUnassessed: await seed(word, { ministryHealth: 'not_assessed', ministryHealthOn: day(-400) }),
      twoApart: await seed(word, { ministryHealth: 'green', digitoimistoHealth: 'red' }),
      twoApartOtherWay: await seed(word, { ministryHealth: 'red', digitoimistoHealth: 'green' }),
      oneApart: await seed(word, { ministryHealth: 'green', digitoimistoHealth: 'amber' }),
      oneApartRed: await seed(word, { ministryHealth: 'amber', digitoimistoHealth: 'red' }),
      redClosed: await seed(word, { status: 'completed', ministryHealth: 'red' }),
    };
    const kinds = await kindsById(word);
    expect(kinds.has(ids.fresh)).toBe(false);
    expect(kinds.get(ids.stale)).toEqual(['stale']);
    expect(kinds.has(ids.staleUnassessed)).toBe(false);
    expect(kinds.get(ids.twoApart)).toEqual(['red', 'twoApart']);
    expect(kinds.get(ids.twoApartOtherWay)).toEqual(['red', 'twoApart']);
    expect(kinds.has(ids.oneApart)).toBe(false);
    expect(kinds.get(ids.oneApartRed)).toEqual(['red']);
    // A red assessment is a reason whatever the status: someone says it went wrong.
    expect(kinds.get(ids.redClosed)).toEqual(['red']);
    const stale = (await list({ text: word })).items.find((item) => item.id === ids.stale);
    expect(stale?.reasons).toEqual([
      { kind: 'stale', assessment: 'digitoimisto', assessedOn: day(-121), days: 121 },
    ]);
  });

  it('lists overdue milestones and lateness of open initiatives, from the day after, and no archived ones', async () => {
    const word = uniqueWord();
    const ids = {
      dueToday: await seed(word, { milestones: [{ title: 'Lausuntokierros', dueDate: today }] }),
      overdue: await seed(word, { milestones: [{ title: 'Lausuntokierros', dueDate: day(-12) }] }),
      done: await seed(word, { milestones: [{ title: 'Lausuntokierros', dueDate: day(-12), done: true }] }),
      closed: await seed(word, {
        status: 'completed',
        milestones: [{ title: 'Lausuntokierros', dueDate: day(-12) }],
      }),
      ended: await seed(word, { endDate: day(-31) }),
      endsToday: await seed(word, { endDate: today }),
      archived: await seed(word, { archived: true, ministryHealth: 'red' }),
    };
    const answer = await list({ text: word });
    const kinds = new Map(answer.items.map((item) => [item.id, item.reasons.map((r) => r.kind)]));
    expect([...kinds.keys()].sort()).toEqual([ids.overdue, ids.ended].sort());
    expect(answer.items.find((item) => item.id === ids.overdue)?.reasons).toEqual([
      { kind: 'milestoneOverdue', title: 'Lausuntokierros', dueDate: day(-12), daysLate: 12 },
    ]);
    expect(answer.items.find((item) => item.id === ids.overdue)?.daysLate).toBe(12);
    expect(kinds.get(ids.ended)).toEqual(['late']);
    // Archived ones are there when the filter asks for them.
    const withArchived = await list({ text: word, archived: 'all' });
    expect(withArchived.items.map((item) => item.id)).toContain(ids.archived);
  });

  it('ranks the worst first, ties by days late then title, and counts all beyond the limit', async () => {
    const word = uniqueWord();
    const red = { digitoimistoHealth: 'red' as const };
    const ids = {
      stale: await seed(word, { title: 'a stale', ministryHealthOn: day(-200) }),
      redB: await seed(word, { title: 'b red', ...red }),
      redA: await seed(word, { title: 'a red', ...red }),
      redLate: await seed(word, { title: 'c red late', ...red, endDate: day(-5) }),
      missedDuty: await seed(word, {
        title: 'd missed',
        euImpacts: [{ relation: 'implements', deadline: day(-40) }],
      }),
      twoApart: await seed(word, { title: 'e two apart', ministryHealth: 'green', ...red }),
      milestone: await seed(word, { title: 'f milestone', milestones: [{ title: 'M', dueDate: day(-2) }] }),
    };
    const answer = await list({ text: word });
    expect(answer.items.map((item) => item.id)).toEqual([
      ids.twoApart, // red + two apart: 140
      ids.redLate, // red + late (end date): 110
      ids.missedDuty, // missed duty: 100, 40 days late
      ids.redA, // red: 100, not late, by title
      ids.redB,
      ids.milestone, // milestone: 20
      ids.stale, // 5
    ]);
    const firstTwo = await list({ text: word }, 2);
    expect(firstTwo.items.map((item) => item.id)).toEqual([ids.twoApart, ids.redLate]);
    expect(firstTwo.total).toBe(7);
    expect(firstTwo.items[0]).toMatchObject({
      leadMinistry: 'LVM',
      status: 'ongoing',
      ministryHealth: 'green',
      digitoimistoHealth: 'red',
      severity: 140,
      daysLate: null,
    });
  });

  it("follows the list's filter: a ministry, lead or participating", async () => {
    const word = uniqueWord();
    const vm = await seed(word, { leadMinistry: 'VM', ministryHealth: 'red' });
    const lvm = await seed(word, { leadMinistry: 'LVM', ministryHealth: 'red' });
    const calmVm = await seed(word, { leadMinistry: 'VM' });
    const onlyVm = await list({ text: word, ministries: ['VM'] });
    expect(onlyVm.items.map((item) => item.id)).toEqual([vm]);
    expect(onlyVm.total).toBe(1);
    expect((await list({ text: word, leadMinistries: ['LVM'] })).items.map((item) => item.id)).toEqual([lvm]);
    expect((await list({ text: word })).items.map((item) => item.id)).not.toContain(calmVm);
    expect((await list({ text: word, ministries: ['OM'] })).total).toBe(0);
  });

  it('never drops in SQL a row the rules would list (random initiatives around every boundary)', async () => {
    const word = uniqueWord();
    const offset = fc.constantFrom(-400, -121, -120, -91, -90, -89, -31, -1, 0, 1, 89, 90, 91, 120, 400);
    const spec: fc.Arbitrary<Spec> = fc.record({
      status: fc.constantFrom(...STATUSES),
      leadMinistry: fc.constantFrom<MinistryCode>('LVM', 'VM'),
      ministryHealth: fc.constantFrom(...HEALTH_RATINGS),
      ministryHealthOn: fc.option(offset.map(day), { nil: null }),
      digitoimistoHealth: fc.constantFrom(...HEALTH_RATINGS),
      digitoimistoHealthOn: fc.option(offset.map(day), { nil: null }),
      endDate: fc.option(offset.map(day), { nil: null }),
      milestones: fc.array(
        fc.record({ title: fc.constantFrom('A', 'B'), dueDate: offset.map(day), done: fc.boolean() }),
        { maxLength: 2 },
      ),
      euImpacts: fc.uniqueArray(
        fc.record({
          relation: fc.constantFrom(...EU_RELATIONS),
          deadline: fc.option(offset.map(day), { nil: null }),
        }),
        { maxLength: 3, selector: (impact) => impact.relation },
      ),
    });
    const specs = fc.sample(spec, { numRuns: 60, seed: 10 });
    for (const s of specs) await seed(word, s);
    const everyRow = await loadAttentionCandidates(database.db, filterConditions({ text: word }, today));
    expect(everyRow).toHaveLength(60);
    const byRules = rankAttention(everyRow, today);
    const answer = await attentionList(
      database.db,
      attentionInputSchema.parse({ filter: { text: word }, limit: 500 }),
    );
    expect(answer.items).toEqual(byRules);
    expect(answer.total).toBe(byRules.length);
    // The sample reaches both sides: some rows listed, some not, and every kind of reason.
    expect(byRules.length).toBeGreaterThan(0);
    expect(byRules.length).toBeLessThan(60);
    const seen = new Set<AttentionReasonKind>(byRules.flatMap((item) => item.reasons.map((r) => r.kind)));
    expect([...seen].sort()).toEqual(
      ['euDutyOverdue', 'euDutySoon', 'late', 'milestoneOverdue', 'red', 'stale', 'twoApart'].sort(),
    );
    // And per ministry the same.
    const vmOnly = await list({ text: word, ministries: ['VM'] });
    expect(vmOnly.items).toEqual(byRules.filter((item) => item.leadMinistry === 'VM'));
  });

  it('is for signed-in users only, and refuses a limit out of range', async () => {
    expect((await rejectionOf(callerFor(database, null).stats.attention({}))).code).toBe('UNAUTHORIZED');
    expect((await rejectionOf(list({}, 501))).code).toBe('BAD_REQUEST');
    expect((await callerFor(database, viewer).stats.attention(undefined)).items.length).toBeLessThanOrEqual(
      50,
    );
  });
});
