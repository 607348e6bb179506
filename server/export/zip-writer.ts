/**
 * A ZIP archive (PKWARE APPNOTE 6.3: deflated entries, UTF-8 names, no ZIP64, so under 4 GB)
 * written with Node's own zlib: each entry is compressed in zlib's thread pool while its content
 * is still being made, and its CRC-32 is computed natively. An OOXML file is such an archive;
 * a JavaScript deflate and CRC on the event loop took most of the time of a 10,000-row workbook.
 */
import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';

export interface ZipEntry {
  /** Adds content; compression starts at once, off the event loop. */
  push(chunk: Uint8Array): void;
  /** No more content. */
  end(): void;
}

interface Compressed {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer[];
  compressedSize: number;
}

/** MS-DOS time and date, as ZIP stores them (local wall clock; two-second steps). */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date:
      ((Math.max(1980, date.getUTCFullYear()) - 1980) << 9) |
      ((date.getUTCMonth() + 1) << 5) |
      date.getUTCDate(),
  };
}

const UTF8_NAMES = 0x0800;
const DEFLATED = 8;
const VERSION = 20;

/**
 * The fields a local header and its central directory entry share, in the same order from
 * `at` (4 in the local header, 6 in the central one, after its "made by" version): version
 * needed, flags, method, time, date, CRC-32, compressed and real size, name length.
 */
function writeEntryFields(
  header: Buffer,
  at: number,
  entry: Compressed,
  stamp: { time: number; date: number },
) {
  header.writeUInt16LE(VERSION, at);
  header.writeUInt16LE(UTF8_NAMES, at + 2);
  header.writeUInt16LE(DEFLATED, at + 4);
  header.writeUInt16LE(stamp.time, at + 6);
  header.writeUInt16LE(stamp.date, at + 8);
  header.writeUInt32LE(entry.crc >>> 0, at + 10);
  header.writeUInt32LE(entry.compressedSize, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(entry.name.length, at + 22);
}

export class ZipWriter {
  private readonly entries: Promise<Compressed>[] = [];

  /** A new entry, placed after those added before it whatever order they end in. */
  add(path: string, level = 6): ZipEntry {
    const deflate = createDeflateRaw({ level });
    const data: Buffer[] = [];
    let crc = 0;
    let size = 0;
    deflate.on('data', (chunk: Buffer) => data.push(chunk));
    const ended = once(deflate, 'end');
    this.entries.push(
      ended.then(() => ({
        name: Buffer.from(path, 'utf8'),
        crc,
        size,
        data,
        compressedSize: data.reduce((sum, chunk) => sum + chunk.length, 0),
      })),
    );
    return {
      push(chunk) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        deflate.write(chunk);
      },
      end() {
        deflate.end();
      },
    };
  }

  /** A whole entry at once. */
  addText(path: string, text: string): void {
    const entry = this.add(path);
    entry.push(Buffer.from(text, 'utf8'));
    entry.end();
  }

  /** The archive, once every entry has ended; `modified` stamps every entry. */
  async finish(modified: Date): Promise<Buffer> {
    const stamp = dosDateTime(modified);
    const entries = await Promise.all(this.entries);
    const parts: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const entry of entries) {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      writeEntryFields(local, 4, entry, stamp);
      parts.push(local, entry.name, ...entry.data);
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(VERSION, 4);
      writeEntryFields(header, 6, entry, stamp);
      // Extra field, comment, disk, internal and external attributes: all zero.
      header.writeUInt32LE(offset, 42);
      central.push(header, entry.name);
      offset += local.length + entry.name.length + entry.compressedSize;
    }
    const directorySize = central.reduce((sum, part) => sum + part.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...parts, ...central, end]);
  }
}
