import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../shared/user.ts';
import { setValidationLanguage } from '../../shared/validation-messages.ts';
import type { Database } from '../db/database.ts';
import { callerFor } from '../test/caller.ts';
import { createBenchmark, rejectionOf } from '../test/factories.ts';
import { createRoleUsers, createTestDatabase } from '../test/test-database.ts';

let database: Database;
let coordinator: SessionUser;
let editor: SessionUser;
let viewer: SessionUser;
const as = (user: SessionUser) => callerFor(database, user);

beforeAll(async () => {
  database = await createTestDatabase();
  ({ coordinator, editor, viewer } = await createRoleUsers(database));
});
afterAll(() => database.close());
afterEach(() => setValidationLanguage('en'));

const base64 = (content: string | Uint8Array) => Buffer.from(content).toString('base64');

async function resultsOf(benchmarkId: string) {
  const details = await as(viewer).cooperation.benchmark.get({ id: benchmarkId });
  return details.results.map(({ id: _id, ...result }) => result);
}

async function resultEvents(benchmarkId: string) {
  const history = await as(viewer).cooperation.benchmark.history({ id: benchmarkId });
  return history.filter((event) => event.action === 'result');
}

describe('importing benchmark results', () => {
  it('reads a semicolon CSV with Finnish headers, a BOM and decimal commas, and a re-import changes nothing', async () => {
    const benchmark = await createBenchmark(database, coordinator);
    const csv =
      '\uFEFFPainos;Julkaistu;Pisteet;Sijoitus;Maita;Huomautus\r\n' +
      '2023;27.9.2023;"69,9";1;27;\r\n' +
      '2024;2024-07-01;72,1;2;27;"Uusi menetelmä; ei vertailukelpoinen"\r\n' +
      '\r\n';
    const input = { benchmarkId: benchmark.id, fileName: 'desi.csv', contentBase64: base64(csv) };
    expect(await as(coordinator).cooperation.benchmark.importResults(input)).toEqual({
      added: 2,
      changed: 0,
    });
    expect(await resultsOf(benchmark.id)).toEqual([
      { edition: '2023', publishedOn: '2023-09-27', score: 69.9, rank: 1, rankOf: 27, note: null },
      {
        edition: '2024',
        publishedOn: '2024-07-01',
        score: 72.1,
        rank: 2,
        rankOf: 27,
        note: 'Uusi menetelmä; ei vertailukelpoinen',
      },
    ]);
    expect(await resultEvents(benchmark.id)).toHaveLength(2);

    expect(await as(coordinator).cooperation.benchmark.importResults(input)).toEqual({
      added: 0,
      changed: 0,
    });
    expect(await resultEvents(benchmark.id)).toHaveLength(2);
  });

  it('reads a comma CSV with English headers in any order and corrects an edition already there', async () => {
    const benchmark = await createBenchmark(database, coordinator);
    await as(coordinator).cooperation.benchmark.setResult({
      benchmarkId: benchmark.id,
      result: { edition: '2022', score: 60 },
    });
    const csv = 'score,edition,rank,countries\n61.5,2022,,\n,2023,4,193\n';
    const result = await as(coordinator).cooperation.benchmark.importResults({
      benchmarkId: benchmark.id,
      fileName: 'un-egov.csv',
      contentBase64: base64(csv),
    });
    expect(result).toEqual({ added: 1, changed: 1 });
    expect(await resultsOf(benchmark.id)).toEqual([
      { edition: '2022', publishedOn: null, score: 61.5, rank: null, rankOf: null, note: null },
      { edition: '2023', publishedOn: null, score: null, rank: 4, rankOf: 193, note: null },
    ]);
  });

  it('reads the first sheet of an XLSX workbook with Swedish headers, numbers and dates as cells', async () => {
    const benchmark = await createBenchmark(database, coordinator);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Resultat');
    sheet.addRow(['Utgåva', 'Publicerad', 'Poäng', 'Placering', 'Länder', 'Anmärkning']);
    sheet.addRow([2024, new Date(Date.UTC(2024, 10, 5)), 0.92, 3, 38, 'Ny metod']);
    sheet.addRow(['2025', '', 0.95, 2, 38, null]);
    sheet.getColumn(2).numFmt = 'yyyy-mm-dd';
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await as(coordinator).cooperation.benchmark.importResults({
      benchmarkId: benchmark.id,
      fileName: 'oecd.xlsx',
      contentBase64: base64(file),
    });
    expect(result).toEqual({ added: 2, changed: 0 });
    expect(await resultsOf(benchmark.id)).toEqual([
      { edition: '2024', publishedOn: '2024-11-05', score: 0.92, rank: 3, rankOf: 38, note: 'Ny metod' },
      { edition: '2025', publishedOn: null, score: 0.95, rank: 2, rankOf: 38, note: null },
    ]);
  });

  it('refuses the whole file when any row is bad, naming each row and its problem in the request language', async () => {
    const benchmark = await createBenchmark(database, coordinator);
    const csv = [
      'painos;pisteet;sijoitus;maita;julkaistu',
      '2020;70;1;27;1.1.2020',
      '2021;paljon;;;',
      '2022;;;;',
      '2023;71;30;27;',
      '2020;72;;;',
      '2024;73;;;heinäkuu 2024',
      '2025;74;;;31.2.2025',
    ].join('\n');
    setValidationLanguage('fi');
    const refused = await rejectionOf(
      as(coordinator).cooperation.benchmark.importResults({
        benchmarkId: benchmark.id,
        fileName: 'tulokset.csv',
        contentBase64: base64(csv),
      }),
    );
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toMatch(/^Mitään ei tuotu: 6 rivillä on virheitä\./);
    expect(refused.message).toContain('Rivi 3: pisteet: ”paljon” ei ole luku.');
    expect(refused.message).toContain('Rivi 4: pisteet: Anna Suomen pistemäärä, sijoitus tai molemmat.');
    expect(refused.message).toContain(
      'Rivi 5: sijoitus: Sijoitus on suurempi kuin vertailtujen maiden määrä.',
    );
    expect(refused.message).toContain('Rivi 6: Painos 2020 on myös rivillä 2');
    expect(refused.message).toContain('Rivi 7: julkaistu: ”heinäkuu 2024” ei ole päivämäärä');
    expect(refused.message).toContain('Rivi 8: julkaistu: Päivämäärää ei ole olemassa.');
    expect(refused.message).not.toContain('Rivi 2:');
    expect(await resultsOf(benchmark.id)).toEqual([]);
    expect(await resultEvents(benchmark.id)).toEqual([]);
  });

  it('refuses a file without an edition column, an empty one and one that is no workbook', async () => {
    const benchmark = await createBenchmark(database, coordinator);
    const importing = (fileName: string, content: string | Uint8Array) =>
      rejectionOf(
        as(coordinator).cooperation.benchmark.importResults({
          benchmarkId: benchmark.id,
          fileName,
          contentBase64: base64(content),
        }),
      );
    const noEdition = await importing('r.csv', 'year of it,score\n2024,1\n');
    expect(noEdition.code).toBe('BAD_REQUEST');
    expect(noEdition.message).toContain('edition');
    expect((await importing('r.csv', 'edition,score\n')).message).toContain('no results below');
    const notXlsx = await importing('r.xlsx', 'edition,score\n2024,1\n');
    expect(notXlsx.code).toBe('BAD_REQUEST');
    expect(notXlsx.message).toContain('XLSX');
    expect(await resultsOf(benchmark.id)).toEqual([]);
  });

  it('is for coordinators only', async () => {
    const benchmark = await createBenchmark(database, coordinator);
    const input = {
      benchmarkId: benchmark.id,
      fileName: 'r.csv',
      contentBase64: base64('edition,score\n2024,50\n'),
    };
    for (const user of [viewer, editor]) {
      const refused = await rejectionOf(as(user).cooperation.benchmark.importResults(input));
      expect(refused.code).toBe('FORBIDDEN');
    }
    expect(await resultsOf(benchmark.id)).toEqual([]);
  });
});
