// The course's load_dataset(): two-circles train and test sets, each right after its own np.random.seed.
import type { Matrix } from "../linalg/matrix.js";
import { RandomState } from "../random/random-state.js";
import { makeCircles } from "./make-circles.js";

/** The four arrays load_dataset() returns, already transposed: X is (2, m), Y is (1, m). */
export interface CirclesDataset {
  readonly trainX: Matrix;
  readonly trainY: Matrix;
  readonly testX: Matrix;
  readonly testY: Matrix;
}

// load_dataset: np.random.seed(1); make_circles(n_samples=300, noise=.05), then seed(2); make_circles(100, .05).
export const TRAIN_SEED = 1;
export const TRAIN_SAMPLES = 300;
export const TEST_SEED = 2;
export const TEST_SAMPLES = 100;
export const CIRCLES_NOISE = 0.05;

/** load_dataset(): 300 training points (150 per class) and 100 test points (50 per class). */
export function loadDataset(): CirclesDataset {
  const train = makeCircles({
    nSamples: TRAIN_SAMPLES,
    noise: CIRCLES_NOISE,
    rng: new RandomState(TRAIN_SEED),
  });
  const test = makeCircles({ nSamples: TEST_SAMPLES, noise: CIRCLES_NOISE, rng: new RandomState(TEST_SEED) });
  return { trainX: train.X, trainY: train.Y, testX: test.X, testY: test.Y };
}
