import ExcelJS from 'exceljs';
import { ImportFileError, type ImportPlan, ImportTooLargeError } from './plan.ts';
import { readSheet, type SheetRow } from './sheet.ts';
import { assertZipWithinLimits, UnreadableZipError, ZipTooLargeError } from './zip-limits.ts';

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

/** exceljs inflates every entry whole, so a workbook is measured (and truly inflated, capped) first. */
async function assertWorkbookWithinLimits(body: Uint8Array): Promise<void> {
  try {
    await assertZipWithinLimits(body);
  } catch (error) {
    if (error instanceof ZipTooLargeError)
      throw new ImportTooLargeError(
        `The workbook is too large when unpacked: ${error.message}. Split it into smaller files.`,
      );
    if (error instanceof UnreadableZipError)
      throw new ImportFileError(`The file is not a readable XLSX workbook: ${error.message}.`);
    throw error;
  }
}

/** Reads the first worksheet of an XLSX workbook with the same columns as the CSV sheet. */
export async function readXlsxFile(body: Uint8Array): Promise<ImportPlan> {
  if (body.length === 0) throw new ImportFileError('The file is empty.');
  await assertWorkbookWithinLimits(body);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(body.buffer, body.byteOffset, body.byteLength) as never);
  } catch (error) {
    throw new ImportFileError(`The file is not a readable XLSX workbook: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('The workbook has no worksheet.');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based: index 0 is always empty.
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push({ row: rowNumber, cells: Array.from(values, cellText) });
  });
  return readSheet('xlsx', rows);
}
