import { CsvError, parseCsv } from '../../../shared/csv.ts';
import { decodeText, ImportFileError, type ImportPlan } from './plan.ts';
import { readSheet } from './sheet.ts';

/** Reads a CSV sheet: UTF-8 with or without BOM, comma or semicolon delimited (sheet.ts has the columns). */
export function readCsvFile(body: Uint8Array): ImportPlan {
  const text = decodeText(body);
  try {
    const rows = parseCsv(text);
    return readSheet(
      'csv',
      rows.map((row) => ({ row: row.line, cells: row.fields })),
    );
  } catch (error) {
    if (error instanceof CsvError) throw new ImportFileError(`The CSV file cannot be read: ${error.message}`);
    throw error;
  }
}
