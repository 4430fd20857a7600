// One training run of the course model on the course data, with the numbers `grader train` shows.
import { loadDataset } from "../../reference/data/load-dataset.js";
import {
  initializeParametersHe,
  initializeParametersRandom,
  initializeParametersZeros,
} from "../../reference/initializers.js";
import {
  COURSE_LEARNING_RATE,
  type CostRecord,
  type HiddenActivation,
  type StepDiagnostics,
  train,
} from "../../reference/model/index.js";

/** The three initializations of the assignment. */
export const INITIALIZATIONS = ["zeros", "random", "he"] as const;
export type Initialization = (typeof INITIALIZATIONS)[number];

/** The course's layers_dims for its 2-feature data: [2, 10, 5, 1]. */
export const COURSE_HIDDEN_LAYERS = [10, 5, 1] as const;

/** Steps whose per-layer numbers are shown. */
export const SHOWN_STEPS = 3;

const INITIALIZERS = {
  zeros: initializeParametersZeros,
  random: initializeParametersRandom,
  he: initializeParametersHe,
} as const;

/** What one run showed. */
export interface CourseModelRun {
  readonly init: Initialization;
  readonly activation: HiddenActivation;
  readonly iterations: number;
  readonly learningRate: number;
  readonly layersDims: readonly number[];
  readonly costs: readonly CostRecord[];
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  readonly steps: readonly StepDiagnostics[];
}

// Trains from the chosen initialization, as the notebook's model(X, Y, initialization=…) does.
export function runCourseModel(options: {
  init: Initialization;
  activation: HiddenActivation;
  iterations: number;
}): CourseModelRun {
  const { trainX, trainY, testX, testY } = loadDataset();
  const layersDims = [trainX.rows, ...COURSE_HIDDEN_LAYERS];
  const result = train({
    X: trainX,
    Y: trainY,
    parameters: INITIALIZERS[options.init](layersDims),
    iterations: options.iterations,
    hiddenActivation: options.activation,
    diagnostics: { steps: SHOWN_STEPS },
  });
  return {
    ...options,
    learningRate: COURSE_LEARNING_RATE,
    layersDims,
    costs: result.costs,
    trainAccuracy: result.accuracy(trainX, trainY),
    testAccuracy: result.accuracy(testX, testY),
    steps: result.diagnostics,
  };
}
