import { describe, expect, it } from 'vitest';
import type { Language } from '../../shared/codes.ts';
import { detectDelimiter, parseCsv, parseEuroCents } from '../../shared/csv.ts';
import { csvField, renderCsv } from './csv.ts';
import { initiativeColumns } from './initiative-columns.ts';
import { FORMULA_TEXTS, testInitiative, testPack } from './test-pack.ts';

const BOM = [0xef, 0xbb, 0xbf];

function read(language: Language = 'fi') {
  const pack = testPack({ language });
  const bytes = renderCsv(pack);
  const text = bytes.toString('utf8');
  const rows = parseCsv(text, ';').map((row) => row.fields);
  const header = rows[0] ?? [];
  /** The cell of a column (by key) in a data row (0 = the first initiative). */
  const cell = (row: number, key: string) => {
    const index = initiativeColumns(language).findIndex((c) => c.key === key);
    if (index < 0) throw new Error(`No column ${key}`);
    return rows[row + 1]?.[index];
  };
  return { pack, bytes, text, rows, header, cell };
}

describe('renderCsv', () => {
  it('writes UTF-8 with a byte-order mark, semicolons and CRLF line ends', () => {
    const { bytes, text, header } = read();
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(detectDelimiter(text.slice(1))).toBe(';');
    const headerLine = header.map(csvField).join(';');
    expect(text.slice(1, 1 + headerLine.length + 2)).toBe(`${headerLine}\r\n`);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside the quoted multi-line summary, no bare LF ends a line.
    expect(text.replace(/"(?:[^"]|"")*"/g, '').match(/[^\r]\n/)).toBeNull();
  });

  it('has a header row in the language and a row per initiative, every row as wide as the header', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const { rows, header, pack } = read(language);
      expect(rows).toHaveLength(pack.initiatives.length + 1);
      expect(header).toEqual(initiativeColumns(language).map((c) => c.header));
      for (const row of rows) expect(row).toHaveLength(header.length);
    }
    expect(read('sv').header).toContain('Ansvarigt ministerium');
    expect(read('en').header).toContain('Lead ministry');
  });

  it('round-trips a field with a semicolon, quotes and a line break (RFC 4180)', () => {
    const { text, cell } = read();
    const title = testInitiative().title.fi;
    expect(text).toContain(`"${title.replaceAll('"', '""')}"`);
    expect(cell(0, 'title.fi')).toBe(title);
    expect(cell(0, 'summary.fi')).toBe(testInitiative().summary.fi);
    expect(cell(0, 'title.sv')).toBe('Uppdatering av cybersäkerhetslagen, "NIS2" på svenska');
  });

  it('neutralises every formula-like text with a leading apostrophe', () => {
    const { rows, cell } = read();
    expect(cell(1, 'title.fi')).toBe(`'${FORMULA_TEXTS.hyperlink}`);
    expect(cell(1, 'title.sv')).toBe(`'${FORMULA_TEXTS.at}`);
    expect(cell(1, 'projectNumber')).toBe(`'${FORMULA_TEXTS.plus}`);
    expect(cell(1, 'summary.fi')).toBe(`'${FORMULA_TEXTS.tab}`);
    expect(cell(1, 'summary.en')).toBe(`'${FORMULA_TEXTS.carriageReturn}`);
    expect(cell(1, 'contact')).toBe(`'${FORMULA_TEXTS.at}`);
    expect(cell(0, 'digitoimistoHealth.reason')).toBe(`'${FORMULA_TEXTS.minus}`);
    for (const row of rows) for (const field of row) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes Finnish dates, times and decimal commas in Finnish, ISO dates and points in English', () => {
    const fi = read('fi');
    expect(fi.cell(0, 'startDate')).toBe('15.1.2024');
    expect(fi.cell(0, 'ministryHealth.date')).toBe('2.11.2026');
    expect(fi.cell(0, 'createdAt')).toBe('10.1.2024 10:30');
    expect(fi.cell(0, 'budgetCents')).toBe('1250000,50');
    expect(parseEuroCents(fi.cell(0, 'budgetCents') ?? '')).toBe(125_000_050);
    expect(fi.cell(1, 'budgetCents')).toBe('0');
    expect(fi.cell(2, 'budgetCents')).toBe('');
    expect(fi.cell(0, 'weightedScore')).toBe('82');
    const en = read('en');
    expect(en.cell(0, 'startDate')).toBe('2024-01-15');
    expect(en.cell(0, 'createdAt')).toBe('2024-01-10 10:30');
    expect(en.cell(0, 'budgetCents')).toBe('1250000.50');
    expect(en.cell(0, 'status')).toBe('Ongoing');
  });

  it('writes only the header for an empty pack', () => {
    const rows = parseCsv(renderCsv(testPack({ initiatives: [] })).toString('utf8'), ';');
    expect(rows).toHaveLength(1);
  });
});
