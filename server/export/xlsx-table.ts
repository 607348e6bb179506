/**
 * The XLSX pack's sheet kit: number formats by language, the text cell (neutralised against
 * formula injection, within Excel's limit), and a sheet of rows under a frozen, filtered header.
 */
import type { Language } from '../../shared/codes.ts';
import { truncateText } from '../../shared/text.ts';
import { neutraliseFormula } from './cell-safety.ts';
import type { ColumnType } from './initiative-columns.ts';
import type { CellStyle, CellValue, SheetWriter, WorkbookWriter } from './xlsx-writer.ts';

/** Excel refuses a file whose cell holds more characters than this. */
const MAX_CELL_TEXT = 32_767;

/** Number formats by column type. The English ones carry en-GB's locale, so months read in English in any Excel. */
export const FORMATS: Record<Language, Partial<Record<ColumnType, string>>> = {
  fi: { date: 'd.m.yyyy', timestamp: 'd.m.yyyy h:mm', euros: '#,##0 "€"' },
  sv: { date: 'd.m.yyyy', timestamp: 'd.m.yyyy h:mm', euros: '#,##0 "€"' },
  // English puts the euro sign first (€1,234,567), as the PDF and PPTX packs write it.
  en: { date: '[$-809]d mmm yyyy', timestamp: '[$-809]d mmm yyyy hh:mm', euros: '"€"#,##0' },
};

export type Value = CellValue;

/** A text cell's value: neutralised, within Excel's limit; empty stays empty. */
export const text = (value: string | null | undefined): string | null =>
  value ? truncateText(neutraliseFormula(value), MAX_CELL_TEXT) : null;

export const BOLD: CellStyle = { bold: true };
export const HEADER_STYLE: CellStyle = { bold: true, vertical: 'top', wrap: true, fill: 'FFE8EEF4' };

export interface SheetColumn {
  header: string;
  width: number;
  type?: ColumnType;
}

/** A sheet of rows under a header, with each column's style: one object per column, shared by its cells. */
export interface Table {
  sheet: SheetWriter;
  styles: (CellStyle | undefined)[];
}

/**
 * A sheet with its header row written, frozen and filtered: the header stays in view as the
 * rows scroll, and the filter spans the header and `rows` data rows.
 */
export function openSheet(
  workbook: WorkbookWriter,
  name: string,
  columns: SheetColumn[],
  rows: number,
  language: Language,
): Table {
  const sheet = workbook.addSheet(name, {
    widths: columns.map((column) => column.width),
    header: { filterRows: rows },
  });
  sheet.addRow(
    columns.map((column) => text(column.header)),
    HEADER_STYLE,
  );
  const styles = columns.map((column) => {
    const numFmt = column.type ? FORMATS[language][column.type] : undefined;
    return numFmt ? { numFmt } : undefined;
  });
  return { sheet, styles };
}

/** A row of values, each cell in its column's style (or `styles`, for a total row). */
export function addRow(table: Table, values: Value[], styles = table.styles): void {
  table.sheet.addRow(values, styles);
}

export function writeRows(table: Table, rows: Iterable<Value[]>): Promise<void> {
  return table.sheet.addRows(rows, table.styles);
}
