import { fm } from './messages/import-file-messages.ts';

/**
 * A small RFC 4180 CSV reader for spreadsheet imports. Excel in Finland writes semicolons
 * (the comma is the decimal mark), so the delimiter is detected from the header row; a UTF-8
 * byte-order mark is dropped; quoted fields may hold delimiters, doubled quotes and line breaks.
 */

export type CsvDelimiter = ',' | ';' | '\t';

export class CsvError extends Error {
  constructor(
    message: string,
    /** 1-based line of the file where the problem starts. */
    readonly line: number,
  ) {
    super(fm('csvLine', { line, problem: message }));
  }
}

export interface CsvRow {
  /** 1-based line of the file where the row starts (a quoted field may span lines). */
  line: number;
  fields: string[];
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The delimiter used most in the first line, outside quotes; comma when there is none. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (char === ',' || char === ';' || char === '\t')) counts[char] += 1;
  }
  const best = (Object.keys(counts) as CsvDelimiter[]).sort((a, b) => counts[b] - counts[a])[0] ?? ',';
  return counts[best] > 0 ? best : ',';
}

/**
 * Splits CSV text into rows of fields. Blank lines are skipped. A quote inside an unquoted
 * field is kept as text (as Excel does); a quoted field that never closes is an error.
 */
export function parseCsv(
  input: string,
  delimiter: CsvDelimiter = detectDelimiter(stripBom(input)),
): CsvRow[] {
  const text = stripBom(input);
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 1;
  // Whether the current field began with a quote (then only a delimiter or line end may follow the closing quote).
  let wasQuoted = false;

  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !wasQuoted)) rows.push({ line: rowLine, fields });
    fields = [];
    field = '';
    wasQuoted = false;
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          const next = text[i + 1];
          if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
            throw new CsvError(fm('csvTextAfterQuote'), line);
          }
        }
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      fields.push(field);
      field = '';
      wasQuoted = false;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      field += char;
    }
  }
  if (quoted) throw new CsvError(fm('csvUnclosedQuote'), quoteLine);
  if (field !== '' || fields.length > 0 || wasQuoted) endRow();
  return rows;
}

// ---------------------------------------------------------------- cell values

/**
 * A date cell as an ISO date: `2025-03-14`, a date-time starting with one, or the Finnish
 * `14.3.2025`. `null` when the cell is empty, `undefined` when it is not a date.
 */
export function parseCellDate(value: string): string | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text);
  if (iso) return iso[1];
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (finnish) {
    const [, day, month, year] = finnish;
    return `${year}-${(month as string).padStart(2, '0')}-${(day as string).padStart(2, '0')}`;
  }
  return undefined;
}

/**
 * Euros as whole cents, without floating point: `1250000`, `1 250 000,50`, `1250000.5`.
 * Spaces (also non-breaking) group thousands; `.` or `,` is the decimal mark, at most two
 * decimals. `null` when the cell is empty, `undefined` when it is not an amount.
 */
export function parseEuroCents(value: string): number | null | undefined {
  const text = value.replace(/[\s\u00a0\u202f]/g, '').replace(/(€|eur)$/i, '');
  if (text === '') return null;
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const [, whole = '', fraction = ''] = match;
  // Beyond 13 digits the cents would leave the safe integers; the schema rejects it as too large.
  if (whole.replace(/^0+/, '').length > 13) return Number.MAX_SAFE_INTEGER;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}
