import { createInflateRaw } from 'node:zlib';
import { fm } from '../../../shared/messages/import-file-messages.ts';
import { formatCount } from '../../../shared/messages/lookup.ts';

/*
 * What an uploaded zip (an XLSX workbook today; any zipped upload later) may unpack to.
 *
 * Parsers such as exceljs (through JSZip) inflate every entry whole into memory, so a few MB
 * of deflated zeros can exhaust the heap. assertZipWithinLimits reads the central directory
 * the way JSZip does, refuses what it declares beyond these limits before anything is
 * inflated, then inflates each entry once more with a hard cap — counting the bytes and
 * keeping none — because the declared sizes are the attacker's to choose.
 *
 * The limits, for an import of at most 20,000 rows: its sheet XML is at most about 50 MB,
 * shared strings and styles a few MB more. One entry of 100 MB and 150 MB in all leave that
 * about twice over while keeping the worst an upload can cost (exceljs holds an entry as a
 * string, then its cells) well inside a server's heap; the check itself inflates at most the
 * total once more, one chunk at a time. A workbook has a dozen or two entries; 1,000 leaves
 * room for images and custom parts while bounding the per-entry work. There is no
 * compression-ratio guard: deflate cannot exceed about 1,032:1 anyway, the absolute caps
 * already bound memory, and a sheet of repeated rows legitimately compresses 50:1 or more,
 * which a ratio rule would refuse.
 */

const MiB = 1024 * 1024;

/** The most one entry may unpack to. */
export const MAX_ZIP_ENTRY_BYTES = 100 * MiB;
/** The most all entries together may unpack to. */
export const MAX_ZIP_TOTAL_BYTES = 150 * MiB;
/** The most entries an archive may hold. */
export const MAX_ZIP_ENTRIES = 1000;

export interface ZipLimits {
  entryBytes: number;
  totalBytes: number;
  entries: number;
}

export const ZIP_LIMITS: ZipLimits = {
  entryBytes: MAX_ZIP_ENTRY_BYTES,
  totalBytes: MAX_ZIP_TOTAL_BYTES,
  entries: MAX_ZIP_ENTRIES,
};

/** The archive would unpack to more than the limits allow. The message is a lower-case clause. */
export class ZipTooLargeError extends Error {}

/** The bytes are not a zip archive this module (and JSZip) can read. The message is a lower-case clause. */
export class UnreadableZipError extends Error {}

/** One entry as the central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated: the only two JSZip reads. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Output chunk of the counting inflate: the most it holds at once. */
const INFLATE_CHUNK_BYTES = MiB;

const megabytes = (bytes: number) => fm('megabytes', { count: formatCount(Math.round(bytes / MiB)) });
const quoted = (name: string) => JSON.stringify(name.length > 100 ? `${name.slice(0, 100)}…` : name);

/**
 * Reads the central directory exactly as JSZip does (the last end record; entries from the
 * offset it gives while their signature holds), but strictly: anything JSZip would reinterpret
 * (ZIP64 fields, data prepended before the archive, a count that disagrees) is refused, so the
 * entries verified here are the entries JSZip later inflates. No entry is inflated.
 */
export function readZipDirectory(zip: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipEntry[] {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = bytes.lastIndexOf(END_OF_CENTRAL_DIRECTORY);
  if (end < 0) throw new UnreadableZipError(fm('zipNoEnd'));
  if (end + 22 > bytes.length || end + 22 + bytes.readUInt16LE(end + 20) > bytes.length)
    throw new UnreadableZipError(fm('zipEndCut'));
  const disk = bytes.readUInt16LE(end + 4);
  const directoryDisk = bytes.readUInt16LE(end + 6);
  const entriesOnDisk = bytes.readUInt16LE(end + 8);
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  // 0xffff / 0xffffffff mark ZIP64 records: an upload of a few MB never needs them.
  if (
    [disk, directoryDisk, entriesOnDisk, count].includes(0xffff) ||
    [directorySize, directoryOffset].includes(0xffffffff)
  )
    throw new UnreadableZipError(fm('zip64'));
  if (disk !== 0 || directoryDisk !== 0 || entriesOnDisk !== count)
    throw new UnreadableZipError(fm('zipDisks'));
  if (count > limits.entries)
    throw new ZipTooLargeError(
      fm('zipEntries', { count: formatCount(count), max: formatCount(limits.entries) }),
    );
  // JSZip shifts every offset when the directory does not end at the end record.
  if (directoryOffset + directorySize !== end) throw new UnreadableZipError(fm('zipDirectoryMisplaced'));

  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  while (at + 4 <= bytes.length && bytes.readUInt32LE(at) === CENTRAL_FILE_HEADER) {
    if (entries.length === limits.entries)
      throw new ZipTooLargeError(fm('zipMoreEntries', { max: formatCount(limits.entries) }));
    if (at + 46 > bytes.length) throw new UnreadableZipError(fm('zipDirectoryCut'));
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const uncompressedSize = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const localHeaderOffset = bytes.readUInt32LE(at + 42);
    if (next > end) throw new UnreadableZipError(fm('zipDirectoryCut'));
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new UnreadableZipError(fm('zipEncrypted', { name: quoted(name) }));
    if (method !== STORED && method !== DEFLATED)
      throw new UnreadableZipError(fm('zipMethod', { name: quoted(name), method }));
    if ([compressedSize, uncompressedSize, localHeaderOffset].includes(0xffffffff))
      throw new UnreadableZipError(fm('zip64Sizes', { name: quoted(name) }));
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset });
    at = next;
  }
  if (at !== end || entries.length !== count) throw new UnreadableZipError(fm('zipDirectoryMismatch'));

  let declared = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize > limits.entryBytes)
      throw new ZipTooLargeError(
        fm('zipEntryTooLarge', {
          name: quoted(entry.name),
          size: megabytes(entry.uncompressedSize),
          max: megabytes(limits.entryBytes),
        }),
      );
    declared += entry.uncompressedSize;
  }
  if (declared > limits.totalBytes)
    throw new ZipTooLargeError(
      fm('zipTotalTooLarge', { size: megabytes(declared), max: megabytes(limits.totalBytes) }),
    );
  return entries;
}

/** Where an entry's data lies: after its local header, whose name and extra field JSZip skips. */
function entryData(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_FILE_HEADER)
    throw new UnreadableZipError(fm('zipLocalHeader', { name: quoted(entry.name) }));
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (start + entry.compressedSize > bytes.length)
    throw new UnreadableZipError(fm('zipDataPastEnd', { name: quoted(entry.name) }));
  return bytes.subarray(start, start + entry.compressedSize);
}

/** How many bytes raw deflate data unpacks to, counted up to just past `cap`; no output is kept. */
function inflatedLength(data: Buffer, cap: number, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES });
    let length = 0;
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > cap) {
        inflate.destroy();
        resolve(length);
      }
    });
    inflate.once('end', () => resolve(length));
    inflate.once('error', (error) =>
      reject(new UnreadableZipError(fm('zipBadDeflate', { name: quoted(name), detail: error.message }))),
    );
    inflate.end(data);
  });
}

/**
 * Refuses a zip that would unpack to more than `limits` — first by what its central directory
 * declares, then by actually inflating each entry with a hard cap — before any parser inflates
 * it whole. Throws ZipTooLargeError or UnreadableZipError; answers the entry count and the
 * bytes the entries really unpack to. Any caller that hands an uploaded zip to a parser.
 */
export async function assertZipWithinLimits(
  zip: Uint8Array,
  limits: ZipLimits = ZIP_LIMITS,
): Promise<{ entries: number; inflatedBytes: number }> {
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const entries = readZipDirectory(bytes, limits);
  let inflated = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    const cap = Math.min(limits.entryBytes, limits.totalBytes - inflated);
    const length = entry.method === STORED ? data.length : await inflatedLength(data, cap, entry.name);
    if (length > cap)
      throw new ZipTooLargeError(
        cap === limits.entryBytes
          ? fm('zipEntryUnpacksTooLarge', { name: quoted(entry.name), max: megabytes(limits.entryBytes) })
          : fm('zipTotalUnpacksTooLarge', { max: megabytes(limits.totalBytes) }),
      );
    if (length !== entry.uncompressedSize)
      throw new UnreadableZipError(
        fm('zipSizeMismatch', { name: quoted(entry.name), declared: entry.uncompressedSize, length }),
      );
    inflated += length;
  }
  return { entries: entries.length, inflatedBytes: inflated };
}
