import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EU_RELATIONS,
  FUNDING_SOURCES,
  HEALTH_RATINGS,
  type HealthRating,
  STATUSES,
  THEMES,
  type Theme,
} from '../../shared/codes.ts';
import { QUALITY_FLAGS, qualityFlags } from '../../shared/data-quality.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import type { Initiative, InitiativeInput } from '../../shared/initiative.ts';
import type { InitiativeFilter } from '../../shared/initiative-filter.ts';
import { isOpenStatus, lateness, nearestEuDeadline } from '../../shared/lateness.ts';
import type { MinistryCode } from '../../shared/ministry.ts';
import type { Overview } from '../../shared/overview.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import { createEuAct, createInitiative } from '../test/factories.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';

let database: Database;
let coordinator: SessionUser;
let viewer: SessionUser;
const today = todayInFinland();
const as = (user: SessionUser) => callerFor(database, user);

/** A small deterministic generator: the same varied portfolio on every run and both engines. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return {
    pick: <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T,
    chance: (p: number) => next() < p,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  };
}

const MINISTRIES: MinistryCode[] = ['LVM', 'VM', 'TEM', 'OM'];
let acts: string[] = [];
let all: Initiative[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  ({ coordinator, viewer } = await createRoleUsers(database));
  // Three acts; the third is linked by nobody (a coverage gap).
  for (const shortName of ['Overview A', 'Overview B', 'Overview C']) {
    acts.push((await createEuAct(database, coordinator, { shortName })).id);
  }
  acts = acts.slice(0, 3);
  const random = generator(20261201);
  for (let n = 0; n < 70; n++) {
    const status = random.pick(STATUSES);
    const rating = (): InitiativeInput['ministryHealth'] => {
      const r = random.pick<HealthRating>(HEALTH_RATINGS);
      return r === 'not_assessed'
        ? { rating: r }
        : { rating: r, reason: 'Testiarvio', assessedOn: addDays(today, -random.int(0, 200)) };
    };
    const start = random.chance(0.85) ? addDays(today, -random.int(0, 900)) : null;
    const end = random.chance(0.8) ? addDays(start ?? today, random.int(0, 1200) - 300) : null;
    const input: Partial<InitiativeInput> = {
      title: {
        fi: `Yleiskuva ${n}`,
        ...(random.chance(0.8) ? { sv: `Översikt ${n}` } : {}),
        ...(random.chance(0.8) ? { en: `Overview ${n}` } : {}),
      },
      leadMinistry: random.pick(MINISTRIES),
      status,
      themes: [...new Set([random.pick(THEMES), ...(random.chance(0.4) ? [random.pick(THEMES)] : [])])],
      ministryHealth: rating(),
      digitoimistoHealth: rating(),
      startDate: start,
      endDate: end !== null && start !== null && end < start ? start : end,
      budgetCents: random.chance(0.7) ? random.int(1, 5_000) * 100_000 : null,
      fundingSources: random.chance(0.2)
        ? []
        : [
            ...new Set([
              random.pick(FUNDING_SOURCES),
              ...(random.chance(0.3) ? [random.pick(FUNDING_SOURCES)] : []),
            ]),
          ],
      milestones: Array.from({ length: random.int(0, 3) }, (_, m) => ({
        title: `Virstanpylväs ${m}`,
        dueDate: addDays(today, random.int(-200, 200)),
        doneAt: random.chance(0.4) ? addDays(today, -random.int(0, 100)) : null,
      })),
      euImpacts: random.chance(0.6)
        ? [
            {
              euActId: random.pick(acts.slice(0, 2)),
              relation: random.pick(EU_RELATIONS),
              // Around the 90-day edge and past, and some without a deadline.
              deadline: random.chance(0.8)
                ? addDays(today, random.pick([-30, -1, 0, 1, 89, 90, 91, 200]))
                : null,
            },
          ]
        : [],
    };
    const created = await createInitiative(database, coordinator, input);
    if (random.chance(0.1)) await as(coordinator).initiative.remove({ id: created.id });
  }
  all = await Promise.all(
    (await as(viewer).initiative.list({ filter: { archived: 'all' }, limit: 500 })).items.map((item) =>
      as(viewer).initiative.get({ id: item.id }),
    ),
  );
}, 120_000);
afterAll(() => database.close());

const count = <T>(items: readonly T[], predicate: (item: T) => boolean) => items.filter(predicate).length;

/** The figures counted plainly in the test, over the initiatives the list selects for the filter. */
async function expectedFor(filter: InitiativeFilter) {
  const ids = new Set(
    (await as(viewer).initiative.list({ filter, limit: 500 })).items.map((item) => item.id),
  );
  const rows = all.filter((row) => ids.has(row.id));
  const late = (row: Initiative) => lateness(row, today).late;
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, count(rows, (r) => r.status === s)]));
  const health = (who: 'ministryHealth' | 'digitoimistoHealth') =>
    Object.fromEntries(HEALTH_RATINGS.map((h) => [h, count(rows, (r) => r[who].rating === h)]));
  const flagsOf = (row: Initiative) =>
    qualityFlags(
      { ...row, title: { fi: row.title.fi, sv: row.title.sv ?? null, en: row.title.en ?? null } },
      today,
    );
  const overdueMilestones = (row: Initiative) =>
    isOpenStatus(row.status)
      ? row.milestones.filter((m) => m.doneAt === null && m.dueDate < today).length
      : 0;
  return {
    rows,
    figures: {
      total: rows.length,
      byStatus,
      health: { ministry: health('ministryHealth'), digitoimisto: health('digitoimistoHealth') },
      euDeadlines: {
        within: count(rows, (r) => {
          const open = isOpenStatus(r.status);
          return r.euImpacts.some(
            (i) => i.deadline !== null && i.deadline <= addDays(today, 90) && (i.deadline >= today || open),
          );
        }),
        overdue: count(
          rows,
          (r) => isOpenStatus(r.status) && r.euImpacts.some((i) => i.deadline !== null && i.deadline < today),
        ),
      },
      overdueMilestones: {
        milestones: rows.reduce((sum, r) => sum + overdueMilestones(r), 0),
        initiatives: count(rows, (r) => overdueMilestones(r) > 0),
      },
      late: count(rows, late),
      budget: {
        totalCents: rows.reduce((sum, r) => sum + (r.budgetCents ?? 0), 0),
        withBudget: count(rows, (r) => r.budgetCents !== null),
      },
      byTheme: THEMES.map((theme: Theme) => ({
        theme,
        count: count(rows, (r) => r.themes.includes(theme)),
      })).filter((t) => t.count > 0),
      quality: {
        flagged: count(rows, (r) => flagsOf(r).length > 0),
        byFlag: Object.fromEntries(QUALITY_FLAGS.map((f) => [f, count(rows, (r) => flagsOf(r).includes(f))])),
      },
    },
    flagsOf,
  };
}

const FILTERS: [string, InitiativeFilter][] = [
  ['no filter', {}],
  ['a lead ministry', { leadMinistries: ['VM'] }],
  ['two statuses', { statuses: ['ongoing', 'planned'] }],
  ['a theme', { themes: ['ai', 'cybersecurity'] }],
  ['red in either assessment', { health: ['red'] }],
  ['late only', { late: true }],
  ['archived too', { archived: 'all' }],
];

describe('stats.overview', () => {
  it.each(FILTERS)('counts every figure as a plain count over the same rows: %s', async (_, filter) => {
    const { rows, figures, flagsOf } = await expectedFor(filter);
    const overview = await as(viewer).stats.overview({ filter });
    expect(overview).toMatchObject(figures);
    expect(overview.today).toBe(today);
    // Per ministry: what each leads, by status, by each assessment, by budget, and the share of clean ones.
    const ministries = MINISTRIES.filter((m) => rows.some((r) => r.leadMinistry === m));
    expect(overview.byMinistry.map((m) => m.ministry).sort()).toEqual([...ministries].sort());
    for (const figuresOf of overview.byMinistry) {
      const own = rows.filter((r) => r.leadMinistry === figuresOf.ministry);
      expect(figuresOf.total).toBe(own.length);
      for (const status of STATUSES)
        expect(figuresOf.byStatus[status]).toBe(count(own, (r) => r.status === status));
      for (const rating of HEALTH_RATINGS) {
        expect(figuresOf.ministryHealth[rating]).toBe(count(own, (r) => r.ministryHealth.rating === rating));
        expect(figuresOf.digitoimistoHealth[rating]).toBe(
          count(own, (r) => r.digitoimistoHealth.rating === rating),
        );
      }
      const bucket = (r: Initiative) =>
        r.fundingSources.length === 0
          ? 'none'
          : r.fundingSources.length > 1
            ? 'several'
            : r.fundingSources[0];
      for (const [key, cents] of Object.entries(figuresOf.budgetCents)) {
        expect(cents).toBe(
          own.filter((r) => bucket(r) === key).reduce((sum, r) => sum + (r.budgetCents ?? 0), 0),
        );
      }
      const clean = count(own, (r) => flagsOf(r).length === 0);
      expect(figuresOf.qualityClean).toBe(clean);
      expect(figuresOf.qualityScore).toBe(Math.round((100 * clean) / own.length));
    }
    // EU coverage: every act, linked initiatives by relation; the unlinked act is there with zeros.
    for (const act of overview.euCoverage.filter((a) => acts.includes(a.id))) {
      const linked = rows.filter((r) => r.euImpacts.some((i) => i.euActId === act.id));
      expect(act.initiatives).toBe(linked.length);
      for (const relation of EU_RELATIONS) {
        expect(act.byRelation[relation]).toBe(
          count(rows, (r) => r.euImpacts.some((i) => i.euActId === act.id && i.relation === relation)),
        );
      }
    }
    expect(overview.euCoverage.find((a) => a.id === acts[2])?.initiatives).toBe(0);
  });

  it('has a seed that exercises every figure', async () => {
    const { figures } = await expectedFor({});
    expect(figures.late).toBeGreaterThan(0);
    expect(figures.euDeadlines.within).toBeGreaterThan(figures.euDeadlines.overdue);
    expect(figures.euDeadlines.overdue).toBeGreaterThan(0);
    expect(figures.overdueMilestones.milestones).toBeGreaterThan(figures.overdueMilestones.initiatives / 2);
    expect(figures.quality.flagged).toBeGreaterThan(0);
    expect(figures.quality.flagged).toBeLessThan(figures.total);
    expect(all.some((r) => r.archivedAt !== null)).toBe(true);
    expect(all.some((r) => nearestEuDeadline(r, today) === addDays(today, 90))).toBe(true);
  });

  it('gives each tile the figure of the list its link opens', async () => {
    for (const [, filter] of FILTERS) {
      const overview: Overview = await as(viewer).stats.overview({ filter });
      const total = async (extra: InitiativeFilter) =>
        (await as(viewer).initiative.list({ filter: { ...filter, ...extra }, limit: 1 })).total;
      expect(await total({})).toBe(overview.total);
      expect(await total({ euDeadlineWithinDays: 90 })).toBe(overview.euDeadlines.within);
      expect(await total({ euOverdue: true })).toBe(overview.euDeadlines.overdue);
      expect(await total({ milestoneOverdue: true })).toBe(overview.overdueMilestones.initiatives);
      expect(await total({ late: true })).toBe(overview.late);
      expect(await total({ qualityIssues: true })).toBe(overview.quality.flagged);
      for (const rating of ['red', 'amber'] as const) {
        expect(await total({ ministryHealth: [rating] })).toBe(overview.health.ministry[rating]);
        expect(await total({ digitoimistoHealth: [rating] })).toBe(overview.health.digitoimisto[rating]);
      }
      // A status bar opens the list of that status (one of the filter's, if it has any).
      for (const status of STATUSES.filter((s) => !filter.statuses || filter.statuses.includes(s))) {
        expect(await total({ statuses: [status] })).toBe(overview.byStatus[status]);
      }
      // A theme's bar opens the list of that theme (in the filter's themes, if it has any: the
      // list cannot ask for two themes at once).
      const themes = overview.byTheme.filter((t) => !filter.themes || filter.themes.includes(t.theme));
      for (const { theme, count: themed } of themes.slice(0, 2)) {
        expect(await total({ themes: [theme] })).toBe(themed);
      }
      // A bar of the ministries chart opens the list of that lead ministry and status.
      const first = overview.byMinistry[0];
      if (first) {
        expect(await total({ leadMinistries: [first.ministry] })).toBe(first.total);
        expect(await total({ leadMinistries: [first.ministry], digitoimistoHealth: ['red'] })).toBe(
          first.digitoimistoHealth.red,
        );
      }
    }
  });

  it('answers anyone signed in, and nobody else', async () => {
    await expect(callerFor(database, null).stats.overview({})).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect((await as(viewer).stats.overview({})).total).toBeGreaterThan(0);
  });
});
