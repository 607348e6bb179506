import { CsvError, parseCsv } from '../../../shared/csv.ts';
import { MAX_IMPORT_RECORDS } from '../../../shared/export-format.ts';
import { fm } from '../../../shared/messages/import-file-messages.ts';
import { decodeText, ImportFileError, type ImportPlan, ImportTooLargeError } from './plan.ts';
import { readSheet } from './sheet.ts';

/**
 * Reads a CSV sheet: UTF-8 with or without BOM, comma or semicolon delimited (sheet.ts has the
 * columns). A sheet of more than MAX_IMPORT_RECORDS records is refused before any is built.
 */
export function readCsvFile(body: Uint8Array): ImportPlan {
  const text = decodeText(body);
  try {
    const rows = parseCsv(text);
    // Counted as readSheet counts records: rows after the header, blank ones skipped.
    const records = rows.reduce(
      (count, row, index) =>
        index > 0 && row.fields.some((field) => field.trim() !== '') ? count + 1 : count,
      0,
    );
    if (records > MAX_IMPORT_RECORDS)
      throw new ImportTooLargeError(fm('sheetTooManyRecords', { count: records, max: MAX_IMPORT_RECORDS }));
    return readSheet(
      'csv',
      rows.map((row) => ({ row: row.line, cells: row.fields })),
    );
  } catch (error) {
    if (error instanceof CsvError) throw new ImportFileError(fm('csvUnreadable', { problem: error.message }));
    throw error;
  }
}
