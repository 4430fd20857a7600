// randn / standard_normal / normal against numpy's legacy gauss: bit-identical doubles, glibc log included.
import { describe, expect, it } from "vitest";
import { RandomState } from "../../../reference/random/random-state.js";
import { fromBitsList, readFixture, type StoredStream, streamMismatch } from "./fixture-io.js";

interface Fixture {
  readonly long: readonly (StoredStream & { seed: number })[];
  readonly shaped: readonly {
    seed: number;
    call: "randn" | "standard_normal";
    shape: number[];
    values: string[];
  }[];
  readonly normal: readonly { seed: number; loc: number; scale: number; size: number[]; values: string[] }[];
}
const fixture = readFixture<Fixture>("random/gauss.json");

describe("randn (tolerance: none, bit-identical to numpy 2.4.6 legacy gauss)", () => {
  it("compares at least 1,700,000 draws over five seeds in total", () => {
    const total = fixture.long.reduce((sum, s) => sum + s.count, 0);
    expect(total).toBeGreaterThanOrEqual(1_700_000);
    expect(fixture.long.map((s) => s.seed)).toEqual([0, 1, 3, 42, 2 ** 32 - 1]);
  });

  for (const stream of fixture.long) {
    it(`seed ${stream.seed}: ${stream.count} draws of randn(${stream.count})`, () => {
      expect(streamMismatch(new RandomState(stream.seed).randn(stream.count), stream)).toBe("");
    });
  }

  for (const { seed, call, shape, values } of fixture.shaped) {
    it(`seed ${seed}: ${call}(${shape.join(", ")}) row-major`, () => {
      const rs = new RandomState(seed);
      const got = call === "randn" ? rs.randn(...shape) : rs.standard_normal(shape);
      expect(got).toEqual(fromBitsList(values));
    });
  }

  it("standardNormal, standard_normal and gauss() draw the same stream as randn", () => {
    const expected = Array.from(new RandomState(42).randn(5));
    const a = new RandomState(42);
    expect([...a.standardNormal(2), ...a.standard_normal([1]), a.gauss(), a.gauss()]).toEqual(expected);
  });
});

describe("normal (tolerance: none, numpy's legacy_normal = loc + scale·gauss)", () => {
  for (const { seed, loc, scale, size, values } of fixture.normal) {
    it(`seed ${seed}: normal(${loc}, ${scale}, [${size.join(", ")}])`, () => {
      expect(new RandomState(seed).normal(loc, scale, size)).toEqual(fromBitsList(values));
    });
  }
});
