// compute_loss edge cases and numpy's pairwise summation, against numpy
// (tests/fixtures/model/loss.json and sums.json).
import { describe, expect, it } from "vitest";
import { computeLoss } from "../../../reference/model/index.js";
import {
  PAIRWISE_BLOCK_SIZE,
  rowSumsInto,
  sumLikeNumpy,
} from "../../../reference/model/kernels/pairwise-sum.js";
import {
  decode,
  readModelFixture,
  relativeError,
  type StoredMatrix,
  type StoredNumber,
  toMatrix,
} from "./fixtures.js";

interface LossCase {
  name: string;
  AL: StoredMatrix;
  Y: StoredMatrix;
  loss: StoredNumber;
}
interface SumsFixture {
  vectors: { values: StoredNumber[]; sum: StoredNumber; sequential: StoredNumber }[];
  rows: { M: StoredMatrix; rowSums: StoredMatrix };
}

/** Loss tolerance: relative 1e-15. Every term is ≥ 0 (no cancellation); numpy's SIMD log may
 * differ from Math.log by an ulp per term, nothing more. Infinite losses must be exactly +Infinity. */
const LOSS_TOLERANCE = 1e-15;

const { cases } = readModelFixture<{ cases: LossCase[] }>("loss.json");
const sums = readModelFixture<SumsFixture>("sums.json");

describe("compute_loss against numpy", () => {
  it.each(cases)("$name", ({ AL, Y, loss }) => {
    const got = computeLoss(toMatrix(AL), toMatrix(Y));
    const want = decode(loss);
    if (Number.isFinite(want)) expect(relativeError(got, want)).toBeLessThanOrEqual(LOSS_TOLERANCE);
    else expect(got).toBe(want);
  });

  it("is +Infinity for a saturated wrong answer and drops the NaN of a saturated right one", () => {
    const wrong = computeLoss(toMatrix([[1, 0.5]]), toMatrix([[0, 1]]));
    const right = computeLoss(toMatrix([[1, 0.5]]), toMatrix([[1, 1]]));
    expect(wrong).toBe(Number.POSITIVE_INFINITY);
    // (0·inf = NaN dropped, + −log 0.5) / m with m = 2.
    expect(right).toBe((1 / 2) * Math.log(2));
    expect(computeLoss(toMatrix([[1, 0]]), toMatrix([[1, 0]]))).toBe(0);
  });

  it("refuses AL and Y of different shapes, naming both", () => {
    expect(() => computeLoss(toMatrix([[0.5, 0.5]]), toMatrix([[1]]))).toThrow(
      "compute_loss: AL (1, 2) and Y (1, 1) must have the same shape",
    );
  });
});

describe("numpy's pairwise summation (exact: tolerance 0)", () => {
  it.each(sums.vectors.map((v) => ({ ...v, n: v.values.length })))("np.sum of $n values", (v) => {
    const data = Float64Array.from(v.values, decode);
    expect(sumLikeNumpy(data, 0, data.length)).toBe(decode(v.sum));
  });

  it("differs from a left-to-right sum on the long inputs, so the fixture tells the two apart", () => {
    const long = sums.vectors.filter((v) => v.values.length > 2 * PAIRWISE_BLOCK_SIZE);
    expect(long.length).toBeGreaterThan(0);
    for (const v of long) expect(decode(v.sum)).not.toBe(decode(v.sequential));
  });

  it("reproduces np.sum(M, axis=1, keepdims=True) row by row", () => {
    const M = toMatrix(sums.rows.M);
    const out = new Float64Array(M.rows);
    rowSumsInto(M.data, M.rows, M.cols, out);
    expect(Array.from(out)).toEqual(Array.from(toMatrix(sums.rows.rowSums).data));
  });
});
