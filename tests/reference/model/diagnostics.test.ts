// The small helpers behind train()'s diagnostics.
import { describe, expect, it } from "vitest";
import { distinctColumnCount, distinctRowCount, frobeniusNorm } from "../../../reference/model/index.js";

describe("diagnostics helpers", () => {
  it("counts distinct rows exactly, with NaN equal to NaN and 0 equal to −0", () => {
    expect(distinctRowCount(Float64Array.from([1, 2, 1, 2, 1, 3]), 3, 2)).toBe(2);
    expect(distinctRowCount(Float64Array.from([Number.NaN, 0, Number.NaN, -0]), 2, 2)).toBe(1);
    expect(distinctRowCount(Float64Array.from([1, 1 + 2 ** -52]), 2, 1)).toBe(2);
  });

  it("takes the Frobenius norm as the square root of the sum of squares", () => {
    expect(frobeniusNorm(Float64Array.from([3, 4]))).toBe(5);
    expect(frobeniusNorm(new Float64Array(0))).toBe(0);
  });
});

describe("distinct columns", () => {
  it("counts distinct columns exactly: a 2×3 matrix with columns a, a, b has 2", () => {
    expect(distinctColumnCount(Float64Array.from([1, 1, 2, 3, 3, 3]), 2, 3)).toBe(2);
    expect(distinctColumnCount(Float64Array.from([0, -0, 5, 5]), 2, 2)).toBe(1);
    expect(distinctColumnCount(Float64Array.from([0.5, 0.5 + 2 ** -53]), 1, 2)).toBe(2);
  });
});
