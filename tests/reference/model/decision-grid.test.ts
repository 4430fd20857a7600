import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../reference/data/load-dataset.js";
import { initializeParametersHe, initializeParametersZeros } from "../../../reference/initializers.js";
import { fromRows } from "../../../reference/linalg/matrix.js";
import { decisionGrid, gridBoundsOf, predict, train } from "../../../reference/model/index.js";

describe("decisionGrid", () => {
  it("predicts at each cell centre, row 0 at yMin, as predict() does on those points", () => {
    // One hidden unit: a3 = sigmoid(relu(x1)) > 0.5 exactly where x1 > 0.
    const parameters = {
      W1: fromRows([[1, 0]]),
      b1: fromRows([[0]]),
      W2: fromRows([[1]]),
      b2: fromRows([[-0.25]]),
    };
    const grid = decisionGrid(parameters, { xMin: -2, xMax: 2, yMin: 0, yMax: 1 }, 4, 2);
    expect(Array.from(grid.labels)).toEqual([0, 0, 1, 1, 0, 0, 1, 1]);
    const centres = fromRows([
      [-1.5, 1.5],
      [0.25, 0.75],
    ]);
    expect(Array.from(predict(centres, parameters).data)).toEqual([0, 1]);
  });

  it("widens the data range by the notebook's margin of 1 and rejects a grid of 0 columns", () => {
    const bounds = gridBoundsOf(
      fromRows([
        [0, 2],
        [-1, 1],
      ]),
    );
    expect(bounds).toEqual({ xMin: -1, xMax: 3, yMin: -2, yMax: 2 });
    expect(() => decisionGrid({}, bounds, 0, 3)).toThrow(
      "decision grid cols: expected an integer ≥ 1, got 0",
    );
  });

  it("the He-trained model predicts 1 at the centre and 0 at the corners; zeros predicts 0 everywhere", () => {
    const { trainX, trainY } = loadDataset();
    const bounds = gridBoundsOf(trainX);
    const he = train({ X: trainX, Y: trainY, parameters: initializeParametersHe([2, 10, 5, 1]) });
    const grid = decisionGrid(he.parameters, bounds, 21, 21);
    expect(grid.labels[10 * 21 + 10]).toBe(1);
    expect([0, 20, 20 * 21, 21 * 21 - 1].map((i) => grid.labels[i])).toEqual([0, 0, 0, 0]);
    const zeros = train({
      X: trainX,
      Y: trainY,
      parameters: initializeParametersZeros([2, 10, 5, 1]),
      iterations: 10,
    });
    expect(decisionGrid(zeros.parameters, bounds, 5, 5).labels.every((l) => l === 0)).toBe(true);
  });
});
