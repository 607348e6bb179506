import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeLabel } from '../../shared/code-labels.ts';
import type { Language } from '../../shared/codes.ts';
import { addDays, todayInFinland } from '../../shared/dates.ts';
import type { ExportDocument } from '../../shared/export-format.ts';
import type { Initiative } from '../../shared/initiative.ts';
import { INITIATIVE_FIELD_REGISTRY } from '../../shared/initiative-fields.ts';
import type { SessionUser } from '../../shared/user.ts';
import type { Database } from '../db/database.ts';
import type { createApp } from '../http/app.ts';
import { login, SESSION_COOKIE } from '../services/auth.ts';
import { callerFor } from '../test/caller.ts';
import { createEuAct, createInitiative, inputOf, uniqueWord } from '../test/factories.ts';
import { createTestApp } from '../test/test-app.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';
import { exportTexts } from './export-texts.ts';

/*
 * Every export in the language asked for (the UI's: the export menu sends it as `lang`, and
 * every request carries it in X-Digisalkku-Language): sheet names, headings, column names, code
 * labels, dates and euros in it, and each content text in it where the initiative has it, in
 * Finnish where it has not. Read back from the files the route writes, as a reader would.
 */
let database: Database;
let app: ReturnType<typeof createApp>;
let coordinator: SessionUser;
let viewer: SessionUser;
let cookie = '';
let snapshotId = '';
let translated: Initiative;
let finnishOnly: Initiative;
const word = uniqueWord();
const today = todayInFinland();
const get = (path: string, headers: Record<string, string> = {}) =>
  app.request(path, { headers: { Cookie: cookie, ...headers } });
const bytes = async (response: Response) => {
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
};
const TITLE = {
  fi: `${word} Kansallinen lompakko`,
  sv: `${word} Nationell plånbok`,
  en: `${word} National wallet`,
};
const FINNISH_ONLY = `${word} Vain suomeksi kirjoitettu hanke`;

beforeAll(async () => {
  database = await createTestDatabase();
  app = createTestApp(database);
  ({ coordinator, viewer } = await createRoleUsers(database));
  const { token } = await login(database.db, viewer.username, 'password', 1);
  cookie = `${SESSION_COOKIE}=${token}`;
  // An act applying within the packs' six months, so both initiatives answer an EU deadline.
  const act = await createEuAct(database, coordinator, {
    shortName: `Lompakkoasetus ${word}`,
    title: { fi: 'Lompakkoasetus', sv: 'Plånboksförordningen', en: 'Wallet Regulation' },
    applicationOn: addDays(today, 40),
  });
  const impact = [{ euActId: act.id, relation: 'implements' as const, deadline: addDays(today, 40) }];
  translated = await createInitiative(database, coordinator, {
    title: TITLE,
    summary: { fi: 'Tiivistelmä', sv: 'Sammanfattning', en: 'Summary' },
    status: 'ongoing',
    tier: 'critical',
    digitoimistoHealth: { rating: 'red', reason: 'Viivästyy' },
    budgetCents: 123_456_700,
    startDate: '2026-01-15',
    euImpacts: impact,
  });
  finnishOnly = await createInitiative(database, coordinator, {
    title: { fi: FINNISH_ONLY },
    status: 'planned',
    tier: 'high',
    euImpacts: impact,
  });
  snapshotId = (await callerFor(database, coordinator).snapshot.create({ label: `Kokous ${word}` })).id;
  // After the snapshot the translated one is paused: the changes name it.
  const as = callerFor(database, coordinator);
  const now = await as.initiative.get({ id: translated.id });
  await as.initiative.update({ id: now.id, version: now.version, data: inputOf(now, { status: 'paused' }) });
}, 60_000);
afterAll(() => database.close());

/** The export of this file's initiatives, now, compared with the snapshot. */
const current = (format: string, language: Language) =>
  `/api/export/current.${format}?lang=${language}&q=${word}&compareTo=${snapshotId}`;

async function workbookOf(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await bytes(response)) as never);
  return workbook;
}
const cellsOf = (sheet: ExcelJS.Worksheet | undefined, row: number) =>
  ((sheet?.getRow(row).values ?? []) as unknown[]).slice(1);
/** The sheet's rows, each as the texts of its cells. */
function rowTexts(sheet: ExcelJS.Worksheet | undefined): string[][] {
  const rows: string[][] = [];
  sheet?.eachRow((row) => rows.push(((row.values ?? []) as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

describe('the workbook in Swedish and English', () => {
  it('has its sheets, column names, code labels and euro format in the language, and each title in it', async () => {
    for (const language of ['sv', 'en'] as const) {
      const texts = exportTexts(language);
      const workbook = await workbookOf(await get(current('xlsx', language)));
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
        expect.arrayContaining([texts.sheets.info, texts.sheets.initiatives, texts.sheets.changes]),
      );
      const sheet = workbook.getWorksheet(texts.sheets.initiatives);
      const header = cellsOf(sheet, 1);
      // Every field under its label in the language; a content text once per language.
      const label = (key: string) => INITIATIVE_FIELD_REGISTRY.find((f) => f.key === key)?.label[language];
      expect(header).toContain(`${label('title')} (${texts.inLanguage[language]})`);
      expect(header).toContain(label('leadMinistry'));
      expect(header).toContain(label('budgetCents'));
      expect(header).not.toContain(INITIATIVE_FIELD_REGISTRY.find((f) => f.key === 'title')?.label.fi);
      const titleColumn = header.indexOf(`${label('title')} (${texts.inLanguage[language]})`) + 1;
      const statusColumn = header.indexOf(label('status')) + 1;
      const budgetColumn = header.indexOf(label('budgetCents')) + 1;
      const rows = [2, 3].map((n) => sheet?.getRow(n));
      const mine = rows.find((row) => row?.getCell(titleColumn).value === TITLE[language]);
      expect(mine?.getCell(statusColumn).value).toBe(codeLabel(language, 'status', 'paused'));
      expect(mine?.getCell(budgetColumn).value).toBe(1_234_567);
      expect(mine?.getCell(budgetColumn).numFmt).toBe(language === 'en' ? '"€"#,##0' : '#,##0 "€"');
      // The one without a translation has no text in the language's column: nothing made up.
      expect(rows.some((row) => row?.getCell(titleColumn).value === null)).toBe(true);

      // The EU deadlines and the changes name each initiative in the language, or in Finnish.
      const deadlines = rowTexts(workbook.getWorksheet(texts.sheets.deadlines)).flat().join('\n');
      expect(deadlines).toContain(`${TITLE[language]} (LVM)`);
      expect(deadlines).toContain(`${FINNISH_ONLY} (LVM)`);
      expect(deadlines).toContain(language === 'sv' ? 'Plånboksförordningen' : 'Wallet Regulation');
      const changes = rowTexts(workbook.getWorksheet(texts.sheets.changes));
      expect(changes[0]).toEqual([texts.changes.initiative, texts.changes.ministry, texts.changes.change]);
      expect(changes.some((row) => row[0] === TITLE[language])).toBe(true);
      expect(changes.flat().join(' ')).not.toContain(TITLE.fi);
    }
  });

  it('is in the UI language the request says when the link names none', async () => {
    const workbook = await workbookOf(
      await get(`/api/export/current.xlsx?q=${word}`, { 'X-Digisalkku-Language': 'sv' }),
    );
    expect(workbook.worksheets[0]?.name).toBe(exportTexts('sv').sheets.info);
  });
});

describe('the CSV in Swedish and English', () => {
  it('has the column names, code labels and dates of the language', async () => {
    const sv = (await bytes(await get(current('csv', 'sv')))).toString('utf8').split('\r\n');
    expect(sv[0]).toContain(';Namn (svenska);');
    expect(sv[0]).toContain(';Ansvarigt ministerium;');
    const svRow = sv.find((line) => line.includes(TITLE.sv)) ?? '';
    expect(svRow).toContain(';Vilande;');
    expect(svRow).toContain(';15.1.2026;');

    const en = (await bytes(await get(current('csv', 'en')))).toString('utf8').split('\r\n');
    expect(en[0]).toContain(';Title (English);');
    expect(en[0]).toContain(';Lead ministry;');
    const enRow = en.find((line) => line.includes(TITLE.en)) ?? '';
    expect(enRow).toContain(';Paused;');
    expect(enRow).toContain(';2026-01-15;');
  });
});

/** A PDF's text, whitespace as single spaces. */
async function pdfText(response: Response): Promise<string> {
  const { text } = await extractText(new Uint8Array(await bytes(response)), { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('the PDF meeting pack in Swedish and English', () => {
  it('speaks the language, names each initiative in it or in Finnish, and writes its dates', async () => {
    const sv = await pdfText(await get(`/api/export/${snapshotId}.pdf?lang=sv&q=${word}`));
    expect(sv).toContain('Nyckeltal');
    expect(sv).toContain(TITLE.sv);
    expect(sv).toContain(FINNISH_ONLY);
    expect(sv).not.toContain(TITLE.fi);
    expect(sv).toMatch(/Ögonblicksbild, tagen \d{1,2}\.\d{1,2}\.\d{4} \d{1,2}\.\d{2}/);

    const en = await pdfText(await get(`/api/export/${snapshotId}.pdf?lang=en&q=${word}`));
    expect(en).toContain('Key figures');
    expect(en).toContain(TITLE.en);
    expect(en).toContain(FINNISH_ONLY);
    expect(en).not.toContain(TITLE.fi);
    // Moments as the pack's dates are written in English, the month by name: never 02/12/2026.
    expect(en).toMatch(/Snapshot taken \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/);
    expect(en).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
  });
});

describe('the PPTX deck in Swedish and English', () => {
  it('has its slides, chart series and priorities in the language, titles in it or in Finnish', async () => {
    for (const language of ['sv', 'en'] as const) {
      const zip = await JSZip.loadAsync(await bytes(await get(current('pptx', language))));
      const parts = await Promise.all(
        Object.keys(zip.files)
          .filter((name) => /^ppt\/(slides\/slide|charts\/chart)\d+\.xml$/.test(name))
          .map((name) => zip.file(name)?.async('string') ?? ''),
      );
      const text = parts.join('\n');
      expect(text).toContain(TITLE[language]);
      expect(text).toContain(FINNISH_ONLY);
      expect(text).not.toContain(TITLE.fi);
      expect(text).toContain(codeLabel(language, 'status', 'ongoing'));
      expect(text).toContain(codeLabel(language, 'tier', 'critical'));
      expect(text).toMatch(language === 'sv' ? /1\s234\s567\s€/ : /€1,234,567/);
    }
  });
});

describe('the JSON file', () => {
  it('carries every content text in all three languages, for any UI language', async () => {
    const response = await get(`/api/export/current.json?lang=sv&q=${word}`);
    const document = (await response.json()) as ExportDocument;
    const mine = document.initiatives.find((i) => i.id === translated.id);
    expect(mine?.title).toEqual(TITLE);
    expect(document.initiatives.find((i) => i.id === finnishOnly.id)?.title).toEqual({
      fi: FINNISH_ONLY,
      sv: null,
      en: null,
    });
  });
});
