// The np shim TypeScript students get: numpy's legacy global stream, as nested arrays.
import { describe, expect, it } from "vitest";
import { np } from "../../reference/index.js";
import { RandomState } from "../../reference/random/random-state.js";

describe("np shim", () => {
  it("np.random.seed(3); randn(2, 3) gives the course's seed-3 normals as rows (8 decimals)", () => {
    np.random.seed(3);
    const rows = np.random.randn(2, 3);
    const expected = [
      [1.78862847, 0.43650985, 0.09649747],
      [-1.8634927, -0.2773882, -0.35475898],
    ];
    for (const [i, row] of rows.entries()) {
      for (const [j, x] of row.entries()) expect(x).toBeCloseTo(expected[i][j], 8);
    }
  });

  it("draws from one shared stream, exactly as a RandomState with the same seed", () => {
    np.random.seed(5);
    const drawn = [
      np.random.randn(),
      ...np.random.standard_normal(3),
      ...np.random.normal(1, 2, [1, 2]).flat(),
      ...np.random.rand(2),
    ];
    const state = new RandomState(5);
    const expected = [
      ...state.randn(),
      ...state.standardNormal(3),
      ...state.normal(1, 2, 2),
      ...state.rand(2),
    ];
    expect(drawn).toEqual(expected);
  });

  it("np.zeros makes columns and matrices; np.sqrt works on numbers and nested arrays", () => {
    expect(np.zeros([2, 1])).toEqual([[0], [0]]);
    expect(np.zeros(3)).toEqual([0, 0, 0]);
    expect(np.sqrt(4)).toBe(2);
    expect(np.sqrt([[4, 9]])).toEqual([[2, 3]]);
  });

  it("get_state and set_state replay the stream", () => {
    np.random.seed(1);
    const state = np.random.get_state();
    const first = np.random.randn(3);
    np.random.set_state(state);
    expect(np.random.randn(3)).toEqual(first);
  });
});
