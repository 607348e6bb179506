import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInFinland } from '../../shared/dates.ts';
import type { ExportDocument } from '../../shared/export-format.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import { login, SESSION_COOKIE } from '../services/auth.ts';
import { exportPortfolio } from '../services/export.ts';
import { runImport } from '../services/import/runner.ts';
import { callerFor, UNKNOWN_ID } from '../test/caller.ts';
import { createInitiative, inputOf, uniqueWord } from '../test/factories.ts';
import { createTestApp } from '../test/test-app.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';
import type { createApp } from './app.ts';

let database: Database;
let app: ReturnType<typeof createApp>;
let coordinator: SessionUser;
let viewer: SessionUser;
let cookie = '';
let snapshotId = '';
const word = uniqueWord();
const ids: string[] = [];
const get = (path: string, headers: Record<string, string> = { Cookie: cookie }) =>
  app.request(path, { headers });
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

beforeAll(async () => {
  database = await createTestDatabase();
  app = createTestApp(database);
  ({ coordinator, viewer } = await createRoleUsers(database));
  const { token } = await login(database.db, viewer.username, 'password', 1);
  cookie = `${SESSION_COOKIE}=${token}`;
  for (const [n, ministry] of (['LVM', 'VM', 'TEM', 'VM'] as const).entries()) {
    const created = await createInitiative(database, coordinator, {
      title: { fi: `${word} Kansallinen EU-lompakko ${n} – äö å`, sv: `${word} Plånbok ${n}` },
      summary: { fi: '=HYPERLINK("http://evil.example") kaava' },
      leadMinistry: ministry,
      status: 'ongoing',
      digitoimistoHealth: { rating: 'amber', reason: 'Seurannassa' },
      budgetCents: 123_456_700,
      startDate: '2026-01-15',
    });
    ids.push(created.id);
  }
  snapshotId = (await callerFor(database, coordinator).snapshot.create({ label: 'Digitoimisto 3.12.2026' }))
    .id;
  // After the snapshot: one turns red, one is completed, one is new.
  const as = callerFor(database, coordinator);
  const red = await as.initiative.get({ id: ids[0] ?? '' });
  await as.initiative.update({
    id: red.id,
    version: red.version,
    data: inputOf(red, { digitoimistoHealth: { rating: 'red', reason: 'Sertifiointi viivästyy' } }),
  });
  const done = await as.initiative.get({ id: ids[1] ?? '' });
  await as.initiative.update({
    id: done.id,
    version: done.version,
    data: inputOf(done, { status: 'completed' }),
  });
  await createInitiative(database, coordinator, { title: { fi: `${word} Uusi hanke` }, leadMinistry: 'VM' });
}, 60_000);
afterAll(() => database.close());

describe('snapshot.diff', () => {
  it('tells exactly the changes made since the snapshot', async () => {
    const changes = await callerFor(database, viewer).snapshot.diff({
      from: snapshotId,
      to: 'now',
      language: 'fi',
    });
    expect(changes.diff.added.map((a) => a.title.fi)).toEqual([`${word} Uusi hanke`]);
    expect(changes.diff.removed).toEqual([]);
    expect(changes.diff.changed.map((c) => c.id).sort()).toEqual([ids[0], ids[1]].sort());
    expect(changes.diff.summary).toMatchObject({
      added: 1,
      removed: 0,
      changed: 2,
      movedToRed: 1,
      completed: 1,
    });
    expect(changes.sentences.some((s) => s.text.includes('Sertifiointi viivästyy'))).toBe(true);
    // From a snapshot to itself nothing changed.
    const none = await callerFor(database, viewer).snapshot.diff({ from: snapshotId, to: snapshotId });
    expect(none.diff.changed).toEqual([]);
    expect(none.diff.summary.added + none.diff.summary.removed).toBe(0);
  });
});

describe('GET /api/export/…', () => {
  it('refuses unknown snapshots, formats and anonymous callers, saying what to do', async () => {
    const unknown = await get(`/api/export/${UNKNOWN_ID}.xlsx`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatch(/snapshot/i);
    const format = await get('/api/export/current.docx');
    expect(format.status).toBe(400);
    expect((await format.json()).error).toMatch(/xlsx, csv, pdf, pptx, json/);
    expect((await get('/api/export/current.xlsx', {})).status).toBe(401);
  });

  it('writes the XLSX of a filtered view of a snapshot with real cells, the changes since another picture', async () => {
    const response = await get(`/api/export/${snapshotId}.xlsx?lang=sv&lead=VM&q=${word}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="digisalkku-\d{4}-\d{2}-\d{2}-digitoimisto-3-12-2026\.xlsx"$/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await bytes(response)) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet).toBeDefined();
    const rows = workbook.worksheets.flatMap((ws) => {
      const values: string[] = [];
      ws.eachRow((row) => values.push(JSON.stringify(row.values)));
      return values;
    });
    // The two VM initiatives as they were, in Swedish where there is Swedish; no formula survives.
    expect(rows.filter((r) => r.includes(`${word} Plånbok`)).length).toBeGreaterThanOrEqual(2);
    expect(rows.some((r) => r.includes(`${word} Plånbok 0`))).toBe(false);
    expect(rows.some((r) => r.includes('"formula"'))).toBe(false);
  });

  it('writes the CSV Excel reads in Finnish, and the PDF and PPTX packs with the changes', async () => {
    const csv = await bytes(await get(`/api/export/current.csv?q=${word}`));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text.split('\r\n')[0]).toContain(';');
    expect(text).toContain("'=HYPERLINK");
    expect(text).not.toMatch(/;=HYPERLINK|;"=HYPERLINK/);

    const pdf = await get(`/api/export/current.pdf?lang=en&q=${word}&compareTo=${snapshotId}`);
    expect(pdf.status).toBe(200);
    const { text: pages } = await extractText(
      await getDocumentProxy(new Uint8Array(await pdf.arrayBuffer())),
      {
        mergePages: true,
      },
    );
    const words = pages.replace(/\s+/g, ' ');
    expect(words).toContain('Digitoimisto 3.12.2026');
    expect(words).toContain('from amber to red: Sertifiointi viivästyy');
    expect(words).toContain(`${word} Kansallinen EU-lompakko 1 – äö å was completed`);

    const pptx = await JSZip.loadAsync(await bytes(await get(`/api/export/${snapshotId}.pptx?lang=en`)));
    const charts = Object.keys(pptx.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
    expect(charts.length).toBeGreaterThanOrEqual(2);
  });

  it('writes a snapshot as the digisalkku JSON file of the portfolio as it was', async () => {
    const response = await get(`/api/export/${snapshotId}.json`);
    expect(response.headers.get('Content-Disposition')).toBe(
      `attachment; filename="digisalkku-${todayInFinland()}-digitoimisto-3-12-2026.json"`,
    );
    const document = (await response.json()) as ExportDocument;
    const mine = document.initiatives.filter((i) => i.title.fi.startsWith(word));
    expect(mine.map((i) => i.title.fi).sort()).toEqual(
      [0, 1, 2, 3].map((n) => `${word} Kansallinen EU-lompakko ${n} – äö å`).sort(),
    );
    expect(mine.find((i) => i.id === ids[1])?.status).toBe('ongoing');

    // Imported into an empty database, it gives that portfolio.
    const empty = await createTestDatabase();
    try {
      const { coordinator: importer } = await createRoleUsers(empty);
      const body = new TextEncoder().encode(JSON.stringify(document));
      const report = await runImport(empty.db, {
        format: 'digisalkku',
        body,
        actor: importer,
        dryRun: false,
      });
      expect(report.summary.rejected).toBe(0);
      const again = await exportPortfolio(empty.db);
      const shape = (d: ExportDocument) =>
        d.initiatives
          .map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => JSON.stringify(rest))
          .sort();
      expect(shape(again)).toEqual(shape(document));
      expect(again.euActs.map((a) => a.shortName).sort()).toEqual(
        document.euActs.map((a) => a.shortName).sort(),
      );
    } finally {
      await empty.close();
    }
  });
});
