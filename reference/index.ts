// Public entry of nn-grader/reference: numpy-compatible numerics with no I/O.

export { type CirclesDataset, loadDataset } from "./data/load-dataset.js";
export { type CirclesData, type MakeCirclesOptions, makeCircles } from "./data/make-circles.js";
export {
  checkLayersDims,
  initializeParametersHe,
  initializeParametersRandom,
  initializeParametersZeros,
} from "./initializers.js";
export * from "./linalg/matrix.js";
export {
  accuracy,
  backward,
  COURSE_ITERATIONS,
  COURSE_LEARNING_RATE,
  COURSE_LOG_EVERY,
  type CostRecord,
  computeLoss,
  DECISION_THRESHOLD,
  distinctColumnCount,
  distinctRowCount,
  type ForwardResult,
  forward,
  frobeniusNorm,
  type Gradients,
  HIDDEN_ACTIVATIONS,
  type HiddenActivation,
  type LayerDiagnostics,
  type Parameters,
  predict,
  type StepDiagnostics,
  type StepObserver,
  type StepView,
  type TrainOptions,
  type TrainResult,
  train,
  updateParameters,
} from "./model/index.js";
export { np } from "./numpy-shim/index.js";
export { fma } from "./random/fma.js";
export { glibcLog } from "./random/glibc-log.js";
export { RandomState } from "./random/random-state.js";
export type { RandomStateSnapshot } from "./random/snapshot.js";
