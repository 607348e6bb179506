import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { MAX_IMPORT_RECORDS } from '../../../shared/export-format.ts';
import { fm } from '../../../shared/messages/import-file-messages.ts';
import { ImportFileError, type ImportPlan, ImportTooLargeError } from './plan.ts';
import { readSheet, type SheetRow } from './sheet.ts';
import {
  assertZipWithinLimits,
  readZipDirectory,
  UnreadableZipError,
  type ZipEntry,
  ZipTooLargeError,
} from './zip-limits.ts';

/*
 * The first worksheet is read with exceljs's streaming reader, row by row, so a huge sheet is
 * refused after MAX_IMPORT_RECORDS rows instead of after it is all in memory, and the event loop
 * runs between the inflated chunks. The reader handles parts in the order the zip stores them:
 * a sheet before the shared strings goes to a temporary file (left on disk when reading stops
 * early), before the styles its dates come out as serial numbers, and entries missing from the
 * central directory would be read unchecked. So it is fed a zip rebuilt from the verified central
 * directory: the workbook, its rels, styles and shared strings first, then the one sheet.
 */

const READER_OPTIONS = {
  worksheets: 'emit',
  sharedStrings: 'cache',
  // Cached styles tell date cells from numbers.
  styles: 'cache',
  // A linked cell is read as its text.
  hyperlinks: 'ignore',
  entries: 'ignore',
} as const;

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
/** The entries exceljs (either reader) takes for worksheets. */
const WORKSHEET = /xl\/worksheets\/sheet\d+[.]xml/;

/** What WorkbookReader keeps of workbook.xml and its rels; exceljs's types leave it out. */
interface ReaderState {
  model?: { sheets?: { name?: string; rId?: string }[] };
  workbookRels?: { Id?: string; Target?: string }[];
  properties?: { model?: { date1904?: boolean } };
  sharedStrings?: unknown[];
}

/** A cell as the text a person sees: dates as ISO dates, numbers in full, formulas by their result. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as Record<string, unknown>;
    if (Array.isArray(cell.richText))
      return (cell.richText as { text?: unknown }[]).map((part) => cellText(part.text)).join('');
    if ('hyperlink' in cell) return cellText(cell.text);
    if ('formula' in cell || 'sharedFormula' in cell) return cellText(cell.result);
  }
  return '';
}

// exceljs's own test for a date format and its serial-to-date conversion (lib/utils/utils.js).
const isDateFormat = (format: string | undefined) =>
  !!format && /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
const excelToDate = (serial: number, date1904: boolean) =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));

/** A row's cells as text. Like the whole-workbook loader, a date-formatted formula gives its result as a date. */
function rowCells(row: ExcelJS.Row, date1904: boolean): string[] {
  // row.values is 1-based: index 0 is always empty.
  const values = Array.isArray(row.values) ? row.values.slice(1) : [];
  return Array.from(values, (value, index) => {
    const formula = value as { formula?: unknown; result?: unknown } | null | undefined;
    if (typeof formula?.result === 'number' && isDateFormat(row.getCell(index + 1).numFmt))
      return cellText(excelToDate(formula.result, date1904));
    return cellText(value);
  });
}

/** Entries the streaming reader is fed: only the needed ones, verified, in the order it needs. */
function zipStream(bytes: Buffer, entries: readonly (ZipEntry | undefined)[]): Readable {
  return Readable.from(zipRecords(bytes, entries), { objectMode: false });
}

const CHUNK_BYTES = 64 * 1024;

function* zipRecords(bytes: Buffer, entries: readonly (ZipEntry | undefined)[]): Generator<Buffer> {
  for (const entry of entries) {
    if (!entry) continue;
    // The data lies where assertZipWithinLimits inflated it: after the local header's name and extra field.
    const at = entry.localHeaderOffset;
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    // A fresh local header with the sizes the central directory declares (and the check confirmed).
    const name = Buffer.from(entry.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x800, 6);
    header.writeUInt16LE(entry.method, 8);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(entry.uncompressedSize, 22);
    header.writeUInt16LE(name.length, 26);
    yield Buffer.concat([header, name]);
    // Small pieces: a stored (uncompressed) sheet would otherwise be parsed in one go.
    for (let offset = 0; offset < data.length; offset += CHUNK_BYTES)
      yield data.subarray(offset, offset + CHUNK_BYTES);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  yield end;
}

// exceljs takes about half a second to load: loaded by the first workbook read, not at every start.
async function newReader(bytes: Buffer, entries: readonly (ZipEntry | undefined)[]) {
  const { default: excel } = await import('exceljs');
  return new excel.stream.xlsx.WorkbookReader(zipStream(bytes, entries), READER_OPTIONS);
}

/** The first sheet in workbook order that is a worksheet, found as the whole-workbook loader finds it. */
async function firstWorksheet(bytes: Buffer, byName: Map<string, ZipEntry>): Promise<ZipEntry | undefined> {
  const reader = await newReader(bytes, [byName.get(WORKBOOK_RELS), byName.get(WORKBOOK)]);
  // No worksheet is fed, so none is yielded: iterating just reads the workbook and its rels.
  for await (const _ of reader);
  const { model, workbookRels } = reader as unknown as ReaderState;
  const targets = new Map((workbookRels ?? []).map((rel) => [rel.Id, rel.Target]));
  for (const sheet of model?.sheets ?? []) {
    const target = targets.get(sheet.rId);
    // A chart sheet's target is no worksheet entry: it is passed over, as the loader does.
    const entry = target === undefined ? undefined : byName.get(`xl/${target.replace(/^(\s|\/xl\/)+/, '')}`);
    if (entry && WORKSHEET.test(entry.name)) return entry;
  }
  return undefined;
}

/** Reads rows until the sheet ends or holds more data rows than one import takes. */
async function readRows(bytes: Buffer, byName: Map<string, ZipEntry>, sheet: ZipEntry): Promise<SheetRow[]> {
  const reader = await newReader(bytes, [
    byName.get(WORKBOOK_RELS),
    byName.get(WORKBOOK),
    byName.get(STYLES),
    byName.get(SHARED_STRINGS),
    sheet,
  ]);
  const state = reader as unknown as ReaderState;
  // Without shared strings the reader would park the sheet in a temporary file to wait for them.
  if (!byName.has(SHARED_STRINGS)) state.sharedStrings = [];
  const rows: SheetRow[] = [];
  let records = 0;
  for await (const worksheet of reader) {
    const date1904 = state.properties?.model?.date1904 === true;
    for await (const row of worksheet) {
      if (!row.hasValues) continue;
      const cells = rowCells(row, date1904);
      // Counted as readSheet counts records: rows after the header, blank ones skipped.
      if (rows.length > 0 && cells.some((cell) => cell.trim() !== '')) records += 1;
      if (records > MAX_IMPORT_RECORDS)
        throw new ImportTooLargeError(fm('sheetMoreThan', { max: MAX_IMPORT_RECORDS }));
      rows.push({ row: row.number, cells });
    }
    break;
  }
  return rows;
}

/** exceljs inflates the parts it reads, so a workbook is measured (and truly inflated, capped) first. */
async function assertWorkbookWithinLimits(body: Uint8Array): Promise<void> {
  try {
    await assertZipWithinLimits(body);
  } catch (error) {
    if (error instanceof ZipTooLargeError)
      throw new ImportTooLargeError(fm('workbookTooLarge', { reason: error.message }));
    if (error instanceof UnreadableZipError)
      throw new ImportFileError(fm('notXlsx', { detail: `: ${error.message}` }));
    throw error;
  }
}

/**
 * The rows of the first worksheet of an XLSX workbook as text, verified against the zip limits
 * first. Refuses with ImportTooLargeError a workbook beyond them, or a sheet of more than
 * MAX_IMPORT_RECORDS records as soon as it gets there; anything unreadable is an ImportFileError.
 */
export async function readXlsxRows(body: Uint8Array): Promise<SheetRow[]> {
  if (body.length === 0) throw new ImportFileError(fm('empty'));
  await assertWorkbookWithinLimits(body);
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const byName = new Map(readZipDirectory(bytes).map((entry) => [entry.name, entry]));
  try {
    const sheet = await firstWorksheet(bytes, byName);
    if (!sheet) throw new ImportFileError(fm('noWorksheet'));
    return await readRows(bytes, byName, sheet);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    // exceljs's own words (English, about its internals) would not help: the answer says what to do.
    throw new ImportFileError(fm('notXlsx', { detail: '' }));
  }
}

/** Reads the first worksheet of an XLSX workbook with the same columns as the CSV sheet. */
export async function readXlsxFile(body: Uint8Array): Promise<ImportPlan> {
  return readSheet('xlsx', await readXlsxRows(body));
}
