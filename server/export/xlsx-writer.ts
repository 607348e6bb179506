/**
 * A small, fast writer of Office Open XML workbooks (SpreadsheetML, ECMA-376): sheets of rows
 * of text, numbers and dates under a frozen, filtered header, with column widths, a few cell
 * styles (bold, size, fill, wrap, number format) and page set-up. Nothing else: no formulas,
 * no shared strings (text is written inline), no merged cells.
 *
 * Why not exceljs, which the export used first: it builds a model object per cell, and 10,000
 * initiatives of 60 fields (600,000 cells) took it 2 to 3 seconds of the event loop, most of an
 * export's budget; this writes each row as a string and compresses it in zlib's threads as it
 * goes (zip-writer.ts). Tests read every file back with exceljs, and LibreOffice opens them.
 */
import { type ZipEntry, ZipWriter } from './zip-writer.ts';

export type CellValue = string | number | Date | null;

export interface CellStyle {
  bold?: boolean;
  /** Font size in points (11 when not given). */
  size?: number;
  /** Solid background, as ARGB hex (`FFE8EEF4`). */
  fill?: string;
  wrap?: boolean;
  vertical?: 'top';
  horizontal?: 'left';
  /** An Excel number format code (`d.m.yyyy`, `#,##0 "€"`). */
  numFmt?: string;
}

export interface SheetOptions {
  /** Column widths in characters. */
  widths: number[];
  /** Keep the first row in view and put an auto-filter over it and `filterRows` rows below. */
  header?: { filterRows: number };
  landscape?: boolean;
}

/** Rows written between turns of the event loop, so a long sheet does not hold up other requests. */
const ROWS_PER_TURN = 1000;
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DEFAULT_FONT = '<sz val="11"/><name val="Calibri"/><family val="2"/>';
/** Days from Excel's epoch (1899-12-30) to the Unix epoch. */
const EXCEL_EPOCH_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * What a text cannot hold as it is: XML's special characters (escaped) and the characters XML 1.0
 * cannot hold at all (controls, lone surrogates, U+FFFE/F: replaced, or the file would not open).
 */
const NOT_PLAIN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters XML cannot hold are what it finds.
  /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function xmlText(value: string): string {
  return value.replace(NOT_PLAIN, (c) => ESCAPES[c] ?? '\uFFFD');
}

/** A column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A Date as Excel's serial day number (its UTC wall clock: callers pass Helsinki's as UTC). */
const excelSerial = (date: Date) => date.getTime() / MS_PER_DAY + EXCEL_EPOCH_DAYS;

/** Leading or trailing white space (or a control), which Excel keeps only when told to. */
const edgeSpace = (value: string) => value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32;

/** The styles of a workbook, each distinct one filed once: fonts, fills, number formats and cell formats. */
class Styles {
  private readonly fonts = [DEFAULT_FONT];
  private readonly fills = ['<patternFill patternType="none"/>', '<patternFill patternType="gray125"/>'];
  private readonly numFmts: string[] = [];
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly byKey = new Map<string, number>();
  /** Styles are shared objects (one per column): found by identity first, without serialising. */
  private readonly byObject = new WeakMap<CellStyle, number>();

  private index(list: string[], item: string): number {
    const found = list.indexOf(item);
    if (found >= 0) return found;
    list.push(item);
    return list.length - 1;
  }

  /** The cell format index of a style (0: the default). */
  id(style: CellStyle | undefined): number {
    if (!style) return 0;
    const seen = this.byObject.get(style);
    if (seen !== undefined) return seen;
    const key = JSON.stringify(style);
    const known = this.byKey.get(key);
    if (known !== undefined) {
      this.byObject.set(style, known);
      return known;
    }
    const font =
      style.bold || style.size
        ? this.index(
            this.fonts,
            `${style.bold ? '<b/>' : ''}${DEFAULT_FONT.replace('11', String(style.size ?? 11))}`,
          )
        : 0;
    const fill = style.fill
      ? this.index(
          this.fills,
          `<patternFill patternType="solid"><fgColor rgb="${style.fill}"/><bgColor indexed="64"/></patternFill>`,
        )
      : 0;
    const numFmt = style.numFmt ? 164 + this.index(this.numFmts, style.numFmt) : 0;
    const alignment =
      style.wrap || style.vertical || style.horizontal
        ? `<alignment${style.horizontal ? ` horizontal="${style.horizontal}"` : ''}${style.vertical ? ` vertical="${style.vertical}"` : ''}${style.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    const applied = `${numFmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}${alignment ? ' applyAlignment="1"' : ''}`;
    this.xfs.push(
      `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0"${applied}>${alignment}</xf>`,
    );
    const id = this.xfs.length - 1;
    this.byKey.set(key, id);
    this.byObject.set(style, id);
    return id;
  }

  xml(): string {
    const numFmts = this.numFmts
      .map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(code)}"/>`)
      .join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN_NS}">${numFmts ? `<numFmts count="${this.numFmts.length}">${numFmts}</numFmts>` : ''}<fonts count="${this.fonts.length}">${this.fonts.map((f) => `<font>${f}</font>`).join('')}</fonts><fills count="${this.fills.length}">${this.fills.map((f) => `<fill>${f}</fill>`).join('')}</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
  }
}

const NO_STYLE = {};

/** One sheet being written: rows go straight into the zip as they are made. */
export class SheetWriter {
  private rows = 0;
  private pending: string[] = [];
  private readonly prefixCache = new WeakMap<object, { letters: string[]; styles: string[] }>();

  constructor(
    readonly name: string,
    private readonly options: SheetOptions,
    private readonly styles: Styles,
    private readonly file: ZipEntry,
  ) {
    const { widths, header, landscape } = options;
    const view = header
      ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
      : '';
    this.pending.push(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${landscape ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : ''}<sheetViews><sheetView workbookViewId="0">${view}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${widths
        .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
        .join('')}</cols><sheetData>`,
    );
  }

  /** The header's filter range (`A1:BH10001`), or null without a header. */
  get filterRange(): string | null {
    const { header, widths } = this.options;
    return header ? `A1:${columnName(widths.length - 1)}${Math.max(1, header.filterRows + 1)}` : null;
  }

  /** Appends a row; `styles` per cell (or one for all). Empty cells (null, '') are left out. */
  addRow(values: readonly CellValue[], styles?: readonly (CellStyle | undefined)[] | CellStyle): void {
    const r = ++this.rows;
    const prefixes = this.cellPrefixes(values.length, styles);
    let cells = '';
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (value === null || value === undefined || value === '') continue;
      // `<c r="B` … then the row number and the style: the same for every row of a column.
      const start = `${prefixes.letters[i]}${r}"${prefixes.styles[i]}`;
      if (typeof value === 'string')
        cells += `${start} t="inlineStr"><is><t${edgeSpace(value) ? ' xml:space="preserve"' : ''}>${xmlText(value)}</t></is></c>`;
      else if (typeof value === 'number')
        cells += Number.isFinite(value) ? `${start}><v>${value}</v></c>` : '';
      else cells += `${start}><v>${excelSerial(value)}</v></c>`;
    }
    this.pending.push(`<row r="${r}">${cells}</row>`);
    if (this.pending.length >= 200) this.flush();
  }

  /** Each column's `<c r="X` and ` s="n"`, made once per shape of row and kept: 600,000 cells repeat them. */
  private cellPrefixes(
    width: number,
    styles?: readonly (CellStyle | undefined)[] | CellStyle,
  ): { letters: string[]; styles: string[] } {
    const known = this.prefixCache.get(styles ?? NO_STYLE);
    if (known && known.letters.length >= width) return known;
    const letters: string[] = [];
    const ids: string[] = [];
    for (let i = 0; i < width; i++) {
      letters.push(`<c r="${columnName(i)}`);
      const style = Array.isArray(styles) ? styles[i] : (styles as CellStyle | undefined);
      const id = this.styles.id(style);
      ids.push(id ? ` s="${id}"` : '');
    }
    const made = { letters, styles: ids };
    this.prefixCache.set(styles ?? NO_STYLE, made);
    return made;
  }

  /** Rows from an iterable, giving the event loop a turn every ROWS_PER_TURN rows. */
  async addRows(
    rows: Iterable<readonly CellValue[]>,
    styles?: readonly (CellStyle | undefined)[],
  ): Promise<void> {
    let written = 0;
    for (const values of rows) {
      this.addRow(values, styles);
      if (++written % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.file.push(Buffer.from(this.pending.join(''), 'utf8'));
    this.pending = [];
  }

  /** Closes the sheet: its filter and page set-up after the rows, as the schema orders them. */
  end(): void {
    const range = this.filterRange;
    this.pending.push(
      `</sheetData>${range ? `<autoFilter ref="${range}"/>` : ''}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${this.options.landscape ? '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>' : ''}</worksheet>`,
    );
    this.flush();
    this.file.end();
  }
}

/**
 * A workbook written sheet by sheet into a zip as it goes: add a sheet, write its rows, end it,
 * then the next; `finish()` adds the workbook's parts and returns the file.
 */
export class WorkbookWriter {
  private readonly styles = new Styles();
  private readonly sheets: SheetWriter[] = [];
  private readonly zip: ZipWriter;

  constructor(private readonly creator: string) {
    this.zip = new ZipWriter();
  }

  /** A sheet to write rows into, compressed as they are written. */
  addSheet(name: string, options: SheetOptions): SheetWriter {
    const file = this.zip.add(`xl/worksheets/sheet${this.sheets.length + 1}.xml`);
    const sheet = new SheetWriter(name, options, this.styles, file);
    this.sheets.push(sheet);
    return sheet;
  }

  private part(path: string, xml: string): void {
    this.zip.addText(path, xml);
  }

  /** Writes the workbook, its relations, styles and properties (made at `created`), and returns the whole file. */
  finish(created: Date): Promise<Buffer> {
    const sheets = this.sheets;
    const filters = sheets
      .map((sheet, i) =>
        sheet.filterRange
          ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`'${sheet.name.replace(/'/g, "''")}'!${sheet.filterRange.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`)}</definedName>`
          : '',
      )
      .join('');
    this.part(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>${sheets
        .map((sheet, i) => `<sheet name="${xmlText(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets>${filters ? `<definedNames>${filters}</definedNames>` : ''}</workbook>`,
    );
    this.part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    );
    this.part('xl/styles.xml', this.styles.xml());
    const createdAt = created.toISOString().replace(/\.\d+Z$/, 'Z');
    this.part(
      'docProps/core.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xmlText(this.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${createdAt}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${createdAt}</dcterms:modified></cp:coreProperties>`,
    );
    this.part(
      'docProps/app.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>digisalkku</Application></Properties>`,
    );
    this.part(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    );
    const ct = 'application/vnd.openxmlformats-officedocument';
    this.part(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="${ct.replace('-officedocument', '-package')}.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.spreadsheetml.sheet.main+xml"/>${sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.spreadsheetml.worksheet+xml"/>`,
        )
        .join(
          '',
        )}<Override PartName="/xl/styles.xml" ContentType="${ct}.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${ct}.extended-properties+xml"/></Types>`,
    );
    return this.zip.finish(created);
  }
}
