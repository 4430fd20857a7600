// The course's initializations against the course's own numpy code (fixture) and its published values.
import { describe, expect, it } from "vitest";
import {
  initializeParametersHe,
  initializeParametersRandom,
  initializeParametersZeros,
  type Parameters,
} from "../../reference/initializers.js";
import { toRows } from "../../reference/linalg/matrix.js";
import { readFixture, type StoredStream, streamMismatch } from "./random/fixture-io.js";

interface Case {
  readonly kind: "random" | "he";
  readonly layersDims: number[];
  readonly parameters: Record<string, { shape: [number, number] } & Partial<StoredStream>>;
}
const { cases } = readFixture<{ cases: Case[] }>("random/initializers.json");

const initialize = { random: initializeParametersRandom, he: initializeParametersHe };

// Rounds to the 8 decimals the course prints.
const rounded8 = (rows: number[][]) => rows.map((row) => row.map((v) => Math.round(v * 1e8) / 1e8));

describe("initializeParametersRandom / He (tolerance: none, bit-identical to the course's numpy code)", () => {
  for (const c of cases) {
    it(`${c.kind} ${JSON.stringify(c.layersDims)}`, () => {
      const ours = initialize[c.kind](c.layersDims);
      expect(Object.keys(ours)).toEqual(Object.keys(c.parameters));
      for (const [name, expected] of Object.entries(c.parameters)) {
        const m = ours[name];
        const isWeight = name.startsWith("W");
        const problem = isWeight
          ? streamMismatch(m.data, expected as StoredStream)
          : m.data.every((v) => Object.is(v, 0))
            ? ""
            : "a bias is not +0";
        expect({ name, shape: [m.rows, m.cols], problem }).toEqual({
          name,
          shape: expected.shape,
          problem: "",
        });
      }
    });
  }
});

describe("the values the course publishes (ours rounded to the 8 published decimals, then equal)", () => {
  it("random ×10, [3, 2, 1]", () => {
    const p = initializeParametersRandom([3, 2, 1]);
    expect(rounded8(toRows(p.W1))).toEqual([
      [17.88628473, 4.36509851, 0.96497468],
      [-18.63492703, -2.77388203, -3.54758979],
    ]);
    expect(rounded8(toRows(p.W2))).toEqual([[-0.82741481, -6.27000677]]);
    expect(toRows(p.b1)).toEqual([[0], [0]]);
    expect(toRows(p.b2)).toEqual([[0]]);
  });

  it("He, [2, 4, 1]: W1 is the first 8 seed-3 normals (scale sqrt(2/2) = 1)", () => {
    const p = initializeParametersHe([2, 4, 1]);
    expect(rounded8(toRows(p.W1)).flat().slice(0, 4)).toEqual([
      1.78862847, 0.43650985, 0.09649747, -1.8634927,
    ]);
    expect(rounded8(toRows(p.W2))).toEqual([[-0.03098412, -0.33744411, -0.92904268, 0.62552248]]);
  });

  it("He, [3, 1, 2]", () => {
    const p = initializeParametersHe([3, 1, 2]);
    expect(rounded8(toRows(p.W1))).toEqual([[1.46040903, 0.3564088, 0.07878985]]);
    expect(rounded8(toRows(p.W2))).toEqual([[-2.63537665], [-0.39228616]]);
  });
});

describe("initializeParametersZeros", () => {
  it("gives W1, b1, …, WL, bL of the right shapes, all +0", () => {
    const p: Parameters = initializeParametersZeros([2, 10, 5, 1]);
    expect(Object.keys(p)).toEqual(["W1", "b1", "W2", "b2", "W3", "b3"]);
    expect(Object.values(p).map((m) => [m.rows, m.cols])).toEqual([
      [10, 2],
      [10, 1],
      [5, 10],
      [5, 1],
      [1, 5],
      [1, 1],
    ]);
    expect(Object.values(p).every((m) => m.data.every((v) => Object.is(v, 0)))).toBe(true);
  });
});

describe("each call is independent of every other (no global RNG state)", () => {
  it("returns the same weights on a repeated call, whatever ran in between", () => {
    const first = initializeParametersHe([4, 3, 2]);
    initializeParametersRandom([50, 50]);
    expect(initializeParametersHe([4, 3, 2])).toEqual(first);
  });
});

describe("layers_dims checks (the message names the position and the value)", () => {
  for (const init of [initializeParametersZeros, initializeParametersRandom, initializeParametersHe]) {
    it(`${init.name} refuses bad layer sizes`, () => {
      expect(() => init([3, 2, 0])).toThrow("layers_dims[2]: expected a positive integer, got 0");
      expect(() => init([3, 2.5, 1])).toThrow("layers_dims[1]: expected a positive integer, got 2.5");
      expect(() => init([3, -1])).toThrow("layers_dims[1]: expected a positive integer, got -1");
      expect(() => init([4])).toThrow(
        "layers_dims: expected at least 2 layer sizes (input and output), got 1",
      );
      expect(() => init(["3", 1] as unknown as number[])).toThrow(
        'layers_dims[0]: expected a positive integer, got "3"',
      );
      expect(() => init("3,1" as unknown as number[])).toThrow(
        'layers_dims: expected an array of layer sizes, got "3,1"',
      );
    });
  }
});
