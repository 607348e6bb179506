import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { deflatedEntry, deflatedZeros, type TestZipEntry, zipOf } from '../test/zip.ts';
import {
  applyEdits,
  Big,
  type Edits,
  editsArb,
  hostileKey,
  impossibleDate,
  jsonText,
  kindOf,
  PROTOTYPE_KEYS,
  rawNumber,
  unicodeEdge,
  unsafeText,
} from './bad-input-arbitraries.ts';

/**
 * The import files of the bad-input suite: a valid file of each format edited at its values
 * (as the procedures' inputs are), its cells and headers, or its bytes; and zip archives that
 * are bombs, or broken, in place of a workbook.
 */

// ---------------------------------------------------------------- JSON

/** A JSON document's edits: those of a procedure's input, and sometimes a number literal spliced in. */
export const jsonEditsArb = fc.record({
  edits: editsArb,
  literal: fc.option(rawNumber, { freq: 4 }),
});

export function editedJson(
  valid: unknown,
  { edits, literal }: { edits: Edits; literal: string | null },
): string {
  return jsonText(applyEdits(valid, { ...edits, literal }));
}

// ---------------------------------------------------------------- bytes

/** What can go wrong with a file's bytes on the way: cut short, a byte-order mark too many, not UTF-8. */
export type ByteDamage =
  | { kind: 'none' }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'utf16' }
  | { kind: 'empty' };

export const byteDamageArb: fc.Arbitrary<ByteDamage> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.noBias(fc.nat()) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.noBias(fc.nat()),
      bytes: fc.constantFrom<number[]>(
        [0xc3, 0x28],
        [0xff],
        [0xef, 0xbb, 0xbf],
        [0x00],
        [0xed, 0xa0, 0x80],
        [0xf8, 0x88, 0x80, 0x80, 0x80],
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'utf16' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
);

export function damaged(bytes: Uint8Array, damage: ByteDamage): Uint8Array {
  switch (damage.kind) {
    case 'none':
      return bytes;
    case 'empty':
      return new Uint8Array(0);
    case 'truncate':
      return bytes.subarray(0, damage.at % Math.max(1, bytes.length));
    case 'utf16':
      return new Uint8Array(Buffer.from(`\ufeff${Buffer.from(bytes).toString('utf8')}`, 'utf16le'));
    case 'insert': {
      const at = damage.at % (bytes.length + 1);
      return new Uint8Array(
        Buffer.concat([bytes.subarray(0, at), Buffer.from(damage.bytes), bytes.subarray(at)]),
      );
    }
  }
}

// ---------------------------------------------------------------- sheets (CSV and XLSX)

const cellText = fc.oneof(
  { weight: 4, arbitrary: unsafeText },
  { weight: 3, arbitrary: unicodeEdge },
  { weight: 3, arbitrary: impossibleDate },
  { weight: 2, arbitrary: rawNumber },
  {
    weight: 1,
    arbitrary: fc.constantFrom(2_001, 40_001, 200_001).map((n) => new Big(`"x" × ${n}`, () => 'x'.repeat(n))),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom('=cmd|"/c calc"!A1', '+1', '@SUM(1)', '"', '""', ';', '\r', '\n\n'),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
);

export type SheetEdit =
  | { op: 'cell'; row: number; column: number; text: string | Big }
  | { op: 'header'; column: number; text: string }
  | { op: 'addColumn'; header: string; text: string }
  | { op: 'dropColumn'; column: number }
  | { op: 'wide'; columns: number }
  | { op: 'repeatRow'; row: number; times: number };

/** `large`: wide and long sheets as large as a CSV may be; an XLSX gets smaller ones (its reader is slower). */
const sheetEditArb = (large: boolean): fc.Arbitrary<SheetEdit> =>
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc.record({
        op: fc.constant('cell' as const),
        row: fc.noBias(fc.nat()),
        column: fc.noBias(fc.nat()),
        text: cellText,
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('header' as const),
        column: fc.noBias(fc.nat()),
        text: fc.oneof(
          fc.constantFrom(...PROTOTYPE_KEYS),
          hostileKey,
          fc.constantFrom('title_fi', 'TITLE_FI ', 'lead_ministry'),
        ),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('addColumn' as const),
        header: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileKey),
        text: fc.oneof(unsafeText, unicodeEdge, impossibleDate),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant('dropColumn' as const), column: fc.noBias(fc.nat()) }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('wide' as const),
        columns: fc.constantFrom(300, large ? 5_000 : 1_000),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('repeatRow' as const),
        row: fc.noBias(fc.nat()),
        times: fc.constantFrom(50, large ? 2_000 : 200),
      }),
    },
  );

/**
 * A sheet's edits, always with at least one cell or header made unusable, so that no edited
 * sheet is a valid one by chance. `breakRow` picks the row whose required cell is emptied.
 */
export const sheetEditsArb = (large = true) =>
  fc.record({
    edits: fc.array(sheetEditArb(large), { minLength: 1, maxLength: 4 }),
    breakRow: fc.noBias(fc.nat()),
  });

/** The grid with the edits; the first row is the header. */
export function editedGrid(valid: string[][], { edits, breakRow }: { edits: SheetEdit[]; breakRow: number }) {
  let grid = valid.map((row) => [...row]);
  for (const edit of edits) {
    const width = grid[0]?.length ?? 1;
    switch (edit.op) {
      case 'cell': {
        const row = grid[1 + (edit.row % Math.max(1, grid.length - 1))];
        if (row) row[edit.column % width] = edit.text instanceof Big ? String(edit.text.make()) : edit.text;
        break;
      }
      case 'header':
        if (grid[0]) grid[0][edit.column % width] = edit.text;
        break;
      case 'addColumn':
        grid = grid.map((row, index) => [...row, index === 0 ? edit.header : edit.text]);
        break;
      case 'dropColumn':
        grid = grid.map((row) => row.filter((_, index) => index !== edit.column % width));
        break;
      case 'wide':
        grid = grid.map((row, index) => [
          ...row,
          ...Array.from({ length: edit.columns }, (_, c) => (index === 0 ? `x${c}` : '')),
        ]);
        break;
      case 'repeatRow': {
        const row = grid[1 + (edit.row % Math.max(1, grid.length - 1))] ?? [];
        // Long, not large: a row holding a huge cell is repeated only up to a few megabytes.
        const size = row.reduce((sum, cell) => sum + cell.length + 1, 0);
        const times = Math.min(edit.times, Math.floor(4_000_000 / Math.max(1, size)));
        grid = [...grid, ...Array.from({ length: times }, () => [...row])];
        break;
      }
    }
  }
  // The first column of the valid sheet is a required one (its Finnish title): emptied in one row.
  const broken = grid[1 + (breakRow % Math.max(1, grid.length - 1))];
  if (broken) broken[0] = '';
  return grid;
}

const quoted = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

export function csvBytes(grid: string[][], separator = ';'): Uint8Array {
  return new Uint8Array(
    Buffer.from(`${grid.map((row) => row.map(quoted).join(separator)).join('\r\n')}\r\n`),
  );
}

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const WORKBOOK =
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Hankkeet" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

/** The entries of a minimal workbook of the grid, its cells as inline strings (what XLSX writers may send). */
export function workbookEntries(grid: string[][]): TestZipEntry[] {
  const rows = grid.map(
    (cells, r) =>
      `<row r="${r + 1}">${cells
        .map(
          (text, c) => `<c r="${columnName(c)}${r + 1}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`,
        )
        .join('')}</row>`,
  );
  return [
    deflatedEntry('xl/workbook.xml', WORKBOOK),
    deflatedEntry('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    deflatedEntry(
      'xl/worksheets/sheet1.xml',
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
    ),
  ];
}

export const xlsxBytes = (grid: string[][]) => new Uint8Array(zipOf(workbookEntries(grid)));

// ---------------------------------------------------------------- archives that are not workbooks

const EMPTY = deflateRawSync(Buffer.alloc(0));

/** Zip bombs and broken archives in place of a workbook: tiny files that would unpack to gigabytes, or to nothing sane. */
export const archiveArb = fc.oneof(
  // One sheet of 1–2 GiB of zeros in 1–2 MB, declared honestly or as a kilobyte.
  fc.tuple(fc.constantFrom(1024, 2048), fc.boolean()).map(([mebibytes, honest]) => ({
    name: `sheet bomb of ${mebibytes} MiB (${honest ? 'declared' : 'lying'})`,
    bytes: zipOf([
      ...workbookEntries([['title_fi']]).slice(0, 2),
      {
        name: 'xl/worksheets/sheet1.xml',
        data: deflatedZeros(mebibytes),
        declaredSize: honest ? mebibytes * 2 ** 20 : 1024,
      },
    ]),
  })),
  // Many entries pointing at one block of 64 MiB of zeros: the overlapping-entries bomb.
  fc.integer({ min: 20, max: 200 }).map((copies) => ({
    name: `${copies} overlapping entries of 64 MiB`,
    bytes: zipOf([
      { name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(64), declaredSize: 64 * 2 ** 20 },
      ...Array.from({ length: copies }, (_, i) => ({
        name: `xl/worksheets/sheet${i + 2}.xml`,
        data: EMPTY,
        declaredSize: 64 * 2 ** 20,
        sharesDataWith: 0,
      })),
    ]),
  })),
  // Thousands of (empty) entries.
  fc.constantFrom(1_001, 5_000, 20_000).map((count) => ({
    name: `${count} entries`,
    bytes: zipOf(
      Array.from({ length: count }, (_, i) => ({ name: `xl/media/${i}.xml`, data: EMPTY, declaredSize: 0 })),
    ),
  })),
  // Entries that lie about their method, their names or their data.
  fc.constantFrom(
    { name: 'method 99', bytes: zipOf([{ ...deflatedEntry('xl/workbook.xml', WORKBOOK), method: 99 }]) },
    {
      name: 'not deflate',
      bytes: zipOf([{ name: 'xl/workbook.xml', data: Buffer.from('not deflate'), declaredSize: 11 }]),
    },
    {
      name: 'path traversal',
      bytes: zipOf([deflatedEntry('../../etc/passwd', 'x'), ...workbookEntries([['a']])]),
    },
    { name: 'NUL in a name', bytes: zipOf([deflatedEntry('xl/worksheets/sheet1.xml\u0000.txt', 'x')]) },
    { name: 'no entries', bytes: zipOf([]) },
    { name: 'a lone end record', bytes: Buffer.from([0x50, 0x4b, 0x05, 0x06, ...Array(18).fill(0)]) },
  ),
);

/** The kinds of hostile value a sheet's edits hold, for the suite's breakdown. */
export function sheetKinds({ edits }: { edits: SheetEdit[] }): Set<string> {
  const kinds = new Set<string>(['missing fields']);
  for (const edit of edits) {
    if (edit.op === 'cell') kinds.add(kindOf(edit.text));
    else if (edit.op === 'header' || edit.op === 'addColumn') {
      const header = edit.op === 'header' ? edit.text : edit.header;
      kinds.add(
        (PROTOTYPE_KEYS as readonly string[]).includes(header) ? 'prototype-pollution keys' : kindOf(header),
      );
    } else if (edit.op === 'wide' || edit.op === 'repeatRow') kinds.add('huge sheets');
  }
  return kinds;
}
