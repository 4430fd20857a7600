// Property b (docs/assignment.md): any constant initialisation keeps the units of a layer identical,
// for every activation: identical rows in, identical gradients out, identical updates.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HIDDEN_ACTIVATIONS, train } from "../../../reference/model/index.js";
import {
  constantParameters,
  FC_SEED,
  learningRate,
  problem,
  propertyOptions,
  rowsIdentical,
  stepCount,
} from "./arbitraries.js";

const RUNS = 100;

// Why it is exact, not approximate: equal rows of W_l and equal entries of b_l give equal rows of
// Z_l and A_l (the same operations on the same numbers); for l ≥ 2 every entry of W_l is equal,
// so W_lᵀ·dZ_l has equal rows too, and so do dZ, dW and db, by induction over the layers and steps.
describe(`constant initialisation (fast-check seed ${FC_SEED}; set FC_SEED to change)`, () => {
  it("b. any constant c ≠ 0, any activation: rows of each W stay identical, entries of each b too", () => {
    const constant = fc.double({ min: -2, max: 2, noNaN: true }).filter((c) => c !== 0);
    fc.assert(
      fc.property(
        problem(1),
        fc.constantFrom(...HIDDEN_ACTIVATIONS),
        constant,
        learningRate,
        stepCount,
        (p, act, c, lr, k) => {
          const result = train({
            ...p,
            parameters: constantParameters(p.sizes, c),
            learningRate: lr,
            iterations: k,
            hiddenActivation: act,
          });
          for (let l = 1; l < p.sizes.length; l++) {
            expect(rowsIdentical(result.parameters[`W${l}`]), `rows of W${l}`).toBe(true);
            expect(rowsIdentical(result.parameters[`b${l}`]), `entries of b${l}`).toBe(true);
          }
        },
      ),
      propertyOptions(RUNS),
    );
  });
});
