/**
 * The meeting pack's initiatives as CSV that Excel opens right in the Finnish locale: UTF-8
 * with a byte-order mark (else Excel reads it as Windows-1252 and ä becomes Ã¤), `;` between
 * fields (the comma is Finland's decimal mark), CRLF line ends and RFC 4180 quoting. One row per
 * initiative under a header row, with the columns of the XLSX initiatives sheet
 * (initiative-columns.ts). Dates as `2.12.2026` and decimals with a comma in Finnish and
 * Swedish, which Excel reads back as dates and numbers; ISO dates and a decimal point in English.
 * Every text cell is neutralised against formula injection (cell-safety.ts).
 */
import type { Language } from '../../shared/codes.ts';
import type { Initiative } from '../../shared/initiative.ts';
import type { InitiativesPack } from '../../shared/meeting-pack.ts';
import { neutraliseFormula } from './cell-safety.ts';
import {
  formatDate,
  helsinkiWallClock,
  type InitiativeColumn,
  initiativeColumns,
} from './initiative-columns.ts';

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';
const LINE_END = '\r\n';

/**
 * RFC 4180: a field holding the separator, a quote or a line break is quoted, its quotes doubled.
 * So is one holding a comma or a tab: Excel in a locale whose list separator is the comma (and
 * any reader splitting on tabs) would start a new cell there, and `Budjetti,=1+cmd|…` would
 * become a formula cell behind the neutralised start (cell-safety.ts looks at the start only).
 */
export function csvField(text: string): string {
  return /[;,\t"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A number as Excel in the language's locale reads it: no grouping, two decimals if any, a decimal comma in Finnish and Swedish. */
function csvNumber(value: number, language: Language): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(2);
  return language === 'en' ? text : text.replace('.', ',');
}

function csvDate(isoDate: string, language: Language): string {
  return language === 'en' ? isoDate : formatDate(isoDate, language);
}

/** Helsinki time, with a colon Excel reads in any locale: `1.12.2026 16:05`, `2026-12-01 16:05`. */
function csvTimestamp(instant: Date, language: Language): string {
  const wall = helsinkiWallClock(instant).toISOString();
  return `${csvDate(wall.slice(0, 10), language)} ${wall.slice(11, 16)}`;
}

function cellText(column: InitiativeColumn, initiative: Initiative, language: Language): string {
  switch (column.type) {
    case 'text': {
      const value = column.value(initiative);
      return value === null ? '' : neutraliseFormula(value);
    }
    case 'date': {
      const value = column.value(initiative);
      return value === null ? '' : csvDate(value, language);
    }
    case 'timestamp': {
      const value = column.value(initiative);
      return value === null ? '' : csvTimestamp(value, language);
    }
    case 'euros':
    case 'number': {
      const value = column.value(initiative);
      return value === null ? '' : csvNumber(value, language);
    }
  }
}

/** Rows turned into bytes at a time: the file is never one string as well as its bytes. */
const ROWS_PER_CHUNK = 500;

/** The pack's initiatives as a CSV file: a header row in the pack's language, then a row each. */
export function renderCsv(pack: InitiativesPack): Buffer {
  return renderInitiativesCsv(pack.initiatives, pack.language, initiativeColumns(pack.language));
}

/** Initiatives as a CSV file of the given columns (every field, or the open-data feed's public ones). */
export function renderInitiativesCsv(
  initiatives: readonly Initiative[],
  language: Language,
  columns: readonly InitiativeColumn[],
): Buffer {
  const line = (cells: string[]) => cells.map(csvField).join(CSV_SEPARATOR) + LINE_END;
  const chunks = [Buffer.from(BOM + line(columns.map((column) => neutraliseFormula(column.header))), 'utf8')];
  let text = '';
  initiatives.forEach((initiative, index) => {
    text += line(columns.map((column) => cellText(column, initiative, language)));
    if ((index + 1) % ROWS_PER_CHUNK === 0) {
      chunks.push(Buffer.from(text, 'utf8'));
      text = '';
    }
  });
  chunks.push(Buffer.from(text, 'utf8'));
  return Buffer.concat(chunks);
}
