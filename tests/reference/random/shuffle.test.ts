// shuffle and permutation against numpy's legacy RandomState (random_interval swaps): exact indices.
import { describe, expect, it } from "vitest";
import { RandomState } from "../../../reference/random/random-state.js";
import { fromBitsList, readFixture, type StoredStream, streamMismatch } from "./fixture-io.js";

interface Case extends StoredStream {
  readonly seed: number;
  readonly call: "shuffle" | "permutation";
  readonly n: number;
  readonly next?: readonly string[];
}
const { cases } = readFixture<{ cases: Case[] }>("random/shuffle.json");

describe("shuffle and permutation (tolerance: none, exact indices)", () => {
  for (const c of cases) {
    it(`seed ${c.seed}: ${c.call} of ${c.n} values`, () => {
      const rs = new RandomState(c.seed);
      let result: Float64Array;
      if (c.call === "permutation") {
        result = rs.permutation(c.n);
      } else {
        result = Float64Array.from({ length: c.n }, (_, i) => i);
        rs.shuffle(result);
      }
      expect(streamMismatch(result, c)).toBe("");
      // The draws after the shuffle pin how many outputs it consumed.
      if (c.next) expect(rs.rand(c.next.length)).toEqual(fromBitsList(c.next));
    });
  }

  it("shuffles plain arrays and typed arrays identically", () => {
    const plain = [10, 20, 30, 40, 50, 60];
    const typed = Float64Array.from(plain);
    new RandomState(4).shuffle(plain);
    new RandomState(4).shuffle(typed);
    expect(plain).toEqual(Array.from(typed));
    expect([...plain].sort((a, b) => a - b)).toEqual([10, 20, 30, 40, 50, 60]);
  });
});

describe("randomInterval (numpy's masked rejection)", () => {
  it("returns 0 for max 0 without drawing", () => {
    const rs = new RandomState(0);
    expect(rs.randomInterval(0)).toBe(0);
    expect(rs.nextUint32()).toBe(new RandomState(0).nextUint32());
  });

  it("masks 32-bit outputs to the smallest all-ones mask and rejects values above max", () => {
    const raw = new RandomState(9);
    const rs = new RandomState(9);
    for (const max of [1, 2, 5, 6, 7, 100, 1000, 2 ** 31, 2 ** 32 - 1]) {
      let mask = 1;
      while (mask < max) mask = mask * 2 + 1;
      let value: number;
      do value = (raw.nextUint32() & mask) >>> 0;
      while (value > max);
      expect(rs.randomInterval(max)).toBe(value);
    }
  });

  it("stays in [0, max] on the 64-bit path", () => {
    const rs = new RandomState(1);
    for (let i = 0; i < 1000; i++) {
      const v = rs.randomInterval(2 ** 40 + 12345);
      expect(Number.isInteger(v) && v >= 0 && v <= 2 ** 40 + 12345).toBe(true);
    }
  });
});
