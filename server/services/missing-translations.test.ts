import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiatives } from '../../drizzle/schema/index.ts';
import type { ExportDocument } from '../../shared/export-format.ts';
import type { Initiative } from '../../shared/initiative.ts';
import {
  filterFromSearchParams,
  filterToSearchParams,
  type InitiativeFilter,
} from '../../shared/initiative-filter.ts';
import { lacksTranslation, type TranslationLanguage } from '../../shared/missing-translations.ts';
import type { SessionUser } from '../../shared/user.ts';
import { type Database, queryRows } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import { initiativeInput, uniqueWord } from '../test/factories.ts';
import { createTestApp } from '../test/test-app.ts';
import { createTestDatabase, createTestUser } from '../test/test-database.ts';
import { login, SESSION_COOKIE } from './auth.ts';
import { filterConditions } from './initiative-list.ts';

/*
 * The list's "missing translation" filter (`missing=sv,en`): the SQL of translation-sql.ts
 * selects exactly the initiatives lacksTranslation (shared/missing-translations.ts) names, in the
 * list and its count, the board, the overview, a snapshot, a saved view and the exports.
 */
let database: Database;
let coordinator: SessionUser;
let viewer: SessionUser;
const as = (user: SessionUser) => callerFor(database, user);
const token = uniqueWord();
let seeded: Initiative[] = [];

/** Every row of the list under `filter`, scoped to this file's initiatives by their shared word. */
async function listIds(filter: InitiativeFilter) {
  const result = await as(viewer).initiative.list({ filter: { text: token, ...filter }, limit: 500 });
  expect(result.total).toBe(result.items.length);
  return result.items.map((item) => item.id).sort();
}
const expectedIds = (languages: TranslationLanguage[], rows: readonly Initiative[] = seeded) =>
  rows
    .filter((row) => languages.some((language) => lacksTranslation(row, language)))
    .map((row) => row.id)
    .sort();

beforeAll(async () => {
  database = await createTestDatabase();
  coordinator = await createTestUser(database, 'coordinator');
  viewer = await createTestUser(database, 'viewer');
  // A fixed seed: every mix of present and missing Swedish and English titles and summaries.
  const maybe = (text: string) => fc.option(fc.constant(text), { nil: null });
  const mix = fc.sample(
    fc.record({
      titleSv: maybe('namn'),
      titleEn: maybe('name'),
      summarySv: maybe('text'),
      summaryEn: maybe('text'),
    }),
    { numRuns: 30, seed: 20261202 },
  );
  const whole = { titleSv: 'namn', titleEn: 'name', summarySv: 'text', summaryEn: 'text' };
  for (const [n, texts] of [whole, whole, ...mix].entries()) {
    seeded.push(
      await as(coordinator).initiative.create(
        initiativeInput({
          title: { fi: `${token} hanke ${n}`, sv: texts.titleSv, en: texts.titleEn },
          summary: { fi: 'Tiivistelmä', sv: texts.summarySv, en: texts.summaryEn },
          status: n % 2 ? 'ongoing' : 'planned',
        }),
      ),
    );
  }
  // Data written before the form trimmed (an old import): white space alone is missing too.
  const [first] = seeded;
  if (!first) throw new Error('nothing seeded');
  await database.db.update(initiatives).set({ summarySv: ' \u00a0\n' }).where(eq(initiatives.id, first.id));
  seeded = await Promise.all(seeded.map((row) => as(viewer).initiative.get({ id: row.id })));
}, 60_000);
afterAll(() => database.close());

describe('the missing-translation filter', () => {
  it('selects exactly the initiatives the pure rule names, for Swedish, English and either', async () => {
    expect(seeded[0]?.summary.sv?.trim()).toBe('');
    for (const languages of [['sv'], ['en'], ['sv', 'en']] as TranslationLanguage[][]) {
      const expected = expectedIds(languages);
      // The sample holds both kinds: the filter has something to leave out and something to keep.
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(seeded.length);
      expect(await listIds({ missingTranslations: languages })).toEqual(expected);
    }
    expect(await listIds({ missingTranslations: ['sv'] })).toContain(seeded[0]?.id);
  });

  it('reads from the link and combines with the other conditions, the count paged apart', async () => {
    const { filter } = filterFromSearchParams(
      new URLSearchParams(
        filterToSearchParams({ missingTranslations: ['en'], statuses: ['ongoing'] }).toString(),
      ),
    );
    expect(filter).toEqual({ statuses: ['ongoing'], missingTranslations: ['en'] });
    const expected = expectedIds(
      ['en'],
      seeded.filter((row) => row.status === 'ongoing'),
    );
    expect(await listIds(filter)).toEqual(expected);
    const page = await as(viewer).initiative.list({ filter: { text: token, ...filter }, limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(expected.length);
  });

  it('serves the board and the overview with the same selection', async () => {
    const filter = { text: token, missingTranslations: ['sv'] } satisfies InitiativeFilter;
    const overview = await as(viewer).stats.overview({ filter });
    expect(overview.total).toBe(expectedIds(['sv']).length);
    const board = await as(viewer).board.get({ filter });
    expect(board.columns.flatMap((column) => column.cards.map((card) => card.id)).sort()).toEqual(
      expectedIds(['sv']),
    );
  });

  it('keeps a saved view with it, and the view selects the same again', async () => {
    const view = await as(viewer).savedView.create({
      name: `Ruotsi puuttuu ${token}`,
      filter: { text: token, missingTranslations: ['sv'] },
    });
    const [stored] = (await as(viewer).savedView.list()).filter((v) => v.id === view.id);
    expect(stored?.filter).toEqual({ text: token, missingTranslations: ['sv'] });
    expect(await listIds(stored?.filter ?? {})).toEqual(expectedIds(['sv']));
  });

  it('selects on a snapshot what it selected on the live data it froze', async () => {
    const snapshot = await as(coordinator).snapshot.create({ label: `Käännökset ${token}` });
    const before = expectedIds(['en']);
    // Translate every initiative into English afterwards: now none lacks English, the snapshot still does.
    for (const row of seeded) {
      await database.db
        .update(initiatives)
        .set({ titleEn: 'translated', summaryEn: 'translated' })
        .where(eq(initiatives.id, row.id));
    }
    expect(await listIds({ missingTranslations: ['en'] })).toEqual([]);
    const frozen = await as(viewer).initiative.list({
      filter: { text: token, missingTranslations: ['en'] },
      snapshotId: snapshot.id,
      limit: 500,
    });
    expect(frozen.items.map((item) => item.id).sort()).toEqual(before);
    // Back as it was, for the tests after this one.
    for (const row of seeded) {
      await database.db
        .update(initiatives)
        .set({ titleEn: row.title.en ?? null, summaryEn: row.summary.en ?? null })
        .where(eq(initiatives.id, row.id));
    }
  });

  it('narrows the exports that take the list filter, and names itself on the file', async () => {
    const app = createTestApp(database);
    const { token: session } = await login(database.db, viewer.username, 'password', 1);
    const get = (path: string) => app.request(path, { headers: { Cookie: `${SESSION_COOKIE}=${session}` } });
    const json = (await (
      await get(`/api/export/current.json?q=${token}&missing=sv`)
    ).json()) as ExportDocument;
    expect(json.initiatives.map((i) => i.id).sort()).toEqual(expectedIds(['sv']));
    const csv = (await (await get(`/api/export/current.csv?lang=sv&q=${token}&missing=sv,en`)).text()).split(
      '\r\n',
    );
    // A header row, a row per initiative and the final line break.
    expect(csv.length - 2).toBe(expectedIds(['sv', 'en']).length);
    const pdf = await get(`/api/export/current.pdf?lang=en&q=${token}&missing=en`);
    expect(pdf.status).toBe(200);
    const { text } = await extractText(new Uint8Array(await pdf.arrayBuffer()), { mergePages: true });
    expect(text.replace(/\s+/g, ' ')).toMatch(/Filters [^\n]*English text missing/);
  });

  it('can be served by the list’s sort index: it reads only the row’s own columns', async () => {
    const plan = await database.db.transaction(async (tx) => {
      // On a small table the planner rightly prefers a scan; forbid it to see whether the index can serve.
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      const condition = filterConditions({ missingTranslations: ['sv', 'en'] }, '2026-12-02');
      const rows = await queryRows<Record<string, string>>(
        tx,
        sql`explain select id from initiatives where ${condition} order by sort_title_fi, id limit 50`,
      );
      return rows.map((row) => Object.values(row)[0]).join('\n');
    });
    expect(plan).toContain('initiatives_active_sort_fi_idx');
    expect(plan).not.toMatch(/SubPlan|Sort\b/);
  });
});
