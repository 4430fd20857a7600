import { describe, expect, it } from "vitest";
import { fromReference } from "../../grader/checks/evidence/observed-parameters.js";
import { trainingCheck } from "../../grader/checks/training.js";
import {
  initializeParametersHe,
  initializeParametersRandom,
  initializeParametersZeros,
} from "../../reference/initializers.js";
import { FUNCTIONS, fakeContext, returning, rubricTest } from "./helpers.js";

const DEFAULTS = { iterations: 15000, min_train_accuracy: null, min_test_accuracy: null, initial_cost: null };

function ones(dims: readonly number[]) {
  const params = initializeParametersZeros([...dims]);
  for (const m of Object.values(params)) m.data.fill(1);
  return fromReference(params);
}

describe("training check", () => {
  it("passes zeros: every weight gradient is 0, cost 0.6931471805599453 at every checkpoint, 0.5 / 0.5", async () => {
    const test = rubricTest("training", FUNCTIONS.zeros, {
      options: { ...DEFAULTS, expect: "dead_weights" },
    });
    const { ctx, requests } = fakeContext(
      test,
      FUNCTIONS.zeros,
      returning((d) => fromReference(initializeParametersZeros([...d]))),
    );
    const result = await trainingCheck(ctx);
    expect(requests.map((r) => r.layersDims)).toEqual([[2, 10, 5, 1]]);
    expect(result.status).toBe("passed");
    expect(result.score).toBe(10);
    expect(result.summary).toBe("every weight stayed exactly 0 over 15000 iterations");
    // The why comes from the lesson module that `grader train` uses (grader/lesson), from this run's numbers.
    expect(result.details.slice(0, 5)).toEqual([
      "Nothing learns: in the 2 steps shown, every dW and db is exactly 0 or rounding residue.",
      "Every hidden activation is 0 (relu(0) = 0), so each dW_l = δ_l·a_(l−1)ᵀ with l ≥ 2 is exactly 0.",
      "The output error averages to exactly zero: mean(a3 − y) = 0, since every a3 is 0.5 and half the labels are 1; db3 and dW3 are sums of it, so they are 0 up to rounding residue, at most 5.64e-18 of what a He start gives.",
      "Every W stays 0, so nothing flows back to the hidden layers at any step shown.",
      "The cost is 0.6931471805599453 at every step shown: the loss value is not the reason, the gradients are.",
    ]);
    const rest = result.details.slice(5);
    expect(rest[0]).toBe("train accuracy 0.5, test accuracy 0.5 after 15000 iterations");
    // ‖db3‖ = |Σ(a3 − y)/m| is 0 in exact arithmetic on the balanced labels; what remains is the rounding
    // residue of adding 150 terms +1/600 and 150 terms −1/600.
    expect(rest[2]).toBe(
      "step 1 (cost 0.6931471805599453): ‖dW1‖ = 0, ‖db1‖ = 0, W1 has 1 distinct row; ‖dW2‖ = 0, ‖db2‖ = 0, W2 has 1 distinct row; ‖dW3‖ = 0, ‖db3‖ = 2.602085214e-18, W3 has 1 distinct row",
    );
  });

  it("fails a zeros function that returns ones, naming the matrices that moved and why", async () => {
    const test = rubricTest("training", FUNCTIONS.zeros, {
      options: { ...DEFAULTS, expect: "dead_weights", iterations: 50 },
    });
    const result = await trainingCheck(fakeContext(test, FUNCTIONS.zeros, returning(ones)).ctx);
    expect(result.status).toBe("failed");
    expect(result.score).toBe(0);
    expect(result.summary).toBe(
      "after 50 iterations 3 weight matrices moved away from 0: W1 (20 of 20 entries non-zero), W2 (50 of 50 entries non-zero), W3 (5 of 5 entries non-zero) — your parameters were not all zero to begin with: W1 (20 of 20 entries non-zero), W2 (50 of 50 entries non-zero), W3 (5 of 5 entries non-zero)",
    );
  });

  it("keeps symmetry from a constant start (every unit of a layer identical after training)", async () => {
    const test = rubricTest("training", FUNCTIONS.zeros, {
      options: { ...DEFAULTS, expect: "symmetric", iterations: 200 },
    });
    const result = await trainingCheck(fakeContext(test, FUNCTIONS.zeros, returning(ones)).ctx);
    expect(result.summary).toBe("all units of each layer stayed identical over 200 iterations");
    expect(result.status).toBe("passed");
  });

  it("reproduces the published He result: 0.9933333333333333 / 0.96, first cost 0.8830537463419761", async () => {
    const options = {
      ...DEFAULTS,
      expect: "accuracy",
      min_train_accuracy: 0.99,
      min_test_accuracy: 0.95,
      initial_cost: 0.8830537463419761,
    };
    const test = rubricTest("training", FUNCTIONS.he, { options });
    const result = await trainingCheck(
      fakeContext(
        test,
        FUNCTIONS.he,
        returning((d) => fromReference(initializeParametersHe([...d]))),
      ).ctx,
    );
    expect(result.summary).toBe(
      "train accuracy 0.9933333333333333, test accuracy 0.96 after 15000 iterations; first cost 0.8830537463419761",
    );
    expect(result.score).toBe(10);
  });

  it("gives partial credit per criterion: random ×10 starts at inf but misses a 0.9 test bar", async () => {
    const options = {
      ...DEFAULTS,
      expect: "accuracy",
      initial_cost: Number.POSITIVE_INFINITY,
      min_train_accuracy: 0.8,
      min_test_accuracy: 0.9,
    };
    const test = rubricTest("training", FUNCTIONS.random, { options, points: 3 });
    const result = await trainingCheck(
      fakeContext(
        test,
        FUNCTIONS.random,
        returning((d) => fromReference(initializeParametersRandom([...d]))),
      ).ctx,
    );
    expect(result.summary).toBe(
      "test accuracy 0.86 is below 0.9 (train accuracy 0.83, test accuracy 0.86 after 15000 iterations)",
    );
    expect(result.score).toBe(2);
    expect(result.details[1]).toMatch(/^cost by iteration: 0: inf, 1000: /);
  });

  it("cannot start the model from a bias of shape (n,) and says so", async () => {
    const test = rubricTest("training", FUNCTIONS.zeros, {
      options: { ...DEFAULTS, expect: "dead_weights" },
    });
    const bad = returning((d) => {
      const p = fromReference(initializeParametersZeros([...d]));
      const arrays = new Map(p.arrays);
      const b1 = arrays.get("b1");
      if (b1) arrays.set("b1", { ...b1, shape: [10] });
      return { ...p, arrays };
    });
    const result = await trainingCheck(fakeContext(test, FUNCTIONS.zeros, bad).ctx);
    expect(result.summary).toBe(
      "initialize_parameters_zeros([2, 10, 5, 1]): the model cannot start: b1 has shape (10,), expected (10, 1)",
    );
  });
});
