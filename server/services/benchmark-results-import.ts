import { type BenchmarkResultData, benchmarkResultInputSchema } from '../../shared/benchmark.ts';
import type { Language } from '../../shared/codes.ts';
import { CsvError, parseCellDate, parseCsv } from '../../shared/csv.ts';
import { fm } from '../../shared/messages/import-file-messages.ts';
import { sm } from '../../shared/server-messages.ts';
import type { SessionUser } from '../../shared/user.ts';
import { validationLanguage } from '../../shared/validation-messages.ts';
import type { Db } from '../db/database.ts';
import { writeTransaction } from '../db/write-transaction.ts';
import { invalid } from '../errors.ts';
import { writeResults } from './benchmark.ts';
import { decodeText, ImportFileError } from './import/plan.ts';
import type { SheetRow } from './import/sheet.ts';
import { readXlsxRows } from './import/xlsx.ts';

/** A results file is a few dozen rows; anything near this is the wrong file. */
export const MAX_RESULTS_FILE_BYTES = 5 * 1024 * 1024;
/** Editions one file may hold: decades of a yearly comparison, many times over. */
export const MAX_RESULT_ROWS = 500;
/** Rows whose problems the refusal spells out; the rest are counted. */
const ROWS_SPELLED_OUT = 10;

type Column = 'edition' | 'publishedOn' | 'score' | 'rank' | 'rankOf' | 'note';

/** Header names read for each column, per language; the first of the request's language names it in messages. */
const HEADERS: Readonly<Record<Column, Readonly<Record<Language, readonly string[]>>>> = {
  edition: { en: ['edition', 'year'], fi: ['painos', 'vuosi'], sv: ['utgåva', 'år'] },
  publishedOn: {
    en: ['published', 'published_on', 'publication_date'],
    fi: ['julkaistu', 'julkaisupäivä'],
    sv: ['publicerad', 'publiceringsdatum'],
  },
  score: { en: ['score'], fi: ['pisteet', 'pistemäärä'], sv: ['poäng'] },
  rank: { en: ['rank'], fi: ['sijoitus', 'sija'], sv: ['placering'] },
  rankOf: {
    en: ['countries', 'of', 'rank_of', 'ranked'],
    fi: ['maita', 'maat', 'maiden_määrä'],
    sv: ['länder', 'antal_länder'],
  },
  note: { en: ['note', 'notes'], fi: ['huomautus', 'huomautukset'], sv: ['anmärkning', 'anmärkningar'] },
};

const normaliseHeader = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const COLUMN_OF_HEADER = new Map<string, Column>(
  (Object.entries(HEADERS) as [Column, Record<Language, readonly string[]>][]).flatMap(([column, names]) =>
    Object.values(names).flatMap((list) => list.map((name) => [name, column] as const)),
  ),
);

/** How a problem names a column: as the file's header says it, else in the request's language. */
function columnLabel(column: Column, headers: Map<Column, string>): string {
  return headers.get(column) ?? HEADERS[column][validationLanguage()][0] ?? column;
}

/** `82,5`, `82.5`, `1 000`: a number, null when empty, undefined when it is not one. */
function parseNumber(text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  if (!/^[-+−]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return undefined;
  return Number(compact.replace('−', '-').replace(',', '.'));
}

interface RowOutcome {
  row: number;
  result?: BenchmarkResultData;
  problems: string[];
}

/** One data row as a result, or the problems that keep it out, each naming its column. */
function readRow(row: SheetRow, columns: Map<number, Column>, headers: Map<Column, string>): RowOutcome {
  const problems: string[] = [];
  const raw: Record<Column, unknown> = {
    edition: '',
    publishedOn: null,
    score: null,
    rank: null,
    rankOf: null,
    note: null,
  };
  for (const [index, column] of columns) {
    const text = (row.cells[index] ?? '').trim();
    const problem = (message: string) => problems.push(`${columnLabel(column, headers)}: ${message}`);
    if (column === 'edition' || column === 'note') raw[column] = text;
    else if (column === 'publishedOn') {
      const date = parseCellDate(text);
      if (date === undefined) problem(sm('resultsNotDate', { value: text }));
      else raw.publishedOn = date;
    } else {
      const number = parseNumber(text);
      if (number === undefined) problem(sm('resultsNotNumber', { value: text }));
      else raw[column] = number;
    }
  }
  if (problems.length > 0) return { row: row.row, problems };
  const parsed = benchmarkResultInputSchema.safeParse(raw);
  if (parsed.success) return { row: row.row, result: parsed.data, problems };
  for (const issue of parsed.error.issues) {
    const column = issue.path[0] as Column | undefined;
    problems.push(column ? `${columnLabel(column, headers)}: ${issue.message}` : issue.message);
  }
  return { row: row.row, problems };
}

/** The sheet's rows as results; any problem (a bad row, an edition twice) refuses the whole file. */
export function resultsOfRows(rows: SheetRow[]): BenchmarkResultData[] {
  const [header, ...data] = rows;
  const columns = new Map<number, Column>();
  const headers = new Map<Column, string>();
  header?.cells.forEach((name, index) => {
    const column = COLUMN_OF_HEADER.get(normaliseHeader(name));
    if (!column || headers.has(column)) return;
    columns.set(index, column);
    headers.set(column, name.trim());
  });
  if (!headers.has('edition')) throw invalid(sm('resultsNoEditionColumn'));
  const filled = data.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (filled.length === 0) throw invalid(sm('resultsNoRows'));
  if (filled.length > MAX_RESULT_ROWS)
    throw invalid(sm('resultsTooManyRows', { count: filled.length, max: MAX_RESULT_ROWS }));

  const outcomes = filled.map((row) => readRow(row, columns, headers));
  const firstRowOf = new Map<string, number>();
  for (const outcome of outcomes) {
    if (!outcome.result) continue;
    const first = firstRowOf.get(outcome.result.edition);
    if (first === undefined) firstRowOf.set(outcome.result.edition, outcome.row);
    else
      outcome.problems.push(sm('resultsDuplicateEdition', { edition: outcome.result.edition, other: first }));
  }
  const bad = outcomes.filter((outcome) => outcome.problems.length > 0);
  if (bad.length > 0) {
    const spelled = bad
      .slice(0, ROWS_SPELLED_OUT)
      .map((outcome) => sm('resultsRowProblems', { row: outcome.row, problems: outcome.problems.join(' ') }));
    if (bad.length > ROWS_SPELLED_OUT)
      spelled.push(sm('resultsMoreRows', { count: bad.length - ROWS_SPELLED_OUT }));
    throw invalid(sm('resultsBadRows', { count: bad.length, problems: spelled.join(' ') }));
  }
  return outcomes.flatMap((outcome) => (outcome.result ? [outcome.result] : []));
}

const isZip = (body: Uint8Array) =>
  body[0] === 0x50 && body[1] === 0x4b && body[2] === 0x03 && body[3] === 0x04;

/** The rows of a CSV (comma or semicolon, UTF-8 with or without BOM) or XLSX file, as text. */
async function readRows(fileName: string, body: Uint8Array): Promise<SheetRow[]> {
  try {
    // An XLSX is a zip whatever it is called; a .xlsx that is not one gets the XLSX reader's words.
    if (isZip(body) || /\.xlsx$/i.test(fileName)) return await readXlsxRows(body);
    return parseCsv(decodeText(body)).map((row) => ({ row: row.line, cells: row.fields }));
  } catch (error) {
    if (error instanceof CsvError) throw invalid(fm('csvUnreadable', { problem: error.message }));
    if (error instanceof ImportFileError) throw invalid(error.message);
    throw error;
  }
}

/**
 * Coordinators (the router checks): Finland's results for editions of one benchmark from a
 * CSV or XLSX sheet, one row per edition, columns named in Finnish, Swedish or English. All
 * or nothing: any bad row refuses the file with every row's problems in the request's
 * language; otherwise one transaction adds or corrects each edition with its history event,
 * and editions already as the file has them are left alone.
 */
export async function importResults(
  db: Db,
  user: SessionUser,
  input: { benchmarkId: string; fileName: string; contentBase64: string },
): Promise<{ added: number; changed: number }> {
  const body = Buffer.from(input.contentBase64, 'base64');
  if (body.length > MAX_RESULTS_FILE_BYTES)
    throw invalid(sm('resultsFileTooLarge', { max: MAX_RESULTS_FILE_BYTES / 1024 / 1024 }));
  if (body.length === 0) throw invalid(fm('empty'));
  const results = resultsOfRows(await readRows(input.fileName, body));
  return writeTransaction(db, (tx) => writeResults(tx, input.benchmarkId, results, user));
}
