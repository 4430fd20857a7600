import { describe, expect, it } from "vitest";
import { randomFamily, zerosFamily } from "../../grader/assignments/initialization/families.js";
import { structureCheck } from "../../grader/checks/structure.js";
import { simulate } from "../../grader/diagnosis/initialization/recipe.js";
import type { WireValue } from "../../grader/runners/types.js";
import { FUNCTIONS, fakeContext, returning, rubricTest, toWire } from "./helpers.js";

const zerosTest = rubricTest("structure", FUNCTIONS.zeros, { inputs: [[3, 2, 1]], points: 2 });
const randomTest = rubricTest("structure", FUNCTIONS.random, {
  inputs: [
    [3, 2, 1],
    [4, 5, 3],
  ],
  points: 2,
});

async function summaryOf(test: typeof zerosTest, student: Parameters<typeof fakeContext>[2]) {
  const fn = test.function === FUNCTIONS.zeros.name ? FUNCTIONS.zeros : FUNCTIONS.random;
  return structureCheck(fakeContext(test, fn, student).ctx);
}

describe("structure check", () => {
  it("passes the right keys, shapes and float dtype", async () => {
    const result = await summaryOf(
      randomTest,
      returning((dims) => simulate(randomFamily.recipe, dims)),
    );
    expect(result).toMatchObject({ score: 2, status: "passed" });
    expect(result.summary).toBe(
      "initialize_parameters_random: 2 of 2 inputs have the expected keys, shapes and dtype",
    );
  });

  it("fails integer zeros, which the course's own checker lets pass", async () => {
    const result = await summaryOf(
      zerosTest,
      returning((dims) => simulate({ ...zerosFamily.recipe, dtype: "int64" }, dims)),
    );
    expect(result).toMatchObject({ score: 0, status: "failed" });
    expect(result.summary).toBe(
      "initialize_parameters_zeros([3, 2, 1]): W1 has integer dtype int64, expected float64 (the course's own checker lets integer zeros pass) (0 of 1 input have the expected keys, shapes and dtype)",
    );
  });

  it.each([
    [
      "a 1-D bias",
      { biasShape: "flat" as const },
      "b1 has shape (2,), expected (2, 1): a 1-D array, not a column",
    ],
    [
      "a transposed W",
      { layout: "stored-transposed" as const },
      "W1 has shape (3, 2), expected (2, 3): the transpose",
    ],
    [
      "lower-case keys",
      { keyName: (kind: "W" | "b", l: number) => `${kind.toLowerCase()}${l}` },
      "missing W1 and W2; unexpected w1 and w2; keys are case-sensitive: w1 should be W1, w2 should be W2",
    ],
  ])("names %s", async (_what, change, problem) => {
    const result = await summaryOf(
      randomTest,
      returning((dims) => simulate({ ...randomFamily.recipe, ...change }, dims)),
    );
    expect(result.score).toBe(0);
    expect(result.summary.startsWith(`initialize_parameters_random([3, 2, 1]): ${problem} (`)).toBe(true);
  });

  it("names a Python list where an array belongs", async () => {
    const student = (dims: readonly number[]): WireValue => {
      const wire = toWire(simulate(randomFamily.recipe, dims)) as { $dict: [string, WireValue][] };
      return {
        $dict: wire.$dict.map(([k, v]) =>
          k === "b1" ? [k, { $list: [{ $list: [0] }, { $list: [0] }] }] : [k, v],
        ),
      };
    };
    const result = await summaryOf(randomTest, student);
    expect(result.details[0]).toBe(
      "[3, 2, 1]: initialize_parameters_random([3, 2, 1]): b1 is a Python list, expected a numpy array",
    );
  });

  it("gives the credit of the inputs that are right (a size hard-coded for the example)", async () => {
    const result = await summaryOf(
      randomTest,
      returning(() => simulate(randomFamily.recipe, [3, 2, 1])),
    );
    expect(result.score).toBe(1);
    expect(result.summary).toBe(
      "initialize_parameters_random([4, 5, 3]): W1 has shape (2, 3), expected (5, 4) (1 of 2 inputs have the expected keys, shapes and dtype)",
    );
  });

  it("explains a timeout and a missing function in the summary", async () => {
    const timeout = await summaryOf(zerosTest, () => ({ status: "timeout", deadlineMs: 2000 }));
    expect(timeout.summary).toBe(
      "initialize_parameters_zeros timed out after 2000 ms (0 of 1 input have the expected keys, shapes and dtype)",
    );
    const missing = await summaryOf(zerosTest, () => ({
      status: "missing",
      available: ["initialize_parameters_zeroes"],
    }));
    expect(missing.summary).toBe(
      "initialize_parameters_zeros is not defined in the submission (it defines: initialize_parameters_zeroes — check the spelling) (0 of 1 input have the expected keys, shapes and dtype)",
    );
  });
});
