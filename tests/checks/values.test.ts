import { describe, expect, it } from "vitest";
import { heFamily } from "../../grader/assignments/initialization/families.js";
import { valuesCheck } from "../../grader/checks/values.js";
import { simulate } from "../../grader/diagnosis/initialization/recipe.js";
import { FUNCTIONS, fakeContext, returning, rubricTest } from "./helpers.js";

const HE_INPUTS = [
  [2, 4, 1],
  [3, 1, 2],
  [4, 5, 3],
];
const test = rubricTest("values", FUNCTIONS.he, { inputs: HE_INPUTS, points: 6 });

describe("values check", () => {
  it("gives full points when every input matches the reference", async () => {
    const { ctx } = fakeContext(
      test,
      FUNCTIONS.he,
      returning((dims) => simulate(heFamily.recipe, dims)),
    );
    expect(await valuesCheck(ctx)).toEqual({
      score: 6,
      maxScore: 6,
      status: "passed",
      summary: "initialize_parameters_he: 3 of 3 inputs match the reference",
      details: [],
      mistakes: [],
    });
  });

  it("credits the fraction of matching inputs, shows the worst element and names a transposed draw", async () => {
    // [3, 1, 2] is the course's blind spot: with a 1-wide layer, randn(n_prev, n).T holds the same numbers.
    const transposed = returning((dims) => simulate({ ...heFamily.recipe, layout: "transposed-draw" }, dims));
    const result = await valuesCheck(fakeContext(test, FUNCTIONS.he, transposed).ctx);
    expect(result.score).toBeCloseTo(2, 12);
    expect(result.status).toBe("failed");
    // W1 of [2, 4, 1] holds the first 8 seed-3 draws d0…d7; transposed, (3, 0) gets d3 where d6 belongs.
    expect(result.summary).toBe(
      "initialize_parameters_he([2, 4, 1]): W1[3, 0] is -1.863492703, expected -0.08274148148 (6 of 17 elements differ) — a transposed draw (1 of 3 inputs match the reference)",
    );
    expect(result.details).toContain(
      "  worst element: W1[3, 0]: expected -0.08274148148, got -1.863492703 (abs error 1.78, rel error 21.5)",
    );
    expect(result.mistakes.map((m) => m.id)).toEqual(["transposed-draw"]);
  });

  it("gives 0 for an input whose call raised, and keeps the credit of the others", async () => {
    const student = fakeContext(test, FUNCTIONS.he, (dims) =>
      dims[0] === 4
        ? {
            status: "raised",
            error: { type: "IndexError", message: "list index out of range", traceback: "" },
          }
        : returning((d) => simulate(heFamily.recipe, d))(dims, {}),
    );
    const result = await valuesCheck(student.ctx);
    expect(result.score).toBeCloseTo(4, 12);
    expect(result.summary).toBe(
      "initialize_parameters_he raised IndexError: list index out of range (2 of 3 inputs match the reference)",
    );
    expect(result.details).toEqual([
      "[4, 5, 3]: initialize_parameters_he raised IndexError: list index out of range",
      "  call: initialize_parameters_he([4, 5, 3])",
    ]);
  });

  it("says what came back when it is not a dict", async () => {
    const result = await valuesCheck(fakeContext(test, FUNCTIONS.he, () => ({ $list: [] })).ctx);
    expect(result.score).toBe(0);
    expect(result.summary).toBe(
      "initialize_parameters_he([2, 4, 1]) returned a list, expected a dict of arrays (0 of 3 inputs match the reference)",
    );
  });
});
