import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initiatives } from '../../../drizzle/schema/index.ts';
import type { SessionUser } from '../../../shared/user.ts';
import type { Database } from '../../db/database.ts';
import { createEuAct, createInitiative } from '../../test/factories.ts';
import { createTestDatabase, createTestUser } from '../../test/test-database.ts';
import { getInitiative } from '../initiative.ts';
import { runImport } from './runner.ts';

let database: Database;
let coordinator: SessionUser;
const encode = (text: string) => new TextEncoder().encode(text);
const csv = (text: string, dryRun = false) =>
  runImport(database.db, { format: 'csv', body: encode(text), actor: coordinator, dryRun });
const idOf = async (projectNumber: string) =>
  (
    await database.db
      .select({ id: initiatives.id })
      .from(initiatives)
      .where(eq(initiatives.projectNumber, projectNumber))
  )[0]?.id ?? '';

beforeAll(async () => {
  database = await createTestDatabase();
  coordinator = await createTestUser(database, 'coordinator');
});
afterAll(() => database.close());

describe('CSV import', () => {
  it('reads the Finnish Excel CSV: BOM, semicolons, quotes, line breaks, Finnish dates and euros', async () => {
    const body = new Uint8Array(
      readFileSync(new URL('../../test/fixtures/initiatives-fi.csv', import.meta.url)),
    );
    const report = await runImport(database.db, { format: 'csv', body, actor: coordinator });
    expect(report.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(report.warnings).toEqual(['Unknown column "huomautus" was ignored.']);
    expect(report.records.map((r) => [r.row, r.key])).toEqual([
      [2, 'LVM046:00/2024'],
      [3, 'Datatalouden kansallinen toimintaohjelma'],
    ]);
    const cyber = await getInitiative(database.db, await idOf('LVM046:00/2024'));
    expect(cyber).toMatchObject({
      caseNumbers: ['VN/32418/2024'],
      title: {
        fi: 'Kyberturvallisuusstrategian toimeenpano; vaihe 2',
        sv: 'Genomförande av cybersäkerhetsstrategin',
      },
      summary: { fi: 'Strategian toimenpiteet "turvallinen digiyhteiskunta" -ohjelmassa.' },
      participatingMinistries: ['VM', 'SM'],
      tier: 'high',
      startDate: '2024-01-01',
      endDate: '2027-12-31',
      budgetCents: 125_000_050,
      fundingSources: ['national_budget'],
      contact: { name: 'Maija Meikäläinen', email: 'maija.meikalainen@example.fi' },
    });
    const [data] = await database.db
      .select({ summary: initiatives.summaryFi, themes: initiatives.themes, budget: initiatives.budgetCents })
      .from(initiatives)
      .where(eq(initiatives.titleFi, 'Datatalouden kansallinen toimintaohjelma'));
    expect(data).toEqual({
      summary: 'Monirivinen tiivistelmä:\nensimmäinen rivi\ntoinen rivi',
      themes: ['data_economy', 'open_data'],
      budget: 30_000_000,
    });
  });

  it('updates by project number: the sheet columns change, everything else stays', async () => {
    const act = await createEuAct(database, coordinator);
    const existing = await createInitiative(database, coordinator, {
      projectNumber: 'VM010:00/2024',
      title: { fi: 'Vanha', en: 'Old' },
      milestones: [{ title: 'Välietappi', dueDate: '2025-01-01' }],
      euImpacts: [{ euActId: act.id, relation: 'implements' }],
      digitoimistoHealth: { rating: 'amber', reason: 'Seurataan' },
    });
    const report = await csv(
      'project_number,title_fi,status,budget_eur\r\nVM010:00/2024,Uusi nimi,completed,"1 000,5"\r\n',
    );
    expect(report.records[0]).toMatchObject({
      outcome: 'updated',
      changedFields: ['title', 'status', 'budgetCents'],
    });
    const after = await getInitiative(database.db, existing.id);
    expect(after).toMatchObject({
      title: { fi: 'Uusi nimi', en: 'Old' },
      status: 'completed',
      budgetCents: 100_050,
      milestones: [{ title: 'Välietappi', dueDate: '2025-01-01', doneAt: null }],
      euImpacts: [expect.objectContaining({ euActId: act.id })],
      digitoimistoHealth: expect.objectContaining({ rating: 'amber', reason: 'Seurataan' }),
    });
    expect((await csv('project_number,title_fi\nVM010:00/2024,Uusi nimi\n')).records[0]?.outcome).toBe(
      'unchanged',
    );
  });

  it('rejects bad rows naming field and row, and writes nothing', async () => {
    const before = await database.db.$count(initiatives);
    const report = await csv(
      [
        'title_fi;summary_fi;kind;track;lead_ministry;status;start_date;budget_eur',
        'Hyvä rivi;Tiivistelmä;development_project;public_administration;VM;ongoing;1.2.2025;100',
        'Huono päivä;Tiivistelmä;development_project;public_administration;VM;ongoing;31.2.2025;100',
        'Huono summa;Tiivistelmä;development_project;public_administration;VM;ongoing;;1.234,56',
        'Tuntematon;Tiivistelmä;hanke;public_administration;XYZ;ongoing;;',
        ';Tiivistelmä;development_project;public_administration;VM;ongoing;;',
      ].join('\n'),
    );
    expect(report.summary).toEqual({ created: 1, updated: 0, unchanged: 0, rejected: 4 });
    const rejected = report.records.filter((r) => r.outcome === 'rejected');
    expect(rejected.map((r) => r.row)).toEqual([3, 4, 5, 6]);
    expect(rejected[0]?.reasons).toEqual(['Start date (column start_date): That date does not exist.']);
    expect(rejected[1]?.reasons).toEqual([
      'Budget (column budget_eur): "1.234,56" is not an amount; write euros like 1250000,50.',
    ]);
    expect(rejected[2]?.reasons).toEqual([
      expect.stringMatching(/^Kind \(column kind\): Invalid option/),
      expect.stringMatching(/^Lead ministry \(column lead_ministry\): Unknown ministry/),
    ]);
    expect(rejected[3]).toMatchObject({
      key: 'row 6',
      reasons: ['Title in Finnish (column title_fi): The Finnish text is required.'],
    });
    expect(await database.db.$count(initiatives)).toBe(before);
  });

  it('stores HTML and formulas as plain text', async () => {
    const report = await csv(
      'title_fi,summary_fi,kind,track,lead_ministry,status\n"<img src=x onerror=alert(1)>","=HYPERLINK(""http://evil"")",working_group,public_administration,SM,planned\n',
    );
    expect(report.summary.created).toBe(1);
    const [row] = await database.db
      .select({ summary: initiatives.summaryFi })
      .from(initiatives)
      .where(eq(initiatives.titleFi, '<img src=x onerror=alert(1)>'));
    expect(row?.summary).toBe('=HYPERLINK("http://evil")');
  });

  it('refuses a file without a header row or with a broken quote', async () => {
    await expect(csv('foo;bar\n1;2\n')).rejects.toThrow(/first row must be the header/);
    await expect(csv('title_fi,summary_fi\n"never closed,x\n')).rejects.toThrow(
      /Line 2: A quoted field is never closed/,
    );
    await expect(csv('title_fi,title_fi\nx,y\n')).rejects.toThrow(/appears twice/);
    await expect(
      runImport(database.db, { format: 'csv', body: new Uint8Array([0x74, 0xff, 0xfe]), actor: coordinator }),
    ).rejects.toThrow(/not UTF-8/);
  });
});

describe('XLSX import', () => {
  it('reads the first sheet: text, numbers, date cells and rich text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hankkeet');
    sheet.addRow([
      'Project number',
      'title_fi',
      'summary_fi',
      'kind',
      'track',
      'lead_ministry',
      'status',
      'start_date',
      'end_date',
      'budget_eur',
      'themes',
    ]);
    sheet.addRow([
      'STM030:00/2025',
      { richText: [{ text: 'Terveys' }, { text: 'datan ohjelma', font: { bold: true } }] },
      'Tiivistelmä',
      'programme_strategy',
      'digitalisation_data_economy',
      'stm',
      'ongoing',
      new Date(Date.UTC(2025, 0, 15)),
      '31.12.2026',
      2500000.75,
      'health_data; ai',
    ]);
    sheet.addRow([]);
    sheet.addRow([
      '',
      'Toinen',
      'Tiivistelmä',
      'development_project',
      'public_administration',
      'VM',
      'planned',
      '',
      '',
      1200,
      '',
    ]);
    const body = new Uint8Array(await workbook.xlsx.writeBuffer());
    const report = await runImport(database.db, { format: 'xlsx', body, actor: coordinator });
    expect(report.summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(report.records.map((r) => r.row)).toEqual([2, 4]);
    const imported = await getInitiative(database.db, await idOf('STM030:00/2025'));
    expect(imported).toMatchObject({
      title: { fi: 'Terveysdatan ohjelma' },
      leadMinistry: 'STM',
      startDate: '2025-01-15',
      endDate: '2026-12-31',
      budgetCents: 250_000_075,
      themes: ['health_data', 'ai'],
    });
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(
      runImport(database.db, { format: 'xlsx', body: encode('title_fi\nx\n'), actor: coordinator }),
    ).rejects.toThrow(/not a readable XLSX workbook/);
  });
});
