// Single gradient-descent steps against numpy (tests/fixtures/model/steps.json): the course's
// forward, compute_loss, backward and update for relu, tanh and sigmoid hidden layers, depth 1–5.
import { describe, expect, it } from "vitest";
import {
  backward,
  computeLoss,
  forward,
  type Gradients,
  type HiddenActivation,
  type Parameters,
  train,
  updateParameters,
} from "../../../reference/model/index.js";
import {
  decode,
  expectMatrixClose,
  readModelFixture,
  relativeError,
  type StoredMatrix,
  type StoredNumber,
  type StoredParameters,
  toMatrix,
  toParameters,
} from "./fixtures.js";

interface StoredStep {
  cost: StoredNumber;
  gradients: StoredParameters;
  parameters: StoredParameters;
  Z?: StoredMatrix[];
  A?: StoredMatrix[];
}
interface StepCase {
  name: string;
  activation: HiddenActivation;
  layers: number[];
  learningRate: number;
  X: StoredMatrix;
  Y: StoredMatrix;
  parameters: StoredParameters;
  steps: StoredStep[];
}

/**
 * Tolerance of every comparison here: normwise relative error (largest difference over largest
 * |value| of the matrix) ≤ 1e-12; for costs, plain relative error ≤ 1e-12. numpy's BLAS (FMA,
 * other summation order) and its SIMD exp/log/tanh differ from the reference only in last bits.
 */
const TOLERANCE = 1e-12;

const { cases } = readModelFixture<{ cases: StepCase[] }>("steps.json");

function expectParametersClose(got: Parameters | Gradients, want: StoredParameters, what: string): void {
  expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
  for (const [key, rows] of Object.entries(want))
    expectMatrixClose(got[key], toMatrix(rows), TOLERANCE, `${what}.${key}`);
}

describe.each(cases)("numpy step fixture $name", (c) => {
  const X = toMatrix(c.X);
  const Y = toMatrix(c.Y);

  it("forward gives numpy's Z_l and A_l on the first step", () => {
    const { AL, cache } = forward(X, toParameters(c.parameters), c.activation);
    const first = c.steps[0];
    expect(first.Z).toHaveLength(c.layers.length - 1);
    expect(first.A).toHaveLength(c.layers.length - 1);
    for (const [i, Z] of (first.Z ?? []).entries()) {
      expectMatrixClose(cache[`Z${i + 1}`], toMatrix(Z), TOLERANCE, `Z${i + 1}`);
    }
    for (const [i, A] of (first.A ?? []).entries()) {
      expectMatrixClose(cache[`A${i + 1}`], toMatrix(A), TOLERANCE, `A${i + 1}`);
    }
    expect(AL).toBe(cache[`A${c.layers.length - 1}`]);
  });

  it("compute_loss, backward and update match numpy at every step (each from numpy's parameters)", () => {
    let parameters = toParameters(c.parameters);
    c.steps.forEach((step, s) => {
      const cost = computeLoss(forward(X, parameters, c.activation).AL, Y);
      expect(relativeError(cost, decode(step.cost)), `cost of step ${s}`).toBeLessThanOrEqual(TOLERANCE);
      const gradients = backward(X, Y, parameters, c.activation);
      expectParametersClose(gradients, step.gradients, `step ${s} gradients`);
      expectParametersClose(
        updateParameters(parameters, gradients, c.learningRate),
        step.parameters,
        `step ${s}`,
      );
      parameters = toParameters(step.parameters);
    });
  });

  it("train() follows numpy's trajectory: costs, gradients seen by onStep, final parameters", () => {
    const seen: number[] = [];
    const result = train({
      X,
      Y,
      parameters: toParameters(c.parameters),
      learningRate: c.learningRate,
      iterations: c.steps.length,
      hiddenActivation: c.activation,
      logEvery: 1,
      onStep: ({ iteration, gradients }) => {
        expectParametersClose(gradients, c.steps[iteration].gradients, `train step ${iteration} gradients`);
        seen.push(iteration);
      },
    });
    expect(seen).toEqual(c.steps.map((_, s) => s));
    result.costs.forEach(({ iteration, cost }) => {
      expect(relativeError(cost, decode(c.steps[iteration].cost)), `cost ${iteration}`).toBeLessThanOrEqual(
        TOLERANCE,
      );
    });
    expectParametersClose(result.parameters, c.steps[c.steps.length - 1].parameters, "final");
  });
});
