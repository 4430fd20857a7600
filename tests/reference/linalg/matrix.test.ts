import { describe, expect, it } from "vitest";
import { fromData, fromRows, toRows, zeros } from "../../../reference/linalg/matrix.js";

describe("matrix", () => {
  it("round-trips nested rows in row-major order", () => {
    const m = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(m.rows).toBe(2);
    expect(m.cols).toBe(3);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(toRows(m)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it("refuses data whose length does not match the shape, naming both", () => {
    expect(() => fromData(2, 2, new Float64Array(3))).toThrow(
      "matrix data: expected 4 values for shape (2, 2), got 3",
    );
  });

  it("refuses ragged rows and negative sizes", () => {
    expect(() => fromRows([[1, 2], [3]])).toThrow("matrix rows: row 1 has 1 values, expected 2");
    expect(() => zeros(-1, 2)).toThrow("matrix rows: expected a non-negative integer, got -1");
  });
});
