import { describe, expect, it } from "vitest";
import { heFamily } from "../../grader/assignments/initialization/families.js";
import { propertyCheck } from "../../grader/checks/property.js";
import { simulate } from "../../grader/diagnosis/initialization/recipe.js";
import { FUNCTIONS, fakeContext, returning, rubricTest } from "./helpers.js";

// Seeded, so every run generates the same inputs; the seed is in every failure message below.
const SEED = 20240611;
const test = rubricTest("property", FUNCTIONS.he, {
  inputs: [],
  points: 4,
  options: { runs: 100, seed: SEED, max_depth: 5, max_width: 8 },
});

describe("property check", () => {
  it("passes a correct He initializer on every generated layers_dims", async () => {
    const run = fakeContext(
      test,
      FUNCTIONS.he,
      returning((dims) => simulate(heFamily.recipe, dims)),
    );
    const result = await propertyCheck(run.ctx);
    expect(result.status, `seed ${SEED}`).toBe("passed");
    expect(result.summary).toBe(
      `initialize_parameters_he matches the reference on every generated layers_dims (100 runs of 1 to 5 layers of 1 to 8 units, seed ${SEED})`,
    );
    expect(run.requests.every((r) => r.layersDims.length >= 2 && r.layersDims.length <= 6)).toBe(true);
  });

  it("shrinks a failure that needs 3 layers to the smallest such input, [1, 1, 1, 1], and prints the seed", async () => {
    // Loops over range(1, L) once there are 3 or more layers: correct on the course's 2-layer examples.
    const student = returning((dims) =>
      simulate({ ...heFamily.recipe, loop: { first: 1, dropLast: dims.length >= 4 } }, dims),
    );
    const result = await propertyCheck(fakeContext(test, FUNCTIONS.he, student).ctx);
    expect(result.score, `seed ${SEED}`).toBe(0);
    expect(result.summary).toBe(
      "initialize_parameters_he fails for layers_dims = [1, 1, 1, 1], the smallest failing input found: initialize_parameters_he([1, 1, 1, 1]): missing W3 and b3 — a missing last layer",
    );
    expect(result.counterexample).toMatchObject({ layersDims: [1, 1, 1, 1], seed: SEED });
    expect(result.counterexample?.path).toMatch(/^[0-9:]+$/);
    expect(result.mistakes.map((m) => m.id)).toEqual(["missing-last-layer"]);
  });

  it("reports a call that raises on the shrunk input", async () => {
    const student = fakeContext(test, FUNCTIONS.he, (dims) =>
      dims.some((n) => n > 5)
        ? { status: "raised", error: { type: "ValueError", message: "too wide", traceback: "" } }
        : returning((d) => simulate(heFamily.recipe, d))(dims, {}),
    );
    const result = await propertyCheck(student.ctx);
    expect(result.summary, `seed ${SEED}`).toBe(
      "initialize_parameters_he fails for layers_dims = [1, 6], the smallest failing input found: initialize_parameters_he raised ValueError: too wide",
    );
  });
});
