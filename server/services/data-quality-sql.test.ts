import { eq, type SQL, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiatives } from '../../drizzle/schema/index.ts';
import { HEALTH_RATINGS, type HealthRating, STATUSES } from '../../shared/codes.ts';
import {
  QUALITY_FLAGS,
  type QualityFlag,
  qualityFlags,
  STALE_ASSESSMENT_DAYS,
} from '../../shared/data-quality.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import type { Initiative } from '../../shared/initiative.ts';
import { filterFromSearchParams, type InitiativeFilter } from '../../shared/initiative-filter.ts';
import type { SessionUser } from '../../shared/user.ts';
import { type Database, queryRows } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import { initiativeInput, uniqueWord } from '../test/factories.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';
import { hasQualityIssuesSql, JS_WHITESPACE, qualityFlagConditions } from './data-quality-sql.ts';

let database: Database;
let coordinator: SessionUser;
let viewer: SessionUser;
const as = (user: SessionUser) => callerFor(database, user);
const today = todayInFinland();
const day = (offset: number) => addDays(today, offset);

beforeAll(async () => {
  database = await createTestDatabase();
  ({ coordinator, viewer } = await createRoleUsers(database));
});
afterAll(() => database.close());

/**
 * The row as stored, column by column: written straight to the table after the create, so a
 * case can hold what the form would refuse or tidy away (an end before the start, a title of
 * blanks, a rating without a date) — data an import or an old row may still bring.
 */
interface Row {
  status: Initiative['status'];
  kind: Initiative['kind'];
  preparationStage: Initiative['preparationStage'];
  startDate: string | null;
  endDate: string | null;
  titleSv: string | null;
  titleEn: string | null;
  ministryHealth: HealthRating;
  ministryHealthOn: string | null;
  digitoimistoHealth: HealthRating;
  digitoimistoHealthOn: string | null;
}
interface Case {
  row: Row;
  /** Done or not; due dates around today. */
  milestones: { dueDate: string; done: boolean }[];
}

/** Complete, current data: no flag. Each case changes what it tests. */
const CLEAN: Case = {
  row: {
    status: 'ongoing',
    kind: 'development_project',
    preparationStage: null,
    startDate: day(-100),
    endDate: day(100),
    titleSv: 'Projekt',
    titleEn: 'Project',
    ministryHealth: 'green',
    ministryHealthOn: day(-10),
    digitoimistoHealth: 'not_assessed',
    digitoimistoHealthOn: null,
  },
  milestones: [{ dueDate: day(10), done: false }],
};
const vary = (row: Partial<Row>, milestones = CLEAN.milestones): Case => ({
  row: { ...CLEAN.row, ...row },
  milestones,
});
const allDone = [
  { dueDate: day(-20), done: true },
  { dueDate: day(-5), done: true },
];

/** Each flag and each of its boundaries, with the flags the rules give it. */
const CASES: [string, Case, QualityFlag[]][] = [
  ['complete and current', CLEAN, []],
  ['no start date', vary({ startDate: null }), ['missingStartDate']],
  ['no end date', vary({ endDate: null }), ['missingEndDate']],
  ['no dates at all', vary({ startDate: null, endDate: null }), ['missingStartDate', 'missingEndDate']],
  ['ends before it starts', vary({ startDate: day(10), endDate: day(5) }), ['endBeforeStart']],
  ['ends the day it starts', vary({ startDate: day(5), endDate: day(5) }), []],
  ['ongoing, ended yesterday', vary({ endDate: day(-1) }), ['ongoingPastEnd']],
  ['ongoing, ends today', vary({ endDate: today }), []],
  ['paused, ended yesterday', vary({ status: 'paused', endDate: day(-1) }), []],
  ['law drafting without a stage', vary({ kind: 'law_drafting' }), ['lawWithoutStage']],
  ['law drafting with a stage', vary({ kind: 'law_drafting', preparationStage: 'consultation' }), []],
  ['assessed by neither', vary({ ministryHealth: 'not_assessed', ministryHealthOn: null }), ['notAssessed']],
  [
    'assessed by Digitoimisto only',
    vary({
      ministryHealth: 'not_assessed',
      ministryHealthOn: null,
      digitoimistoHealth: 'red',
      digitoimistoHealthOn: day(-1),
    }),
    [],
  ],
  ['assessed exactly 120 days ago', vary({ ministryHealthOn: day(-STALE_ASSESSMENT_DAYS) }), []],
  ['assessed 121 days ago', vary({ ministryHealthOn: day(-STALE_ASSESSMENT_DAYS - 1) }), ['staleAssessment']],
  [
    'Digitoimisto assessed 121 days ago',
    vary({ digitoimistoHealth: 'amber', digitoimistoHealthOn: day(-STALE_ASSESSMENT_DAYS - 1) }),
    ['staleAssessment'],
  ],
  [
    'an old date without a rating',
    vary({ digitoimistoHealth: 'not_assessed', digitoimistoHealthOn: day(-400) }),
    [],
  ],
  ['a rating without a date', vary({ ministryHealthOn: null }), []],
  ['completed with an open milestone', vary({ status: 'completed' }), ['openMilestoneWhenClosed']],
  ['cancelled with an open milestone', vary({ status: 'cancelled' }), ['openMilestoneWhenClosed']],
  ['completed, every milestone done', vary({ status: 'completed' }, allDone), []],
  ['completed, no milestones', vary({ status: 'completed' }, []), []],
  [
    'ongoing, every milestone done, ended yesterday',
    vary({ endDate: day(-1) }, allDone),
    ['ongoingPastEnd', 'milestonesDoneWhileOpen'],
  ],
  [
    'planned, every milestone done, ended yesterday',
    vary({ status: 'planned', endDate: day(-1) }, allDone),
    ['milestonesDoneWhileOpen'],
  ],
  ['planned, every milestone done, ends today', vary({ status: 'planned', endDate: today }, allDone), []],
  ['planned, no milestones, ended yesterday', vary({ status: 'planned', endDate: day(-1) }, []), []],
  [
    'planned, one of two milestones done, ended yesterday',
    vary({ status: 'planned', endDate: day(-1) }, [
      { dueDate: day(-20), done: true },
      { dueDate: day(-5), done: false },
    ]),
    [],
  ],
  ['no Swedish title (null)', vary({ titleSv: null }), ['missingSwedishTitle']],
  ['an empty Swedish title', vary({ titleSv: '' }), ['missingSwedishTitle']],
  ['an English title of spaces', vary({ titleEn: '   ' }), ['missingEnglishTitle']],
  ['an English title of a tab and a line feed', vary({ titleEn: '\t\n' }), ['missingEnglishTitle']],
  ['a Swedish title of a no-break space', vary({ titleSv: '\u00a0' }), ['missingSwedishTitle']],
  ['titles padded with spaces', vary({ titleSv: ' Projekt ', titleEn: ' Project ' }), []],
  [
    'no titles, no dates, no assessment, no stage',
    vary({
      kind: 'law_drafting',
      startDate: null,
      endDate: null,
      titleSv: null,
      titleEn: '',
      ministryHealth: 'not_assessed',
      ministryHealthOn: null,
    }),
    [
      'missingStartDate',
      'missingEndDate',
      'lawWithoutStage',
      'notAssessed',
      'missingSwedishTitle',
      'missingEnglishTitle',
    ],
  ],
];

/** Creates the initiative through the API, then writes the case's columns as they are stored. */
async function seed(word: string, n: number, spec: Case): Promise<string> {
  const created = await as(coordinator).initiative.create(
    initiativeInput({
      title: { fi: `${word} ${String(n).padStart(3, '0')}` },
      milestones: spec.milestones.map((m, index) => ({
        title: `Välitavoite ${index + 1}`,
        dueDate: m.dueDate,
        doneAt: m.done ? m.dueDate : null,
      })),
    }),
  );
  await database.db.update(initiatives).set(spec.row).where(eq(initiatives.id, created.id));
  return created.id;
}

/** The flags of qualityFlagConditions, evaluated by the database for each row. */
async function sqlFlags(
  ids: readonly string[],
): Promise<Map<string, { flags: QualityFlag[]; any: boolean }>> {
  const conditions = qualityFlagConditions(today);
  const columns = sql.join(
    QUALITY_FLAGS.map((flag) => sql`coalesce(${conditions[flag]}, false) as ${sql.identifier(flag)}`),
    sql`, `,
  );
  const query: SQL = sql`select "initiatives"."id"::text as id, ${columns}, ${hasQualityIssuesSql(today)} as "any"
    from initiatives where "initiatives"."id" = any(${sql`array[${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}]::uuid[]`})`;
  const rows = await queryRows<Record<string, unknown>>(database.db, query);
  return new Map(
    rows.map((row) => [
      String(row.id),
      { flags: QUALITY_FLAGS.filter((flag) => row[flag] === true), any: row.any === true },
    ]),
  );
}

/** The pure flags, on the initiative as the app reads it back. */
async function pureFlags(id: string): Promise<QualityFlag[]> {
  return qualityFlags(await as(viewer).initiative.get({ id }), today);
}

async function listed(word: string, filter: InitiativeFilter): Promise<string[]> {
  const result = await as(viewer).initiative.list({ filter: { text: word, ...filter }, limit: 500 });
  expect(result.total).toBe(result.items.length);
  return result.items.map((item) => item.id).sort();
}

/** For every row: the SQL flags are the pure ones, and the filter selects exactly the flagged rows. */
async function expectEquivalent(word: string, ids: readonly string[]) {
  const inSql = await sqlFlags(ids);
  const flagged: string[] = [];
  for (const id of ids) {
    const pure = await pureFlags(id);
    expect(inSql.get(id)?.flags, id).toEqual(pure);
    expect(inSql.get(id)?.any, id).toBe(pure.length > 0);
    if (pure.length > 0) flagged.push(id);
  }
  expect(await listed(word, { qualityIssues: true })).toEqual(flagged.sort());
  // As a shared link gives it.
  const { filter } = filterFromSearchParams(new URLSearchParams('quality=1'));
  expect(await listed(word, filter)).toEqual(flagged.sort());
  return flagged;
}

describe('data-quality flags in SQL mirror shared/data-quality.ts', () => {
  const word = uniqueWord();
  const ids: string[] = [];

  beforeAll(async () => {
    for (const [n, [, spec]] of CASES.entries()) ids.push(await seed(word, n, spec));
  });

  it.each(CASES.map(([name, , expected], n) => [name, n, expected] as const))(
    '%s: the pure rules and SQL both give exactly its flags',
    async (_name, n, expected) => {
      const id = ids[n] as string;
      expect(await pureFlags(id)).toEqual(expected);
      expect((await sqlFlags([id])).get(id)?.flags).toEqual(expected);
    },
  );

  it('the quality filter selects exactly the initiatives with a flag, from the filter and from the URL', async () => {
    const flagged = await expectEquivalent(word, ids);
    const clean = CASES.filter(([, , expected]) => expected.length === 0).length;
    expect(flagged).toHaveLength(CASES.length - clean);
    // Without the filter every case is there: the filter is what narrows.
    expect(await listed(word, {})).toHaveLength(CASES.length);
  });

  it('leaves archived initiatives out unless asked, like every other filter', async () => {
    const archivedWord = uniqueWord();
    const id = await seed(archivedWord, 0, vary({ startDate: null }));
    await database.db.update(initiatives).set({ archivedAt: new Date() }).where(eq(initiatives.id, id));
    expect(await listed(archivedWord, { qualityIssues: true })).toEqual([]);
    expect(await listed(archivedWord, { qualityIssues: true, archived: 'archived' })).toEqual([id]);
  });
});

it('trims in SQL exactly what String.prototype.trim trims', () => {
  const trimmed = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
    (character) => character.trim() === '',
  );
  expect([...JS_WHITESPACE].sort()).toEqual(trimmed.sort());
});

describe('data-quality flags in SQL on a sample of rows near every boundary', () => {
  const word = uniqueWord();
  const ids: string[] = [];

  beforeAll(async () => {
    const near = fc.constantFrom(-400, -121, -120, -119, -2, -1, 0, 1, 30).map(day);
    const date = fc.option(near, { nil: null });
    const title = fc.constantFrom<string | null>(null, '', ' ', '\t', '\u00a0', '\u3000', 'Teksti', ' x ');
    const assessment = fc.record({
      rating: fc.constantFrom(...HEALTH_RATINGS),
      on: fc.option(fc.constantFrom(...[-200, -121, -120, -119, 0].map(day)), { nil: null }),
    });
    // A fixed seed: the same mix every run.
    const sample = fc.sample(
      fc.record({
        status: fc.constantFrom(...STATUSES),
        kind: fc.constantFrom<Row['kind']>('law_drafting', 'development_project'),
        preparationStage: fc.constantFrom<Row['preparationStage']>(null, 'consultation'),
        startDate: date,
        endDate: date,
        titleSv: title,
        titleEn: title,
        ministry: assessment,
        digitoimisto: assessment,
        milestones: fc.array(fc.record({ dueDate: near, done: fc.boolean() }), { maxLength: 3 }),
      }),
      { numRuns: 40, seed: 20261210 },
    );
    for (const [n, s] of sample.entries()) {
      const row: Row = {
        status: s.status,
        kind: s.kind,
        preparationStage: s.preparationStage,
        startDate: s.startDate,
        endDate: s.endDate,
        titleSv: s.titleSv,
        titleEn: s.titleEn,
        ministryHealth: s.ministry.rating,
        ministryHealthOn: s.ministry.on,
        digitoimistoHealth: s.digitoimisto.rating,
        digitoimistoHealthOn: s.digitoimisto.on,
      };
      ids.push(await seed(word, n, { row, milestones: s.milestones }));
    }
  });

  it('gives every row the flags of the pure rules, and the filter the flagged rows', async () => {
    const flagged = await expectEquivalent(word, ids);
    // The sample is a real mix: every flag raised somewhere.
    expect(flagged.length).toBeGreaterThan(0);
    const raised = new Set((await Promise.all(ids.map(pureFlags))).flat());
    expect(QUALITY_FLAGS.filter((flag) => !raised.has(flag))).toEqual([]);
  });
});
