import { constants, deflateRawSync } from 'node:zlib';

const MiB = 1024 * 1024;

// A full flush resets the compressor and byte-aligns its output, so the deflate of 1 MiB of
// zeros repeats byte for byte: N copies and a final empty block inflate to N MiB, ~1 KB each.
const ZEROS_MIB = deflateRawSync(Buffer.alloc(MiB), { finishFlush: constants.Z_FULL_FLUSH });
const FINAL_BLOCK = deflateRawSync(Buffer.alloc(0));

/** Raw deflate data of `mebibytes` MiB of zeros, about 1 KB per MiB: the stuff of zip bombs. */
export const deflatedZeros = (mebibytes: number) =>
  Buffer.concat([...Array<Buffer>(mebibytes).fill(ZEROS_MIB), FINAL_BLOCK]);

export interface TestZipEntry {
  name: string;
  /** Already compressed (deflated unless method is 0). */
  data: Buffer;
  /** What the central directory claims; free to lie. */
  declaredSize: number;
  method?: number;
  /** Point at another entry's local header (the overlapping-entries bomb). */
  sharesDataWith?: number;
}

/** An honest entry: `content` deflated, its true size declared. */
export const deflatedEntry = (name: string, content: string | Buffer): TestZipEntry => {
  const bytes = Buffer.from(content);
  return { name, data: deflateRawSync(bytes), declaredSize: bytes.length };
};

/** A zip archive written by hand, so that its sizes can say anything. CRCs are 0: JSZip does not check them. */
export function zipOf(entries: TestZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    const shared = entry.sharesDataWith === undefined ? undefined : offsets[entry.sharesDataWith];
    if (shared !== undefined) {
      offsets.push(shared);
      continue;
    }
    const name = Buffer.from(entry.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(entry.method ?? 8, 8);
    header.writeUInt32LE(entry.data.length, 18);
    header.writeUInt32LE(entry.declaredSize, 22);
    header.writeUInt16LE(name.length, 26);
    offsets.push(offset);
    locals.push(header, name, entry.data);
    offset += header.length + name.length + entry.data.length;
  }
  const central = entries.flatMap((entry, index) => {
    const name = Buffer.from(entry.name);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(entry.method ?? 8, 10);
    header.writeUInt32LE(entry.data.length, 20);
    header.writeUInt32LE(entry.declaredSize, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offsets[index] ?? 0, 42);
    return [header, name];
  });
  const directorySize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}
