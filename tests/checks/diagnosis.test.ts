import { describe, expect, it } from "vitest";
import { heFamily } from "../../grader/assignments/initialization/families.js";
import { diagnosisCheck } from "../../grader/checks/diagnosis.js";
import { simulate } from "../../grader/diagnosis/initialization/recipe.js";
import { constantScale, fanOutScale } from "../../grader/diagnosis/initialization/scales.js";
import { FUNCTIONS, fakeContext, returning, rubricTest } from "./helpers.js";

const test = rubricTest("diagnosis", FUNCTIONS.he, {
  inputs: [
    [2, 4, 1],
    [3, 1, 2],
  ],
  points: 2,
});

function he(change: Partial<typeof heFamily.recipe>) {
  return returning((dims) => simulate({ ...heFamily.recipe, ...change }, dims));
}

describe("diagnosis check", () => {
  it("passes an output equal to the reference", async () => {
    const result = await diagnosisCheck(fakeContext(test, FUNCTIONS.he, he({})).ctx);
    expect(result).toMatchObject({
      score: 2,
      status: "passed",
      summary: "initialize_parameters_he: 2 of 2 inputs match the reference, no mistake to name",
    });
  });

  it("names a catalogued mistake with its message and fix", async () => {
    const result = await diagnosisCheck(fakeContext(test, FUNCTIONS.he, he({ scale: fanOutScale })).ctx);
    expect(result).toMatchObject({ score: 0, status: "failed" });
    expect(result.mistakes.map((m) => [m.id, m.title])).toEqual([["fan-out", "fan-out instead of fan-in"]]);
    expect(result.cause?.kind).toBe("mistakes");
    expect(result.summary).toBe(
      "initialize_parameters_he: W1 matches np.random.randn(4, 2) * sqrt(2/4) — fan-out instead of fan-in. Scale by sqrt(2 / layers_dims[l − 1]): He initialization divides by the number of inputs of layer l (its fan-in n_{l−1}), not by its number of units n_l.",
    );
  });

  it("takes the points of a mistake outside the catalogue, and shows the closest evidence", async () => {
    const result = await diagnosisCheck(fakeContext(test, FUNCTIONS.he, he({ scale: constantScale(3) })).ctx);
    expect(result.score).toBe(0);
    expect(result.mistakes).toEqual([]);
    // 3·randn is outside the catalogue; the worst element is the largest draw, d3 = -1.8634927, tripled.
    expect(result.summary).toBe(
      "initialize_parameters_he: the output differs from the reference and no catalogued mistake explains it (for [2, 4, 1]: W1[1, 1] is -5.59047811, expected -1.863492703 (12 of 17 elements differ))",
    );
    expect(result.details[0]).toBe(
      "no catalogued mistake explains W1 and W2 for [2, 4, 1]; W1 and W2 for [3, 1, 2]",
    );
  });
});
