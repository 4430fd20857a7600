import { describe, expect, it } from "vitest";
import { heFamily, randomFamily, zerosFamily } from "../../grader/assignments/initialization/families.js";
import { statisticsCheck } from "../../grader/checks/statistics.js";
import { simulate } from "../../grader/diagnosis/initialization/recipe.js";
import { xavierScale } from "../../grader/diagnosis/initialization/scales.js";
import { FUNCTIONS, fakeContext, returning, rubricTest } from "./helpers.js";

// W1 has 20000 entries and W2 5000: both large enough to be tested.
const LARGE = [200, 100, 50];
const heTest = rubricTest("statistics", FUNCTIONS.he, {
  inputs: [LARGE],
  points: 3,
  options: { false_failure_rate: 1e-6 },
});

function he(change: Partial<typeof heFamily.recipe>) {
  return returning((dims) => simulate({ ...heFamily.recipe, ...change }, dims));
}

describe("statistics check", () => {
  it("passes the reference He draws", async () => {
    const result = await statisticsCheck(fakeContext(heTest, FUNCTIONS.he, he({})).ctx);
    expect(result).toMatchObject({ score: 3, status: "passed" });
    expect(result.summary).toBe("initialize_parameters_he: 2 of 2 weight matrices have the expected spread");
    // 1e-6 shared by 4 tests (variance and mean of 2 matrices): 2.5e-7 each, z = Φ⁻¹(1 − 1.25e-7) ≈ 5.16.
    expect(result.details.at(-1)).toBe("false-failure rate 0.000001: |z| ≤ 5.16 for each of 4 tests");
  });

  it("gives full credit for the right scale with the wrong seed", async () => {
    const result = await statisticsCheck(fakeContext(heTest, FUNCTIONS.he, he({ seed: 7 })).ctx);
    expect(result.status).toBe("passed");
  });

  it("fails Xavier's sqrt(1/n) and names it", async () => {
    const result = await statisticsCheck(fakeContext(heTest, FUNCTIONS.he, he({ scale: xavierScale })).ctx);
    expect(result).toMatchObject({ score: 0, status: "failed" });
    expect(result.mistakes.map((m) => m.id)).toEqual(["xavier-scale"]);
    expect(result.summary).toBe(
      "initialize_parameters_he: W1 of [200, 100, 50] (20000 entries): std 0.0704, expected 0.1 = sqrt(2/200); mean -0.00092; z = -62.6 for the variance, -1.3 for the mean — Xavier's sqrt(1/n_{l−1}) instead of He's sqrt(2/n_{l−1}) (0 of 2 weight matrices have the expected spread)",
    );
    expect(result.details[0]).toBe(
      "W1 of [200, 100, 50] has std 0.0704, as drawn with sqrt(1/200) — Xavier's sqrt(1/n_{l−1}) instead of He's sqrt(2/n_{l−1}). Scale by sqrt(2 / layers_dims[l − 1]): He initialization doubles Xavier's variance to make up for ReLU setting half of the pre-activations to zero.",
    );
  });

  it("fails uniform draws on the mean even at the right scale", async () => {
    const result = await statisticsCheck(fakeContext(heTest, FUNCTIONS.he, he({ draw: "rand" })).ctx);
    expect(result.status).toBe("failed");
  });

  it("has no false failures over 200 seeds of correct-scale draws", async () => {
    const test = rubricTest("statistics", FUNCTIONS.random, {
      inputs: [[100, 50, 20]],
      options: { false_failure_rate: 1e-6 },
    });
    for (let seed = 0; seed < 200; seed++) {
      const student = returning((dims) => simulate({ ...randomFamily.recipe, seed }, dims));
      const result = await statisticsCheck(fakeContext(test, FUNCTIONS.random, student).ctx);
      expect(result.status, `seed ${seed}: ${result.summary}`).toBe("passed");
    }
  });

  it("checks every layer of the zeros initialization for exact zeros", async () => {
    const test = rubricTest("statistics", FUNCTIONS.zeros, {
      inputs: [[3, 2, 1]],
      options: { false_failure_rate: 1e-6 },
    });
    const right = await statisticsCheck(
      fakeContext(
        test,
        FUNCTIONS.zeros,
        returning((d) => simulate(zerosFamily.recipe, d)),
      ).ctx,
    );
    expect(right.status).toBe("passed");
    const ones = returning((d) =>
      simulate({ ...zerosFamily.recipe, draw: "ones", scale: () => ({ value: 1, formula: "1" }) }, d),
    );
    const wrong = await statisticsCheck(fakeContext(test, FUNCTIONS.zeros, ones).ctx);
    expect(wrong.summary).toBe(
      "initialize_parameters_zeros: W1 of [3, 2, 1]: 6 non-zero entries of 6, expected all zeros (0 of 2 weight matrices have the expected spread)",
    );
  });

  it("refuses a rubric whose inputs have no large weight matrix", async () => {
    const test = rubricTest("statistics", FUNCTIONS.he, {
      inputs: [[2, 4, 1]],
      options: { false_failure_rate: 1e-6 },
    });
    await expect(statisticsCheck(fakeContext(test, FUNCTIONS.he, he({})).ctx)).rejects.toThrow(
      "rubric test he-statistics: statistics needs a W_l with at least 1000 entries in its inputs",
    );
  });
});
