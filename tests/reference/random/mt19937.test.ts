// The raw MT19937 stream and numpy's legacy seeding, against numpy's own generator (exact integers).
import { describe, expect, it } from "vitest";
import { RandomState } from "../../../reference/random/random-state.js";
import { readFixture } from "./fixture-io.js";

interface SeedCase {
  readonly seed: number;
  readonly keyHead: readonly number[];
  readonly keyTail: readonly number[];
  readonly raw: readonly number[];
}
const fixture = readFixture<{ seeds: SeedCase[]; nextUint64: { seed: number; values: string[] } }>(
  "random/mt19937.json",
);

describe("MT19937 (exact: integers compared with toEqual)", () => {
  for (const { seed, keyHead, keyTail, raw } of fixture.seeds) {
    it(`seed ${seed}: init_genrand key and ${raw.length} raw outputs across two regenerations`, () => {
      const rs = new RandomState(seed);
      const { key, pos } = rs.getState();
      expect(pos).toBe(624);
      expect(key.slice(0, keyHead.length)).toEqual(keyHead);
      expect(key.slice(-keyTail.length)).toEqual(keyTail);
      expect(Array.from({ length: raw.length }, () => rs.nextUint32())).toEqual(raw);
    });
  }

  it("uses numpy's next_uint64 word order (first output high) for random_interval above 2^32", () => {
    const { seed, values } = fixture.nextUint64;
    const rs = new RandomState(seed);
    const mask = 2n ** 53n - 1n;
    // With max = 2^53 − 1 the mask keeps 53 bits and nothing is rejected: one next_uint64 per call.
    const ours = values.map(() => BigInt(rs.randomInterval(2 ** 53 - 1)));
    expect(ours).toEqual(values.map((v) => BigInt(v) & mask));
  });
});
