// Reading the numpy/glibc fixtures under tests/fixtures: bit-pattern doubles, stream digests.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

// Parses a fixture JSON file given its path relative to tests/fixtures/.
export function readFixture<T>(relativePath: string): T {
  return JSON.parse(readFileSync(new URL(`../../fixtures/${relativePath}`, import.meta.url), "utf8")) as T;
}

const scratch = new Float64Array(1);
const scratchBits = new BigUint64Array(scratch.buffer);

// The double whose IEEE-754 bit pattern is the 16-hex-digit string (the fixtures' lossless encoding).
export function fromBits(hex: string): number {
  scratchBits[0] = BigInt(`0x${hex}`);
  return scratch[0];
}

// The 16-hex-digit bit pattern of x.
export function toBits(x: number): string {
  scratch[0] = x;
  return scratchBits[0].toString(16).padStart(16, "0");
}

// Decodes a list of bit patterns.
export function fromBitsList(hexes: readonly string[]): Float64Array {
  return Float64Array.from(hexes, fromBits);
}

// sha256 of the little-endian float64 bytes, NaNs made canonical: the digest the fixture script writes.
export function digest(values: Float64Array): string {
  const copy = Float64Array.from(values, (v) => (Number.isNaN(v) ? Number.NaN : v));
  return createHash("sha256").update(new Uint8Array(copy.buffer)).digest("hex");
}

/** A long stream as the fixtures store it: its length, digest and first values. */
export interface StoredStream {
  readonly count: number;
  readonly sha256: string;
  readonly head: readonly string[];
}

// Indices where two arrays differ bit for bit (NaN equals NaN), for readable failures.
export function bitDifferences(actual: Float64Array, expected: Float64Array, limit = 10): number[] {
  const out: number[] = [];
  const n = Math.max(actual.length, expected.length);
  for (let i = 0; i < n && out.length < limit; i++) {
    if (!Object.is(actual[i], expected[i])) out.push(i);
  }
  return out;
}

// Asserts-by-return: a short description of the first differences between a stream and its fixture,
// or "" when the values are bit-identical (same count, same head, same sha256 of all values).
export function streamMismatch(actual: Float64Array, stored: StoredStream): string {
  if (actual.length !== stored.count) return `count ${actual.length}, expected ${stored.count}`;
  const head = fromBitsList(stored.head);
  const diffs = bitDifferences(actual.subarray(0, head.length), head);
  if (diffs.length > 0) {
    return diffs
      .map((i) => `[${i}] ${toBits(actual[i])} (${actual[i]}), expected ${stored.head[i]}`)
      .join("; ");
  }
  const sha = digest(actual);
  return sha === stored.sha256 ? "" : `sha256 ${sha}, expected ${stored.sha256} (first ${head.length} match)`;
}
