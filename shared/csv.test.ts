import { describe, expect, it } from 'vitest';
import { CsvError, detectDelimiter, parseCellDate, parseCsv, parseEuroCents } from './csv.ts';

const fields = (text: string) => parseCsv(text).map((row) => row.fields);

describe('parseCsv', () => {
  it('reads commas, CRLF and a trailing newline', () => {
    expect(fields('a,b,c\r\n1,2,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('detects the semicolons Excel writes in Finland and drops the BOM', () => {
    const text = '\uFEFFproject_number;budget_eur\nLVM046:00/2024;1 250,50\n';
    expect(detectDelimiter(text)).toBe(';');
    expect(fields(text)).toEqual([
      ['project_number', 'budget_eur'],
      ['LVM046:00/2024', '1 250,50'],
    ]);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    const rows = parseCsv('title;note\n"A; B";"He said ""hi""\nand left"\nnext;row\n');
    expect(rows.map((r) => r.fields)).toEqual([
      ['title', 'note'],
      ['A; B', 'He said "hi"\nand left'],
      ['next', 'row'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('keeps empty fields, skips blank lines, and detects the delimiter outside quotes', () => {
    expect(detectDelimiter('"a;b;c",d\n')).toBe(',');
    expect(fields('a,,c\n\n,,\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
    expect(fields('x\n""\n')).toEqual([['x'], ['']]);
  });

  it('names the line of an unclosed quote or text after a closing quote', () => {
    expect(() => parseCsv('a\n"never closed\n')).toThrow(CsvError);
    expect(() => parseCsv('a\n"never closed\n')).toThrow(/Line 2/);
    expect(() => parseCsv('a,b\n"x"y,z\n')).toThrow(/Line 2: Text follows a closing quote/);
  });

  it('keeps HTML as plain text', () => {
    expect(fields('t\n<script>alert(1)</script>\n')[1]).toEqual(['<script>alert(1)</script>']);
  });
});

describe('cell values', () => {
  it('reads ISO and Finnish dates', () => {
    expect(parseCellDate('2025-03-14')).toBe('2025-03-14');
    expect(parseCellDate('2025-03-14T10:00:00Z')).toBe('2025-03-14');
    expect(parseCellDate('1.3.2025')).toBe('2025-03-01');
    expect(parseCellDate('14.03.2025')).toBe('2025-03-14');
    expect(parseCellDate('  ')).toBeNull();
    expect(parseCellDate('March 14')).toBeUndefined();
    expect(parseCellDate('14/3/2025')).toBeUndefined();
  });

  it('turns euros into whole cents without floating point', () => {
    expect(parseEuroCents('1250000')).toBe(125_000_000);
    expect(parseEuroCents('1 250 000,50')).toBe(125_000_050);
    expect(parseEuroCents('1\u00a0250,5 €')).toBe(125_050);
    expect(parseEuroCents('0.1')).toBe(10);
    expect(parseEuroCents('19.99')).toBe(1999);
    expect(parseEuroCents('')).toBeNull();
    expect(parseEuroCents('1,234.56')).toBeUndefined();
    expect(parseEuroCents('1.999')).toBeUndefined();
    expect(parseEuroCents('-5')).toBeUndefined();
    expect(parseEuroCents('12345678901234567890')).toBe(Number.MAX_SAFE_INTEGER);
  });
});
