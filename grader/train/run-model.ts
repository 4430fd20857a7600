// One training run with the numbers `grader train` shows and the lesson computed from them.
import type { LabelledData } from "../../reference/data/positive-fraction.js";
import {
  COURSE_LOG_EVERY,
  type CostRecord,
  computeLoss,
  distinctRowCount,
  forward,
  type Parameters,
  type StepDiagnostics,
  train,
} from "../../reference/model/index.js";
import { explainRun, heScale, type LessonAccount } from "../lesson/index.js";
import { positiveFractionOf, runData } from "./datasets.js";
import { initialParameters } from "./initial-parameters.js";
import { normaliseRunOptions, type RunOptions, type RunRequest, SHOWN_STEPS } from "./run-options.js";

/** What one run showed. */
export interface ModelRun {
  readonly options: RunOptions;
  readonly trainExamples: number;
  /** Fraction of training labels equal to 1. */
  readonly positiveFraction: number;
  /** The course's log: the cost every 1000 iterations. */
  readonly costs: readonly CostRecord[];
  /** The cost at every multiple of the start's logEvery (the same as `costs` by default). */
  readonly costLog: readonly CostRecord[];
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  readonly steps: readonly StepDiagnostics[];
  /** Per layer: ‖[dW_l, db_l]‖ of a He start's first step on the same data (the rounding yardstick). */
  readonly scale: readonly number[];
  readonly finalDistinctRows: readonly number[];
  readonly finalOutputBias: number;
  /** The cost of the final parameters on the training set. */
  readonly finalCost: number;
  readonly account: LessonAccount;
  /** The training set and the parameters after the last step (what a decision-boundary picture needs). */
  readonly trainSet: LabelledData;
  readonly trained: Parameters;
}

/** Where a run starts when not from its initialization, and how often it logs the cost. */
export interface RunStart {
  /** Starting parameters for options.layersDims (e.g. a student's initializer's); default: options.init's. */
  readonly parameters?: Parameters;
  /** Keep the cost every logEvery iterations too (a divisor of 1000 keeps the course's log whole). */
  readonly logEvery?: number;
}

// Trains from the chosen start on the chosen data and explains the first steps.
export function runModel(request: RunRequest, start: RunStart = {}): ModelRun {
  const options = normaliseRunOptions(request);
  const { train: trainSet, test } = runData(options.data, options.positiveFraction);
  const logEvery = start.logEvery ?? COURSE_LOG_EVERY;
  if (COURSE_LOG_EVERY % logEvery !== 0)
    throw new RangeError(`runModel: logEvery ${logEvery} does not divide ${COURSE_LOG_EVERY}`);
  const result = train({
    X: trainSet.X,
    Y: trainSet.Y,
    parameters: start.parameters ?? initialParameters(options),
    iterations: options.iterations,
    logEvery,
    learningRate: options.learningRate,
    hiddenActivation: options.activation,
    diagnostics: { steps: SHOWN_STEPS },
  });
  const dims = options.layersDims;
  const depth = dims.length - 1;
  const finalDistinctRows = dims
    .slice(1)
    .map((n, i) => distinctRowCount(result.parameters[`W${i + 1}`].data, n, dims[i]));
  const positiveFraction = positiveFractionOf(trainSet);
  const scale = heScale(trainSet.X, trainSet.Y, dims, options.activation);
  const trainAccuracy = result.accuracy(trainSet.X, trainSet.Y);
  const finalOutputBias = result.parameters[`b${depth}`].data[0];
  const finalCost = computeLoss(forward(trainSet.X, result.parameters, options.activation).AL, trainSet.Y);
  const account = explainRun({
    steps: result.diagnostics,
    context: { activation: options.activation, layersDims: dims, positiveFraction, scale },
    outcome: {
      iterations: options.iterations,
      firstCost: result.costs[0]?.cost ?? Number.NaN,
      lastCost: finalCost,
      trainAccuracy,
      finalDistinctRows,
      finalOutputBias,
    },
  });
  return {
    options,
    trainExamples: trainSet.Y.cols,
    positiveFraction,
    costs: result.costs.filter((c) => c.iteration % COURSE_LOG_EVERY === 0),
    costLog: result.costs,
    trainAccuracy,
    testAccuracy: result.accuracy(test.X, test.Y),
    steps: result.diagnostics,
    scale,
    finalDistinctRows,
    finalOutputBias,
    finalCost,
    account,
    trainSet,
    trained: result.parameters,
  };
}
