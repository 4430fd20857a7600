import { describe, expect, it } from "vitest";
import { heFamily, zerosFamily } from "../../grader/assignments/initialization/families.js";
import { DISTURB_SEED, purityCheck } from "../../grader/checks/purity.js";
import { simulate } from "../../grader/diagnosis/initialization/recipe.js";
import type { CallOutcome } from "../../grader/runners/types.js";
import { FUNCTIONS, fakeContext, returning, rubricTest, type Student, toWire } from "./helpers.js";

const ALL = { checks: ["no_mutation", "repeatable", "rng_independent"] };
const test = rubricTest("purity", FUNCTIONS.he, { inputs: [[2, 4, 1]], points: 3, options: ALL });
const correct = returning((dims) => simulate(heFamily.recipe, dims));

describe("purity check", () => {
  it("passes a pure, self-seeded function", async () => {
    const run = fakeContext(test, FUNCTIONS.he, correct);
    const result = await purityCheck(run.ctx);
    expect(result).toMatchObject({ score: 3, status: "passed" });
    expect(result.summary).toBe(
      "initialize_parameters_he: no_mutation, repeatable, rng_independent hold on 1 of 1 input",
    );
    // The plain call comes first: without parameters there is nothing to judge as pure.
    expect(run.requests.map((r) => r.extra)).toEqual([
      {},
      { returnArgs: true },
      { disturbRng: DISTURB_SEED },
    ]);
  });

  it("fails no_mutation alone when the argument is changed", async () => {
    const popping: Student = (dims, extra) => {
      const outcome = {
        status: "returned",
        value: toWire(simulate(heFamily.recipe, dims)),
        durationMs: 1,
      } as const;
      return extra.returnArgs
        ? ({ ...outcome, argsAfter: [{ $list: dims.slice(0, -1) }] } satisfies CallOutcome)
        : outcome;
    };
    const result = await purityCheck(fakeContext(test, FUNCTIONS.he, popping).ctx);
    expect(result.score).toBe(2);
    expect(result.summary).toBe(
      "no_mutation: initialize_parameters_he([2, 4, 1]) changed its argument: layers_dims is [2, 4] after the call — read it without modifying it, or work on a copy (list(layers_dims)) (2 of 3 purity checks pass)",
    );
  });

  it("fails repeatable and rng_independent for a function that never seeds", async () => {
    // Each call continues one global stream, as numpy's global RNG would without np.random.seed.
    let calls = 0;
    const unseeded: Student = (dims) => {
      calls++;
      return toWire(simulate({ ...heFamily.recipe, seed: 100 + calls }, dims));
    };
    const result = await purityCheck(fakeContext(test, FUNCTIONS.he, unseeded).ctx);
    expect(result.score).toBe(1);
    expect(result.details).toHaveLength(2);
    // Calls in order: the plain call draws seed 101, returnArgs (no_mutation, and the repeat) seed 102.
    expect(result.details[0]).toBe(
      "repeatable: a second call to initialize_parameters_he([2, 4, 1]) returned something else (W2[0, 1] is -1.582648866, was 0.5233453255) — the function keeps state between calls or draws without a seed of its own",
    );
    expect(result.details[1]).toMatch(
      /— call np\.random\.seed inside the function, once, before the first draw$/,
    );
  });

  it("fails rng_independent alone when the output follows the global RNG state", async () => {
    const followsGlobal: Student = (dims, extra) =>
      toWire(simulate({ ...heFamily.recipe, seed: extra.disturbRng ?? 3 }, dims));
    const result = await purityCheck(fakeContext(test, FUNCTIONS.he, followsGlobal).ctx);
    expect(result.score).toBe(2);
    expect(
      result.summary.startsWith(
        `rng_independent: a call after other code used numpy's RNG (seed ${DISTURB_SEED} and a few draws) to initialize_parameters_he([2, 4, 1]) returned something else`,
      ),
    ).toBe(true);
  });

  it("holds trivially for the zeros function", async () => {
    const zerosTest = rubricTest("purity", FUNCTIONS.zeros, {
      inputs: [[3, 2, 1]],
      options: { checks: ["rng_independent"] },
    });
    const result = await purityCheck(
      fakeContext(
        zerosTest,
        FUNCTIONS.zeros,
        returning((d) => simulate(zerosFamily.recipe, d)),
      ).ctx,
    );
    expect(result.status).toBe("passed");
  });

  it.each([
    ["None", null],
    ["a list", { $list: [1, 2] }],
  ] as const)(
    "gives no points to a function that returns %s (points follow the verdict)",
    async (_what, value) => {
      const result = await purityCheck(fakeContext(test, FUNCTIONS.he, () => value).ctx);
      expect(result).toMatchObject({ score: 0, status: "failed" });
      expect(result.cause).toMatchObject({ kind: "call", call: { status: "not-parameters" } });
    },
  );

  it("gives no points to a function that raises", async () => {
    const raising: Student = () => ({
      status: "raised",
      error: { type: "NameError", message: "name 'np' is not defined", traceback: "", line: 4 },
    });
    const result = await purityCheck(fakeContext(test, FUNCTIONS.he, raising).ctx);
    expect(result).toMatchObject({ score: 0, status: "failed" });
    expect(result.cause).toMatchObject({ kind: "call", call: { status: "raised", line: 4 } });
  });
});
