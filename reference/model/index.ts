// Public API of the reference model: the course's network, any depth, numpy's numerics.
export { backward, backwardPass } from "./backward.js";
export {
  type DecisionGrid,
  decisionGrid,
  GRID_MARGIN,
  type GridBounds,
  gridBoundsOf,
} from "./decision-grid.js";
export { frobeniusNorm, type LayerDiagnostics, type StepDiagnostics } from "./diagnostics.js";
export { distinctColumnCount, distinctRowCount } from "./distinct.js";
export { type ForwardResult, forward, forwardPass } from "./forward.js";
export { computeLoss, lossInto, networkLoss } from "./loss.js";
export { createNetwork, type Network } from "./network.js";
export { accuracy, DECISION_THRESHOLD, predict } from "./predict.js";
export { type CostRecord, type TrainResult, train } from "./train.js";
export {
  COURSE_ITERATIONS,
  COURSE_LEARNING_RATE,
  COURSE_LOG_EVERY,
  type StepObserver,
  type StepView,
  type TrainOptions,
} from "./train-options.js";
export { type Gradients, HIDDEN_ACTIVATIONS, type HiddenActivation, type Parameters } from "./types.js";
export { updateParameters } from "./update.js";
