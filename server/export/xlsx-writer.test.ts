import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { columnName, WorkbookWriter, xmlText } from './xlsx-writer.ts';

async function written(fill: (workbook: WorkbookWriter) => void | Promise<void>): Promise<Buffer> {
  const workbook = new WorkbookWriter('digisalkku');
  await fill(workbook);
  return workbook.finish(new Date('2026-12-02T10:00:00Z'));
}

async function read(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('the XLSX writer', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('writes any text as valid XML: special characters escaped, what XML cannot hold replaced', () => {
    expect(xmlText('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(xmlText('nul\u0000 bell\u0007 lone\uD800 low\uDC00 ok💡 tab\t nl\n')).toBe(
      'nul\uFFFD bell\uFFFD lone\uFFFD low\uFFFD ok💡 tab\t nl\n',
    );
  });

  it('writes cells Excel reads back: text kept exactly, numbers, dates, gaps in their columns', async () => {
    const bytes = await written((workbook) => {
      const sheet = workbook.addSheet('Tiedot', { widths: [10, 20, 30, 12], header: { filterRows: 2 } });
      sheet.addRow(['Nimi', 'Summa', 'Päivä', 'Huom'], { bold: true, fill: 'FFE8EEF4' });
      sheet.addRow(
        ['  välit ja <tagi> & "lainaus"  ', 1234.5, new Date(Date.UTC(2026, 11, 2)), 'x\u0000y'],
        [undefined, { numFmt: '#,##0 "€"' }, { numFmt: 'd.m.yyyy' }],
      );
      sheet.addRow([null, '', 7, 'rivi 1\nrivi 2']);
      sheet.end();
      workbook.addSheet("O'Brien", { widths: [10] }).end();
    });
    const workbook = await read(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tiedot', "O'Brien"]);
    const sheet = workbook.getWorksheet('Tiedot') as ExcelJS.Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:D3');
    expect(sheet.getColumn(3).width).toBe(30);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('  välit ja <tagi> & "lainaus"  ');
    expect(row.getCell(2).value).toBe(1234.5);
    expect(row.getCell(2).numFmt).toBe('#,##0 "€"');
    expect(row.getCell(3).value).toEqual(new Date('2026-12-02T00:00:00Z'));
    expect(row.getCell(4).value).toBe('x\uFFFDy');
    const third = sheet.getRow(3);
    expect([third.getCell(1).value, third.getCell(2).value]).toEqual([null, null]);
    expect(third.getCell(3).value).toBe(7);
    expect(third.getCell(4).value).toBe('rivi 1\nrivi 2');
  });

  it('writes a ZIP whose every part passes its CRC check, with the parts OOXML requires', async () => {
    const bytes = await written((workbook) => {
      const sheet = workbook.addSheet('Iso', { widths: [10, 10] });
      for (let n = 0; n < 5000; n++) sheet.addRow([`rivi ${n}`, n]);
      sheet.end();
    });
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files).sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/app.xml',
        'docProps/core.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
      ].sort(),
    );
    const xml = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    expect(xml?.match(/<row /g)).toHaveLength(5000);
    expect((await read(bytes)).getWorksheet('Iso')?.getRow(5000).getCell(2).value).toBe(4999);
  });
});
