// The course's three initializations of an L-layer network (docs/assignment.md): zeros, large random (×10) and He.
// Random ones reproduce numpy exactly: np.random.seed(3) once, then randn per layer, W1 first.
import { fromData, type Matrix, zeros } from "./linalg/matrix.js";
import { RandomState } from "./random/random-state.js";

/** Network parameters keyed W1, b1, …, WL, bL: Wl is (n_l, n_{l−1}), bl is the column (n_l, 1). */
export type Parameters = Record<string, Matrix>;

// The course calls np.random.seed(3) once before drawing the weights of the random and He initializations.
const COURSE_SEED = 3;
// The "large random" initialization multiplies standard normal draws by 10.
const LARGE_RANDOM_SCALE = 10;

/** initialize_parameters_zeros: every weight and bias 0 (no random draws). */
export function initializeParametersZeros(layersDims: readonly number[]): Parameters {
  return build(layersDims, (rows, cols) => zeros(rows, cols));
}

/**
 * initialize_parameters_random: Wl = np.random.randn(n_l, n_{l−1}) * 10 after np.random.seed(3); biases 0.
 *
 * @example initializeParametersRandom([3, 2, 1]).W1.data[0] // 17.886284734303186
 */
export function initializeParametersRandom(layersDims: readonly number[]): Parameters {
  const rng = new RandomState(COURSE_SEED);
  return build(layersDims, (rows, cols) => scaledNormals(rng, rows, cols, LARGE_RANDOM_SCALE));
}

/**
 * initialize_parameters_he: Wl = np.random.randn(n_l, n_{l−1}) * np.sqrt(2 / n_{l−1}) after
 * np.random.seed(3) (He et al. 2015, scaled by the fan-in); biases 0.
 *
 * @example initializeParametersHe([2, 4, 1]).W2.data[0] // -0.03098412…
 */
export function initializeParametersHe(layersDims: readonly number[]): Parameters {
  const rng = new RandomState(COURSE_SEED);
  return build(layersDims, (rows, cols) => scaledNormals(rng, rows, cols, Math.sqrt(2 / cols)));
}

// Checks layers_dims as the graded functions receive it: at least two layer sizes, each a positive integer.
export function checkLayersDims(layersDims: unknown): asserts layersDims is readonly number[] {
  if (!Array.isArray(layersDims)) {
    throw new TypeError(`layers_dims: expected an array of layer sizes, got ${shown(layersDims)}`);
  }
  if (layersDims.length < 2) {
    throw new RangeError(
      `layers_dims: expected at least 2 layer sizes (input and output), got ${layersDims.length}`,
    );
  }
  layersDims.forEach((size, i) => {
    if (!Number.isSafeInteger(size) || size < 1) {
      throw new RangeError(`layers_dims[${i}]: expected a positive integer, got ${shown(size)}`);
    }
  });
}

// W1, b1, …, WL, bL in that order (the order the course's loop fills its dict); weights from makeWeights.
function build(
  layersDims: readonly number[],
  makeWeights: (rows: number, cols: number) => Matrix,
): Parameters {
  checkLayersDims(layersDims);
  const parameters: Parameters = {};
  for (let l = 1; l < layersDims.length; l++) {
    parameters[`W${l}`] = makeWeights(layersDims[l], layersDims[l - 1]);
    parameters[`b${l}`] = zeros(layersDims[l], 1);
  }
  return parameters;
}

// randn(rows, cols) * scale, element by element in row-major order, as numpy computes it.
function scaledNormals(rng: RandomState, rows: number, cols: number, scale: number): Matrix {
  const data = rng.randn(rows, cols);
  for (let i = 0; i < data.length; i++) data[i] *= scale;
  return fromData(rows, cols, data);
}

// A bad value as a message shows it: strings quoted, arrays and objects by kind.
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object" && value !== null) return "an object";
  return String(value);
}
