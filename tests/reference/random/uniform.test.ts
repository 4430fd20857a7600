// rand / randomSample against numpy's RandomState.rand: bit-identical doubles.
import { describe, expect, it } from "vitest";
import { RandomState } from "../../../reference/random/random-state.js";
import { fromBitsList, readFixture, type StoredStream, streamMismatch } from "./fixture-io.js";

interface Fixture {
  readonly long: readonly (StoredStream & { seed: number })[];
  readonly short: readonly { seed: number; shape: number[]; values: string[] }[];
}
const fixture = readFixture<Fixture>("random/uniform.json");

describe("rand (tolerance: none, bit-identical to numpy 2.4.6)", () => {
  for (const stream of fixture.long) {
    it(`seed ${stream.seed}: ${stream.count} values of rand(${stream.count})`, () => {
      expect(streamMismatch(new RandomState(stream.seed).rand(stream.count), stream)).toBe("");
    });
  }

  for (const { seed, shape, values } of fixture.short) {
    it(`seed ${seed}: rand(${shape.join(", ")}) row-major`, () => {
      expect(new RandomState(seed).rand(...shape)).toEqual(fromBitsList(values));
    });
  }

  it("randomSample and random_sample draw the same stream as rand, one value per call", () => {
    const expected = new RandomState(0).rand(4);
    const rs = new RandomState(0);
    expect([rs.randomSample(), rs.random_sample(), rs.randomSample(), rs.random_sample()]).toEqual(
      Array.from(expected),
    );
  });

  it("rand() with no shape gives one value, like numpy's scalar", () => {
    expect(new RandomState(0).rand()).toEqual(new RandomState(0).rand(1));
    expect(new RandomState(0).rand(0, 5).length).toBe(0);
  });
});
