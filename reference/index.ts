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
export { np } from "./numpy-shim/index.js";
export { fma } from "./random/fma.js";
export { glibcLog } from "./random/glibc-log.js";
export { RandomState } from "./random/random-state.js";
export type { RandomStateSnapshot } from "./random/snapshot.js";
