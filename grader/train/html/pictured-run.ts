// One training run with everything its pictures need: the cost log at a chosen interval, the first
// steps' gradients, and the trained model's predictions over a grid around the training points.
import { loadDataset } from "../../../reference/data/load-dataset.js";
import {
  type CostRecord,
  type DecisionGrid,
  decisionGrid,
  gridBoundsOf,
  type HiddenActivation,
  type Parameters,
  type StepDiagnostics,
  train,
} from "../../../reference/model/index.js";
import type { LabelledPoints } from "../../report/charts/index.js";

/** Grid cells per side of a decision-boundary picture (the notebook's h = 0.01 would be 420). */
export const BOUNDARY_GRID_CELLS = 100;

/** Steps whose gradients the gradient-flow picture shows. */
export const PICTURED_STEPS = 3;

/** A run ready to be drawn. */
export interface PicturedRun {
  /** Legend and heading label, e.g. "He" or "your initialize_parameters_he". */
  readonly name: string;
  readonly layersDims: readonly number[];
  readonly logEvery: number;
  readonly costs: readonly CostRecord[];
  readonly steps: readonly StepDiagnostics[];
  readonly grid: DecisionGrid;
  readonly points: LabelledPoints;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
}

/** How to train: iterations, log interval and hidden activation. */
export interface PictureOptions {
  readonly iterations: number;
  readonly logEvery: number;
  readonly activation: HiddenActivation;
}

// Trains the course model on the course data from `parameters` and gathers what the pictures show.
export function picturedRun(name: string, parameters: Parameters, options: PictureOptions): PicturedRun {
  const { trainX, trainY, testX, testY } = loadDataset();
  const result = train({
    X: trainX,
    Y: trainY,
    parameters,
    iterations: options.iterations,
    logEvery: options.logEvery,
    hiddenActivation: options.activation,
    diagnostics: { steps: PICTURED_STEPS },
  });
  const m = trainX.cols;
  const layersDims = [
    trainX.rows,
    ...Array.from({ length: Object.keys(parameters).length / 2 }, (_, i) => parameters[`W${i + 1}`].rows),
  ];
  return {
    name,
    layersDims,
    logEvery: options.logEvery,
    costs: result.costs,
    steps: result.diagnostics,
    grid: decisionGrid(
      result.parameters,
      gridBoundsOf(trainX),
      BOUNDARY_GRID_CELLS,
      BOUNDARY_GRID_CELLS,
      options.activation,
    ),
    points: { x: trainX.data.subarray(0, m), y: trainX.data.subarray(m), label: trainY.data },
    trainAccuracy: result.accuracy(trainX, trainY),
    testAccuracy: result.accuracy(testX, testY),
  };
}
