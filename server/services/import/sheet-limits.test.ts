import { monitorEventLoopDelay } from 'node:perf_hooks';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_RECORDS } from '../../../shared/export-format.ts';
import { deflatedEntry, zipOf } from '../../test/zip.ts';
import { readCsvFile } from './csv.ts';
import { readDigisalkkuFile } from './digisalkku.ts';
import { readHankeikkunaFile } from './hankeikkuna.ts';
import { ImportFileError, ImportTooLargeError } from './plan.ts';
import { readXlsxFile } from './xlsx.ts';

/**
 * A 6.5 MB sheet of 300,000 rows once froze the server for minutes: the whole workbook was
 * loaded before its rows were counted. Each reader now refuses more than MAX_IMPORT_RECORDS
 * records before building any, and the XLSX reader stops reading there.
 */
const MiB = 1024 * 1024;
const encode = (text: string) => new TextEncoder().encode(text);
const HEADER = ['project_number', 'title_fi', 'summary_fi', 'kind', 'track', 'lead_ministry', 'status'];
const cellsOf = (n: number) => [
  `VM${String(n % 1000).padStart(3, '0')}:00/${2000 + Math.floor(n / 1000)}`,
  `Hanke ${n}`,
  `Tiivistelmä hankkeesta ${n}, datatalous ja tekoäly.`,
  'development_project',
  'digitalisation_data_economy',
  'VM',
  'ongoing',
];

/** A workbook of `count` data rows with a date column, written as Excel does: shared strings, styles. */
async function workbook(count: number): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
  const sheet = writer.addWorksheet('Hankkeet');
  sheet.addRow([...HEADER, 'start_date']).commit();
  for (let n = 1; n <= count; n += 1)
    sheet.addRow([...cellsOf(n), new Date(Date.UTC(2025, 0, 1 + (n % 365)))]).commit();
  sheet.commit();
  await writer.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

const xmlRow = (r: number, cells: string[]) =>
  `<row r="${r}">${cells.map((text, c) => `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${text}</t></is></c>`).join('')}</row>`;

/** A minimal workbook, its sheet XML written by hand: `rows` after the header, then `tail` as is. */
function handWrittenWorkbook(rows: string[][], tail = ''): Uint8Array {
  const sheet = [xmlRow(1, HEADER), ...rows.map((cells, index) => xmlRow(index + 2, cells))].join('');
  return new Uint8Array(
    zipOf([
      deflatedEntry(
        'xl/workbook.xml',
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Hankkeet" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      deflatedEntry(
        'xl/_rels/workbook.xml.rels',
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      deflatedEntry(
        'xl/worksheets/sheet1.xml',
        `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheet}${tail}</sheetData></worksheet>`,
      ),
    ]),
  );
}

/** Runs `read`, sampling the heap's peak growth and the event loop's worst delay meanwhile. */
async function measured<T>(read: () => Promise<T>) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  delay.enable();
  const started = performance.now();
  const outcome = await read().then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );
  const ms = Math.round(performance.now() - started);
  delay.disable();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return {
    ...outcome,
    ms,
    heapMb: Math.round((peak - baseline) / MiB),
    worstDelayMs: Math.round(delay.max / 1e6),
  };
}

describe('XLSX', () => {
  it(`refuses a sheet of more than ${MAX_IMPORT_RECORDS} rows, reading no further`, async () => {
    const body = await workbook(MAX_IMPORT_RECORDS + 1);
    const { error, ms, heapMb, worstDelayMs } = await measured(() => readXlsxFile(body));
    console.log(
      `XLSX of ${MAX_IMPORT_RECORDS + 1} rows (${(body.length / MiB).toFixed(1)} MB) refused in ${ms} ms; heap grew at most ${heapMb} MB; event loop's worst delay ${worstDelayMs} ms`,
    );
    expect(error).toBeInstanceOf(ImportTooLargeError);
    expect((error as Error).message).toBe(
      'The sheet has more than 20000 records; one import takes at most 20000. Split it into smaller files.',
    );
    // Loading the workbook whole took several times the file in heap; a 300,000-row one, gigabytes.
    expect(heapMb).toBeLessThan(300);
  });

  it('stops at the first row too many: what follows it is never parsed', async () => {
    const rows = Array.from({ length: MAX_IMPORT_RECORDS + 2000 }, (_, index) => cellsOf(index + 1));
    // Past the limit (and well past the chunk being parsed there) the XML breaks off.
    const broken = '<row r="999999"><c r="A999999" t="inlineStr"><is><t>cut off</row>';
    await expect(readXlsxFile(handWrittenWorkbook(rows, broken))).rejects.toThrow(ImportTooLargeError);
    // The same break within the limit is read, and found.
    const short = readXlsxFile(handWrittenWorkbook(rows.slice(0, 10), broken));
    await expect(short).rejects.toThrow(ImportFileError);
    await expect(short).rejects.toThrow(/not a readable XLSX workbook/);
  });

  it(`reads a sheet of exactly ${MAX_IMPORT_RECORDS} rows, date cells and all`, async () => {
    const body = await workbook(MAX_IMPORT_RECORDS);
    const { value: plan, error, ms, worstDelayMs } = await measured(() => readXlsxFile(body));
    console.log(
      `XLSX of ${MAX_IMPORT_RECORDS} rows read in ${ms} ms; event loop's worst delay ${worstDelayMs} ms`,
    );
    expect(error).toBeUndefined();
    expect(plan?.records).toHaveLength(MAX_IMPORT_RECORDS);
    const last = plan?.records.at(-1);
    expect(last).toMatchObject({ row: MAX_IMPORT_RECORDS + 1, projectNumber: 'VM000:00/2020' });
    expect(last?.build(null, { euActId: () => undefined }).input).toMatchObject({
      title: { fi: `Hanke ${MAX_IMPORT_RECORDS}` },
      startDate: '2025-10-18',
    });
  });

  it('counts records, not rows: blank rows between them do not count', async () => {
    const rows = Array.from({ length: MAX_IMPORT_RECORDS }, (_, index) => cellsOf(index + 1));
    const withBlanks = rows.flatMap((cells, index) =>
      index % 1000 === 0 ? [[' ', '', ' '], cells] : [cells],
    );
    const plan = await readXlsxFile(handWrittenWorkbook(withBlanks));
    expect(plan.records).toHaveLength(MAX_IMPORT_RECORDS);
  });
});

/** What `read` throws. */
async function thrown(read: () => unknown): Promise<unknown> {
  try {
    await read();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('CSV and JSON', () => {
  const csv = (count: number, blank = '') =>
    encode(
      [HEADER, ...Array.from({ length: count }, (_, index) => cellsOf(index + 1))]
        .map((cells) => cells.join(';'))
        .join(`\n${blank}`),
    );

  it(`refuses a CSV sheet of more than ${MAX_IMPORT_RECORDS} records, counting no blank line`, async () => {
    const error = await thrown(() => readCsvFile(csv(MAX_IMPORT_RECORDS + 1)));
    expect(error).toBeInstanceOf(ImportTooLargeError);
    expect((error as Error).message).toBe(
      'The sheet has 20001 records; one import takes at most 20000. Split it into smaller files.',
    );
    expect(readCsvFile(csv(MAX_IMPORT_RECORDS, ';;\n')).records).toHaveLength(MAX_IMPORT_RECORDS);
  });

  it(`refuses a digisalkku export or a Hankeikkuna response of more than ${MAX_IMPORT_RECORDS} records`, async () => {
    const records = JSON.stringify(Array.from({ length: MAX_IMPORT_RECORDS + 1 }, () => ({})));
    for (const error of await Promise.all([
      thrown(() =>
        readDigisalkkuFile(encode(`{"format":"digisalkku","formatVersion":1,"initiatives":${records}}`)),
      ),
      thrown(() => readHankeikkunaFile(encode(`{"result":${records}}`), { today: '2025-01-01' })),
    ])) {
      expect(error).toBeInstanceOf(ImportTooLargeError);
      expect((error as Error).message).toBe(
        'The file has 20001 records; one import takes at most 20000. Split it into smaller files.',
      );
    }
  });
});
