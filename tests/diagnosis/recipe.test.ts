import { describe, expect, it } from "vitest";
import { heFamily, randomFamily, zerosFamily } from "../../grader/assignments/initialization/families.js";
import { initializationReferences } from "../../grader/assignments/initialization/references.js";
import { compareParameters } from "../../grader/checks/evidence/compare.js";
import { fromReference } from "../../grader/checks/evidence/observed-parameters.js";
import { simulate } from "../../grader/diagnosis/initialization/recipe.js";

const EXACT = { atol: 0, rtol: 0 };

describe("simulate", () => {
  it.each([
    ["zeros", zerosFamily],
    ["random", randomFamily],
    ["he", heFamily],
  ] as const)("reproduces the %s reference bit for bit from its recipe", (name, family) => {
    for (const dims of [
      [3, 2, 1],
      [2, 4, 1],
      [3, 1, 2],
      [5, 7, 3, 2],
    ]) {
      const expected = fromReference(initializationReferences.entries[name].compute(dims));
      const c = compareParameters(expected, simulate(family.recipe, dims), EXACT, { strict: true });
      expect(c.differingKeys, `${name} ${dims}`).toEqual([]);
    }
  });

  it("reproduces the course's published He values for [3, 1, 2] (8 decimals)", () => {
    const out = simulate(heFamily.recipe, [3, 1, 2]);
    // Published to 8 decimals: equal to within 5e-9.
    const near = (data: Float64Array | undefined, published: number[]) =>
      published.every((x, i) => Math.abs((data?.[i] ?? Number.NaN) - x) <= 5e-9);
    expect(near(out.arrays.get("W1")?.data, [1.46040903, 0.3564088, 0.07878985])).toBe(true);
    expect(near(out.arrays.get("W2")?.data, [-2.63537665, -0.39228616])).toBe(true);
  });

  it("draws randn(n_prev, n).T for a transposed draw: element (i, j) is draw j·n + i", () => {
    const direct = simulate({ ...heFamily.recipe, scale: () => ({ value: 1, formula: "1" }) }, [2, 4, 1]);
    const transposed = simulate(
      { ...heFamily.recipe, layout: "transposed-draw", scale: () => ({ value: 1, formula: "1" }) },
      [2, 4, 1],
    );
    const draws = direct.arrays.get("W1")?.data ?? new Float64Array();
    const w1 = transposed.arrays.get("W1")?.data ?? new Float64Array();
    // W1 is (4, 2); randn(2, 4) fills a 2×4 matrix row by row, and its transpose puts draw j·4 + i at (i, j).
    expect(Array.from(w1)).toEqual([
      draws[0],
      draws[4],
      draws[1],
      draws[5],
      draws[2],
      draws[6],
      draws[3],
      draws[7],
    ]);
  });
});
