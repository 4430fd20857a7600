import { describe, expect, it } from "vitest";
import { compareParameters } from "../../../grader/checks/evidence/compare.js";
import { describeComparison } from "../../../grader/checks/evidence/describe-comparison.js";
import { type ObservedArray, observedFrom } from "../../../grader/checks/evidence/observed-parameters.js";

const TOL = { atol: 1e-8, rtol: 1e-5 };
const f64 = (shape: number[], data: number[]): ObservedArray => ({
  shape,
  dtype: "float64",
  container: "ndarray",
  data: Float64Array.from(data),
});

// The course's He output for [2, 4, 1], W2 only (published to 8 decimals).
const expected = observedFrom([
  ["W2", f64([1, 4], [-0.03098412, -0.33744411, -0.92904268, 0.62552248])],
  ["b2", f64([1, 1], [0])],
]);

describe("compareParameters", () => {
  it("reports the worst element, the largest errors and the count with exact numbers", () => {
    const got = observedFrom([
      ["W2", f64([1, 4], [-0.03098412, 0.5, -0.92904268, 0.62562248])],
      ["b2", f64([1, 1], [0])],
    ]);
    const c = compareParameters(expected, got, TOL, { strict: false });
    expect(c.equal).toBe(false);
    expect(c.worst).toMatchObject({ key: "W2", index: [0, 1], expected: -0.33744411, got: 0.5 });
    expect(c.worst?.absError).toBeCloseTo(0.83744411, 15);
    expect(c.differing).toBe(2);
    expect(c.compared).toBe(5);
    expect(describeComparison(c, TOL)).toEqual({
      headline: "W2[0, 1] is 0.5, expected -0.33744411 (2 of 5 elements differ)",
      details: [
        "worst element: W2[0, 1]: expected -0.33744411, got 0.5 (abs error 0.837, rel error 2.48)",
        "largest absolute error 0.837 at W2[0, 1]; largest relative error 2.48 at W2[0, 1]",
        "2 of 5 compared elements differ (rule: |got − expected| ≤ 1e-8 + 0.00001·|expected|, NaN never equal)",
      ],
    });
  });

  it("puts a NaN first, never counts it equal, and counts non-finite values per key", () => {
    const got = observedFrom([
      ["W2", f64([1, 4], [-1, -0.33744411, -0.92904268, 0.62552248])],
      ["b2", f64([1, 1], [Number.NaN])],
    ]);
    const c = compareParameters(expected, got, TOL, { strict: false });
    expect(c.worst).toMatchObject({ key: "b2", index: [0, 0] });
    expect(describeComparison(c, TOL).details).toContain("b2 contains 1 NaN value");
  });

  it("names a missing key, a 1-D bias and a transposed matrix instead of comparing values", () => {
    const want = observedFrom([
      ["W1", f64([2, 3], [1, 2, 3, 4, 5, 6])],
      ["b1", f64([2, 1], [0, 0])],
      ["W2", f64([1, 2], [1, 2])],
    ]);
    const got = observedFrom([
      ["W1", f64([3, 2], [1, 2, 3, 4, 5, 6])],
      ["b1", f64([2], [0, 0])],
      ["w2", f64([1, 2], [1, 2])],
    ]);
    const text = describeComparison(compareParameters(want, got, TOL, { strict: false }), TOL);
    expect(text.details).toEqual([
      "missing W2; unexpected w2; keys are case-sensitive: w2 should be W2",
      "W1 has shape (3, 2), expected (2, 3): the transpose",
      "b1 has shape (2,), expected (2, 1): a 1-D array, not a column",
    ]);
  });

  it("compares dtype classes only in strict mode", () => {
    const ints = observedFrom([["b2", { ...f64([1, 1], [0]), dtype: "int64" }]]);
    const zero = observedFrom([["b2", f64([1, 1], [0])]]);
    expect(compareParameters(zero, ints, TOL, { strict: false }).equal).toBe(true);
    expect(compareParameters(zero, ints, TOL, { strict: true }).dtypes).toEqual([
      { key: "b2", expected: "float64", got: "int64" },
    ]);
  });
});
