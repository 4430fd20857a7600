// explainRun's contract on small runs: its input checks, the classification rule and the number format.
import { describe, expect, it } from "vitest";
import {
  classOf,
  explainRun,
  formatNumber,
  formatQuantity,
  ROUNDING_THRESHOLD,
} from "../../grader/lesson/index.js";
import { fromRows } from "../../reference/linalg/matrix.js";
import { train } from "../../reference/model/index.js";
import { constantParameters } from "../reference/model/arbitraries.js";

const X = fromRows([
  [0.5, -1.2, 0.3, 2.0],
  [1.1, 0.4, -0.9, 0.2],
]);
const Y = fromRows([[1, 1, 1, 0]]);

function steps(sizes: number[], iterations: number) {
  return train({
    X,
    Y,
    parameters: constantParameters(sizes, 0),
    iterations,
    hiddenActivation: "sigmoid",
    diagnostics: { steps: iterations },
  }).diagnostics;
}

const context = (layersDims: number[]) => ({
  activation: "sigmoid" as const,
  layersDims,
  positiveFraction: 0.75,
  scale: layersDims.slice(1).map(() => 1),
});

describe("explainRun", () => {
  it("refuses no steps, and steps that do not start at iteration 0", () => {
    expect(() => explainRun({ steps: [], context: context([2, 1]) })).toThrow(
      "lesson steps: expected at least one recorded step",
    );
    expect(() => explainRun({ steps: steps([2, 1], 2).slice(1), context: context([2, 1]) })).toThrow(
      "lesson steps[0]: expected iteration 0, got 1",
    );
  });

  it("calls a non-zero norm rounding residue only at or below 1e-12 of the layer's scale", () => {
    expect(ROUNDING_THRESHOLD).toBe(1e-12);
    expect([classOf(0, 1), classOf(1e-12, 1), classOf(1.01e-12, 1), classOf(1e-30, 0)]).toEqual([
      "zero",
      "rounding",
      "real",
      "real",
    ]);
  });

  it("tells a network of one-unit hidden layers that it has no symmetry to break", () => {
    const account = explainRun({ steps: steps([2, 1, 1], 3), context: context([2, 1, 1]) });
    expect(account.finding).toBe("single-units");
    expect(account.conclusion).toEqual([
      "Real gradients flow, and every hidden layer has a single unit, so there is no symmetry to keep or break.",
      "W2 moves from step 1, W1 from step 2.",
    ]);
  });

  it("writes numbers in 4 digits or exponent form and residue as residue", () => {
    expect([formatNumber(0), formatNumber(-0.20093), formatNumber(2.602e-18), formatNumber(12345)]).toEqual([
      "0",
      "-0.2009",
      "2.60e-18",
      "1.23e+4",
    ]);
    const q = { name: "db3", norm: 2.6e-18, relative: 1e-17, reason: "" };
    expect(formatQuantity({ ...q, kind: "rounding" })).toBe("db3 ≈ 0 (rounding residue 2.60e-18)");
    expect(formatQuantity({ ...q, kind: "zero", norm: 0 })).toBe("db3 = 0");
    expect(formatQuantity({ ...q, kind: "real", norm: 0.2 })).toBe("‖db3‖ = 0.2");
  });
});
