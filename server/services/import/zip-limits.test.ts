import { deflateRawSync, inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { deflatedZeros, zipOf } from '../../test/zip.ts';
import { ImportFileError, ImportTooLargeError } from './plan.ts';
import { readXlsxFile } from './xlsx.ts';
import {
  assertZipWithinLimits,
  MAX_ZIP_ENTRIES,
  readZipDirectory,
  UnreadableZipError,
  ZipTooLargeError,
} from './zip-limits.ts';

const MiB = 1024 * 1024;

async function workbookBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hankkeet');
  sheet.addRow(['title_fi', 'summary_fi', 'kind', 'track', 'lead_ministry', 'status']);
  for (let i = 0; i < 200; i++)
    sheet.addRow([
      `Hanke ${i}`,
      'Tiivistelmä',
      'development_project',
      'public_administration',
      'VM',
      'ongoing',
    ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('assertZipWithinLimits', () => {
  it('builds real bombs: the repeated deflate segments inflate to zeros', () => {
    const inflated = inflateRawSync(deflatedZeros(8));
    expect(inflated.length).toBe(8 * MiB);
    expect(inflated.every((byte) => byte === 0)).toBe(true);
    expect(deflatedZeros(1024).length).toBeLessThan(1.1 * MiB);
  });

  it('passes a workbook exceljs wrote, counting what it really unpacks to', async () => {
    const body = await workbookBytes();
    const { entries, inflatedBytes } = await assertZipWithinLimits(body);
    expect(entries).toBeGreaterThan(5);
    expect(inflatedBytes).toBeGreaterThan(body.length);
    expect(readZipDirectory(body).map((entry) => entry.name)).toContain('xl/worksheets/sheet1.xml');
  });

  it('refuses an entry that declares more than 100 MB, before inflating anything', async () => {
    const zip = zipOf([
      { name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(128), declaredSize: 128 * MiB },
    ]);
    expect(() => readZipDirectory(zip)).toThrow(ZipTooLargeError);
    await expect(assertZipWithinLimits(zip)).rejects.toThrow(
      '"xl/worksheets/sheet1.xml" would unpack to 128 MB, more than the 100 MB allowed for one entry',
    );
  });

  it('refuses an entry whose central directory lies, stopping the inflate at the cap', async () => {
    // 1 GiB of zeros in 1 MB, declared as 1 KiB: only inflating it tells.
    const zip = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(1024), declaredSize: 1024 }]);
    expect(readZipDirectory(zip)).toHaveLength(1);
    await expect(assertZipWithinLimits(zip)).rejects.toThrow(
      '"xl/worksheets/sheet1.xml" unpacks to more than the 100 MB allowed for one entry',
    );
  });

  it('refuses a lying entry once the entries together pass 150 MB', async () => {
    const zip = zipOf([
      { name: 'a.xml', data: deflatedZeros(90), declaredSize: 90 * MiB },
      { name: 'b.xml', data: deflatedZeros(90), declaredSize: 1024 },
    ]);
    await expect(assertZipWithinLimits(zip)).rejects.toThrow(
      'its entries unpack to more than the 150 MB allowed in all',
    );
  });

  it('refuses bombs of many entries: overlapping ones, and too many of them', async () => {
    // Twenty central entries all pointing at one 10 MiB kernel: each is small, the sum is not.
    const kernel = { name: 'kernel.xml', data: deflatedZeros(10), declaredSize: 10 * MiB };
    const overlapping = zipOf([
      kernel,
      ...Array.from({ length: 19 }, (_, i) => ({ ...kernel, name: `copy${i}.xml`, sharesDataWith: 0 })),
    ]);
    await expect(assertZipWithinLimits(overlapping)).rejects.toThrow(
      'its entries would unpack to 200 MB in all, more than the 150 MB allowed',
    );

    const empty = deflateRawSync(Buffer.alloc(0));
    const many = zipOf(
      Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({
        name: `${i}.xml`,
        data: empty,
        declaredSize: 0,
      })),
    );
    await expect(assertZipWithinLimits(many)).rejects.toThrow(
      'it holds 1,001 entries, more than the 1,000 allowed',
    );
    const atTheLimit = zipOf(
      Array.from({ length: MAX_ZIP_ENTRIES }, (_, i) => ({ name: `${i}.xml`, data: empty, declaredSize: 0 })),
    );
    expect(await assertZipWithinLimits(atTheLimit)).toEqual({ entries: MAX_ZIP_ENTRIES, inflatedBytes: 0 });
  });

  it('refuses what is not a readable zip', async () => {
    const workbook = await workbookBytes();
    const stored = zipOf([{ name: 'a.txt', data: Buffer.from('hello'), declaredSize: 6, method: 0 }]);
    const garbage = zipOf([{ name: 'a.xml', data: Buffer.from('not deflate at all'), declaredSize: 18 }]);
    const zip64 = Buffer.from(workbook);
    zip64.writeUInt16LE(0xffff, zip64.length - 22 + 10);
    const cases: [Buffer, string | RegExp][] = [
      [Buffer.from('title_fi;summary_fi\nx;y\n'), 'it is not a zip archive (no end of central directory)'],
      [workbook.subarray(0, workbook.length / 2), 'it is not a zip archive (no end of central directory)'],
      [workbook.subarray(100), 'its central directory is not where its end record says'],
      [workbook.subarray(0, workbook.length - 10), 'its end of central directory is cut short'],
      [zip64, 'it is a ZIP64 archive, which an upload this small never needs'],
      [stored, '"a.txt" declares 6 bytes but unpacks to 5'],
      [garbage, /^the data of "a.xml" is not valid deflate data/],
    ];
    for (const [body, message] of cases) {
      await expect(assertZipWithinLimits(body)).rejects.toThrow(UnreadableZipError);
      await expect(assertZipWithinLimits(body)).rejects.toThrow(message);
    }
  });
});

describe('readXlsxFile', () => {
  it('answers ImportTooLargeError for a bomb and ImportFileError for a zip it cannot read', async () => {
    const bomb = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: deflatedZeros(1024), declaredSize: 1024 }]);
    const tooLarge = readXlsxFile(bomb);
    await expect(tooLarge).rejects.toThrow(ImportTooLargeError);
    await expect(tooLarge).rejects.toThrow(
      'The workbook is too large when unpacked: "xl/worksheets/sheet1.xml" unpacks to more than the 100 MB allowed for one entry. Split it into smaller files.',
    );
    const broken = readXlsxFile((await workbookBytes()).subarray(100));
    await expect(broken).rejects.toThrow(ImportFileError);
    await expect(broken).rejects.not.toThrow(ImportTooLargeError);
    await expect(broken).rejects.toThrow(
      'The file is not a readable XLSX workbook: its central directory is not where its end record says. Save it in Excel as an .xlsx workbook, or import it as CSV.',
    );
    expect((await readXlsxFile(await workbookBytes())).records).toHaveLength(200);
  });
});
