// train(): the course's loop order, defaults, observers, diagnostics and option checks.
import { describe, expect, it } from "vitest";
import { fromRows } from "../../../reference/linalg/matrix.js";
import {
  backward,
  COURSE_ITERATIONS,
  COURSE_LEARNING_RATE,
  COURSE_LOG_EVERY,
  computeLoss,
  forward,
  frobeniusNorm,
  type Parameters,
  train,
  updateParameters,
} from "../../../reference/model/index.js";
import { constantParameters } from "./arbitraries.js";

const X = fromRows([
  [0.5, -1.2, 0.3, 2.0, -0.7],
  [1.1, 0.4, -0.9, 0.2, -1.5],
]);
const Y = fromRows([[1, 0, 0, 1, 1]]);

// A small [2, 3, 1] network with distinct rows.
function smallParameters(): Parameters {
  return {
    W1: fromRows([
      [0.3, -0.2],
      [-0.5, 0.4],
      [0.1, 0.6],
    ]),
    b1: fromRows([[0.01], [-0.02], [0.03]]),
    W2: fromRows([[0.7, -0.3, 0.5]]),
    b2: fromRows([[-0.1]]),
  };
}

describe("train", () => {
  it("defaults to the course's model(): lr 0.01, 15000 iterations, a cost every 1000", () => {
    expect([COURSE_LEARNING_RATE, COURSE_ITERATIONS, COURSE_LOG_EVERY]).toEqual([0.01, 15000, 1000]);
    const result = train({ X, Y, parameters: smallParameters() });
    expect(result.costs.map((c) => c.iteration)).toEqual(Array.from({ length: 15 }, (_, i) => i * 1000));
  });

  it("logs the cost of iterations 0, k, 2k, … below `iterations`, each computed before its update", () => {
    const result = train({
      X,
      Y,
      parameters: smallParameters(),
      learningRate: 0.5,
      iterations: 7,
      logEvery: 3,
    });
    expect(result.costs.map((c) => c.iteration)).toEqual([0, 3, 6]);
    let parameters = smallParameters();
    const costs: number[] = [];
    for (let i = 0; i < 7; i++) {
      costs.push(computeLoss(forward(X, parameters).AL, Y));
      parameters = updateParameters(parameters, backward(X, Y, parameters), 0.5);
    }
    expect(result.costs.map((c) => c.cost)).toEqual([costs[0], costs[3], costs[6]]);
    for (const key of Object.keys(parameters)) expect(result.parameters[key]).toEqual(parameters[key]);
  });

  it("leaves the caller's parameters untouched and returns copies", () => {
    const parameters = smallParameters();
    const before = structuredClone(parameters);
    const result = train({ X, Y, parameters, learningRate: 1, iterations: 20 });
    expect(parameters).toEqual(before);
    expect(result.parameters.W1.data).not.toBe(parameters.W1.data);
  });

  it("with zero iterations returns the initial parameters and no costs", () => {
    const result = train({ X, Y, parameters: smallParameters(), iterations: 0 });
    expect(result.costs).toEqual([]);
    expect(result.parameters).toEqual(smallParameters());
  });

  it("calls onStep after every update with this step's gradients and the updated parameters", () => {
    const seen: { iteration: number; cost: number; dW1: number[]; W1: number[] }[] = [];
    train({
      X,
      Y,
      parameters: smallParameters(),
      learningRate: 0.3,
      iterations: 2,
      onStep: ({ iteration, cost, gradients, parameters }) =>
        seen.push({
          iteration,
          cost,
          dW1: Array.from(gradients.dW1.data),
          W1: Array.from(parameters.W1.data),
        }),
    });
    const p0 = smallParameters();
    const g0 = backward(X, Y, p0);
    const p1 = updateParameters(p0, g0, 0.3);
    expect(seen.map((s) => s.iteration)).toEqual([0, 1]);
    expect(seen[0]).toEqual({
      iteration: 0,
      cost: computeLoss(forward(X, p0).AL, Y),
      dW1: Array.from(g0.dW1.data),
      W1: Array.from(p1.W1.data),
    });
    expect(seen[1].dW1).toEqual(Array.from(backward(X, Y, p1).dW1.data));
  });

  it("records gradient norms and distinct weight rows for the first `diagnostics.steps` steps", () => {
    const result = train({
      X,
      Y,
      parameters: smallParameters(),
      learningRate: 0.3,
      iterations: 5,
      diagnostics: { steps: 2 },
    });
    expect(result.diagnostics.map((d) => d.iteration)).toEqual([0, 1]);
    const g0 = backward(X, Y, smallParameters());
    expect(result.diagnostics[0].cost).toBe(computeLoss(forward(X, smallParameters()).AL, Y));
    const f0 = forward(X, smallParameters());
    expect(result.diagnostics[0].layers).toEqual([
      {
        layer: 1,
        dWNorm: frobeniusNorm(g0.dW1.data),
        dbNorm: frobeniusNorm(g0.db1.data),
        deltaNorm: expect.any(Number),
        distinctUnitGradients: 3,
        weightsZero: false,
        activationMin: Math.min(...f0.cache.A1.data),
        activationMax: Math.max(...f0.cache.A1.data),
        distinctUnits: 3,
        distinctRows: 3,
        distinctColumns: 2,
      },
      {
        layer: 2,
        dWNorm: frobeniusNorm(g0.dW2.data),
        dbNorm: frobeniusNorm(g0.db2.data),
        deltaNorm: expect.any(Number),
        distinctUnitGradients: 1,
        weightsZero: false,
        activationMin: Math.min(...f0.AL.data),
        activationMax: Math.max(...f0.AL.data),
        distinctUnits: 1,
        distinctRows: 1,
        distinctColumns: 3,
      },
    ]);
    // mean(a_L − y) summed in order; ‖δ_L‖ = ‖(a_L − y)/m‖.
    const errors = Array.from(f0.AL.data, (a, j) => a - Y.data[j]);
    expect(result.diagnostics[0].meanOutputError).toBe(errors.reduce((s, e) => s + e, 0) / 5);
    expect(result.diagnostics[0].layers[1].deltaNorm).toBe(
      frobeniusNorm(Float64Array.from(errors, (e) => (1 / 5) * e)),
    );
    const zeros = train({
      X,
      Y,
      parameters: constantParameters([2, 3, 1], 0),
      iterations: 1,
      diagnostics: { steps: 1 },
    });
    expect(zeros.diagnostics[0].layers.map((l) => [l.dWNorm, l.distinctRows])).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it("predicts 1 only strictly above 0.5 and measures accuracy as the fraction of matches", () => {
    const zeros = train({ X, Y, parameters: constantParameters([2, 3, 1], 0), iterations: 0 });
    expect(Array.from(zeros.predict(X).data)).toEqual([0, 0, 0, 0, 0]);
    expect(zeros.accuracy(X, Y)).toBe(2 / 5);
  });

  it.each([
    [{ learningRate: Number.NaN }, "train learningRate: expected a finite number, got NaN"],
    [{ iterations: -1 }, "train iterations: expected an integer ≥ 0, got -1"],
    [{ iterations: 2.5 }, "train iterations: expected an integer ≥ 0, got 2.5"],
    [{ logEvery: 0 }, "train logEvery: expected an integer ≥ 1, got 0"],
    [{ diagnostics: { steps: -2 } }, "train diagnostics.steps: expected an integer ≥ 0, got -2"],
    [
      { hiddenActivation: "softmax" as never },
      "train hiddenActivation: expected one of relu, tanh, sigmoid, got softmax",
    ],
  ])("refuses bad option %o", (options, message) => {
    expect(() => train({ X, Y, parameters: smallParameters(), ...options })).toThrow(message);
  });

  it("refuses parameters and data whose shapes do not fit, naming the field", () => {
    const { b2: _dropped, ...noB2 } = smallParameters();
    expect(() => train({ X, Y, parameters: noB2 })).toThrow(
      "parameters: expected the keys W1, b1, …, WL, bL for some L ≥ 1, got W1, b1, W2",
    );
    expect(() => train({ X, Y, parameters: { ...smallParameters(), W2: fromRows([[1, 2]]) } })).toThrow(
      "parameters.W2: expected shape (n2 ≥ 1, 3), got (1, 2)",
    );
    expect(() => train({ X, Y, parameters: { ...smallParameters(), b1: fromRows([[1, 2, 3]]) } })).toThrow(
      "parameters.b1: expected shape (3, 1), got (1, 3)",
    );
    expect(() => train({ X: fromRows([[1, 2]]), Y, parameters: smallParameters() })).toThrow(
      "X: expected shape (2, m ≥ 1), got (1, 2)",
    );
    expect(() => train({ X, Y: fromRows([[1, 0]]), parameters: smallParameters() })).toThrow(
      "Y: expected shape (1, 5) to match the output layer and X, got (1, 2)",
    );
  });
});
