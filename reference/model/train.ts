// The course's model(): full-batch gradient descent. Each iteration runs forward propagation,
// compute_loss, backward propagation and update_parameters, and keeps the cost (computed before
// the update) when i % logEvery == 0. All buffers are allocated before the loop.
import type { Matrix } from "../linalg/matrix.js";
import { backwardPass } from "./backward.js";
import { finishStep, measureStep, type StepDiagnostics } from "./diagnostics.js";
import { forwardPass } from "./forward.js";
import { networkLoss } from "./loss.js";
import { copyMatrices, createNetwork, gradientViews, type Network, parameterViews } from "./network.js";
import { accuracy, predict } from "./predict.js";
import { exampleCountOf } from "./shapes.js";
import { type NormalisedTrainOptions, normaliseTrainOptions, type TrainOptions } from "./train-options.js";
import type { Parameters } from "./types.js";
import { updatePass } from "./update.js";

/** The cost of one logged iteration. */
export interface CostRecord {
  readonly iteration: number;
  readonly cost: number;
}

/** What train() returns: the cost log, the final parameters and ways to use them. */
export interface TrainResult {
  /** Costs of iterations 0, logEvery, 2·logEvery, … below `iterations`. */
  readonly costs: readonly CostRecord[];
  /** Parameters after the last update (a copy the caller owns). */
  readonly parameters: Parameters;
  /** The first `diagnostics.steps` steps (empty unless requested). */
  readonly diagnostics: readonly StepDiagnostics[];
  /** np.mean(predict(X) == Y) with the final parameters. */
  accuracy(X: Matrix, Y: Matrix): number;
  /** Predicted 0/1 labels for X with the final parameters. */
  predict(X: Matrix): Matrix;
}

/**
 * Trains the network from the given parameters, as the course's model() does.
 * @example train({ X, Y, parameters: he }).accuracy(X, Y) // 0.9933333333333333 on the course data
 */
export function train(options: TrainOptions): TrainResult {
  const o = normaliseTrainOptions(options);
  const net = createNetwork(o.parameters, o.X, o.hiddenActivation);
  exampleCountOf(net.sizes, o.X, o.Y);
  const { costs, diagnostics } = descend(net, o);
  const parameters = copyMatrices(parameterViews(net));
  return {
    costs,
    parameters,
    diagnostics,
    accuracy: (X, Y) => accuracy(X, Y, parameters, o.hiddenActivation),
    predict: (X) => predict(X, parameters, o.hiddenActivation),
  };
}

// The training loop proper; everything it touches was allocated by createNetwork.
function descend(
  net: Network,
  o: NormalisedTrainOptions,
): { costs: CostRecord[]; diagnostics: StepDiagnostics[] } {
  const Y = o.Y.data;
  const costs: CostRecord[] = [];
  const diagnostics: StepDiagnostics[] = [];
  const observer = o.onStep;
  const views = observer === null ? null : { gradients: gradientViews(net), parameters: parameterViews(net) };
  for (let i = 0; i < o.iterations; i++) {
    forwardPass(net);
    const logged = i % o.logEvery === 0;
    const watched = observer !== null || i < o.diagnosticSteps;
    // The cost does not feed back into training, so it is computed only when someone reads it.
    const cost = logged || watched ? networkLoss(net, Y) : Number.NaN;
    backwardPass(net, Y);
    const measured = i < o.diagnosticSteps ? measureStep(net, Y, i, cost) : null;
    updatePass(net, o.learningRate);
    if (logged) costs.push({ iteration: i, cost });
    if (watched) {
      if (measured !== null) diagnostics.push(finishStep(net, measured));
      if (observer !== null && views !== null) observer({ iteration: i, cost, ...views });
    }
  }
  return { costs, diagnostics };
}
