// A minimal, deterministic ZIP writer (PKWARE APPNOTE 6.3): stored or deflated entries, UTF-8 names,
// Unix permissions in the external attributes, a fixed timestamp, entries sorted by name. No ZIP64.
import { deflateRawSync } from "node:zlib";
import { crc32 } from "./crc32.js";

/** One file of the archive. */
export interface ZipEntry {
  /** Path inside the archive, with forward slashes and no leading slash. */
  readonly name: string;
  readonly data: Uint8Array;
  /** Unix permission bits (default 0o644); 0o755 makes a script executable when extracted. */
  readonly mode?: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version 2.0: deflate. The "made by" high byte 3 says Unix, so unzip applies the mode bits. */
const VERSION_NEEDED = 20;
const VERSION_MADE_BY = (3 << 8) | VERSION_NEEDED;
/** General-purpose flag bit 11: file names are UTF-8. */
const FLAG_UTF8 = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
/** MS-DOS date of 1980-01-01 (the earliest it can hold) at 00:00:00, so archives are reproducible. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** S_IFREG: the entry is a regular file. */
const REGULAR_FILE = 0o100000;
/** Without ZIP64, sizes and offsets are 32-bit and entry counts 16-bit. */
const MAX_32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

interface Packed {
  readonly name: Buffer;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly body: Uint8Array;
  readonly mode: number;
}

// Builds the archive in memory; the same entries always give the same bytes.
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  checkEntries(sorted);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of sorted) {
    const packed = pack(entry);
    const local = Buffer.concat([localHeader(packed), packed.body]);
    centrals.push(centralHeader(packed, offset));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  if (offset > MAX_32 || directory.length > MAX_32) throw new Error("zip: archive larger than 4 GiB");
  return Buffer.concat([...locals, directory, endRecord(sorted.length, directory.length, offset)]);
}

function checkEntries(entries: readonly ZipEntry[]): void {
  if (entries.length > MAX_ENTRIES) throw new Error(`zip: more than ${MAX_ENTRIES} entries`);
  for (let i = 0; i < entries.length; i++) {
    const { name } = entries[i];
    if (name === "" || name.startsWith("/") || name.includes("\\") || name.split("/").includes(".."))
      throw new Error(`zip: invalid entry name "${name}"`);
    if (i > 0 && entries[i - 1].name === name) throw new Error(`zip: duplicate entry "${name}"`);
  }
}

// Deflates when that saves space, else stores.
function pack(entry: ZipEntry): Packed {
  if (entry.data.length > MAX_32) throw new Error(`zip: ${entry.name} is larger than 4 GiB`);
  const deflated = deflateRawSync(entry.data, { level: 9 });
  const useDeflate = deflated.length < entry.data.length;
  return {
    name: Buffer.from(entry.name, "utf8"),
    method: useDeflate ? METHOD_DEFLATED : METHOD_STORED,
    crc: crc32(entry.data),
    size: entry.data.length,
    body: useDeflate ? deflated : entry.data,
    mode: entry.mode ?? 0o644,
  };
}

// Fields shared by the local and central headers, from "version needed" to the extra field's length.
function commonFields(p: Packed): Buffer {
  const b = Buffer.alloc(26);
  b.writeUInt16LE(VERSION_NEEDED, 0);
  b.writeUInt16LE(FLAG_UTF8, 2);
  b.writeUInt16LE(p.method, 4);
  b.writeUInt16LE(DOS_TIME, 6);
  b.writeUInt16LE(DOS_DATE, 8);
  b.writeUInt32LE(p.crc, 10);
  b.writeUInt32LE(p.body.length, 14);
  b.writeUInt32LE(p.size, 18);
  b.writeUInt16LE(p.name.length, 22);
  b.writeUInt16LE(0, 24); // extra field length
  return b;
}

function localHeader(p: Packed): Buffer {
  const signature = Buffer.alloc(4);
  signature.writeUInt32LE(LOCAL_HEADER, 0);
  return Buffer.concat([signature, commonFields(p), p.name]);
}

function centralHeader(p: Packed, localOffset: number): Buffer {
  const head = Buffer.alloc(6);
  head.writeUInt32LE(CENTRAL_HEADER, 0);
  head.writeUInt16LE(VERSION_MADE_BY, 4);
  const tail = Buffer.alloc(14);
  tail.writeUInt16LE(0, 0); // comment length
  tail.writeUInt16LE(0, 2); // disk number
  tail.writeUInt16LE(0, 4); // internal attributes
  tail.writeUInt32LE(((REGULAR_FILE | (p.mode & 0o7777)) << 16) >>> 0, 6);
  tail.writeUInt32LE(localOffset, 10);
  return Buffer.concat([head, commonFields(p), tail, p.name]);
}

function endRecord(count: number, directorySize: number, directoryOffset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  b.writeUInt16LE(0, 4); // this disk
  b.writeUInt16LE(0, 6); // disk where the central directory starts
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(directorySize, 12);
  b.writeUInt32LE(directoryOffset, 16);
  b.writeUInt16LE(0, 20); // comment length
  return b;
}
