// fast-check generators and settings shared by the model's property tests.
import fc from "fast-check";
import { fromData, type Matrix } from "../../../reference/linalg/matrix.js";
import type { Parameters } from "../../../reference/model/index.js";

/** Default seed of every property here; override with FC_SEED=<int> to explore or replay. */
const DEFAULT_FC_SEED = 20_240_917;

// The seed fast-check runs with: FC_SEED from the environment, else the fixed default.
function seedFromEnvironment(): number {
  const raw = process.env.FC_SEED;
  if (raw === undefined || raw === "") return DEFAULT_FC_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`FC_SEED: expected an integer, got ${raw}`);
  return seed;
}

export const FC_SEED = seedFromEnvironment();

// fc.assert options: the fixed, visible seed (fast-check prints it with any counterexample).
export function propertyOptions(numRuns: number): { seed: number; numRuns: number } {
  return { seed: FC_SEED, numRuns };
}

/** Widths and depths the brief asks for: depth 1–6, every width (input and hidden) 1–16. */
export const MAX_DEPTH = 6;
export const MAX_WIDTH = 16;
export const MAX_EXAMPLES = 24;

// Layer sizes [n0, n1, …, nL] with nL = 1 (one sigmoid output) and L in [minDepth, maxDepth].
export function layerSizes(
  minDepth: number,
  maxDepth = MAX_DEPTH,
  maxWidth = MAX_WIDTH,
): fc.Arbitrary<number[]> {
  const width = fc.integer({ min: 1, max: maxWidth });
  return fc
    .integer({ min: minDepth, max: maxDepth })
    .chain((depth) => fc.array(width, { minLength: depth, maxLength: depth }))
    .map((widths) => [...widths, 1]);
}

// A rows × cols matrix of doubles in [min, max].
export function matrixOf(rows: number, cols: number, min: number, max: number): fc.Arbitrary<Matrix> {
  return fc
    .float64Array({ min, max, noNaN: true, minLength: rows * cols, maxLength: rows * cols })
    .map((data) => fromData(rows, cols, data));
}

// Labels (1, m): 0 or 1.
export function labels(m: number): fc.Arbitrary<Matrix> {
  return fc.array(fc.boolean(), { minLength: m, maxLength: m }).map((ys) =>
    fromData(
      1,
      m,
      Float64Array.from(ys, (y) => (y ? 1 : 0)),
    ),
  );
}

/** Learning rates from small to large, and the number of steps taken. */
export const learningRate = fc.double({ min: 1e-3, max: 1, noNaN: true });
export const stepCount = fc.integer({ min: 1, max: 5 });

// Parameters whose every entry is c (c = 0 gives the course's zero initialisation).
export function constantParameters(sizes: readonly number[], c: number): Parameters {
  const out: Parameters = {};
  for (let l = 1; l < sizes.length; l++) {
    out[`W${l}`] = fromData(sizes[l], sizes[l - 1], new Float64Array(sizes[l] * sizes[l - 1]).fill(c));
    out[`b${l}`] = fromData(sizes[l], 1, new Float64Array(sizes[l]).fill(c));
  }
  return out;
}

// Positive count of Y.
export function positives(Y: Matrix): number {
  let p = 0;
  for (const y of Y.data) p += y;
  return p;
}

// True when every row of M is the same as the first (NaN counts as equal to NaN).
export function rowsIdentical(M: Matrix): boolean {
  for (let i = 1; i < M.rows; i++) {
    for (let k = 0; k < M.cols; k++) {
      const a = M.data[k];
      const b = M.data[i * M.cols + k];
      if (a !== b && !(Number.isNaN(a) && Number.isNaN(b))) return false;
    }
  }
  return true;
}

/** A network shape with data: sizes [n0, …, 1], inputs X (n0, m) in [−2, 2], labels Y (1, m). */
export interface Problem {
  readonly sizes: number[];
  readonly X: Matrix;
  readonly Y: Matrix;
}

// Problems of depth in [minDepth, maxDepth] on 1 … MAX_EXAMPLES examples.
export function problem(minDepth: number, maxDepth = MAX_DEPTH): fc.Arbitrary<Problem> {
  return fc
    .tuple(layerSizes(minDepth, maxDepth), fc.integer({ min: 1, max: MAX_EXAMPLES }))
    .chain(([sizes, m]) =>
      fc.record({ sizes: fc.constant(sizes), X: matrixOf(sizes[0], m, -2, 2), Y: labels(m) }),
    );
}

// Exactly balanced labels (1, m) on m = 2^e examples, e in [1, 5]: the positives at random places.
export function balancedPowerOfTwoLabels(): fc.Arbitrary<Matrix> {
  return fc
    .integer({ min: 1, max: 5 })
    .chain((e) => {
      const m = 2 ** e;
      const indices = Array.from({ length: m }, (_, j) => j);
      return fc.tuple(fc.constant(m), fc.shuffledSubarray(indices, { minLength: m / 2, maxLength: m / 2 }));
    })
    .map(([m, ones]) => {
      const data = new Float64Array(m);
      for (const j of ones) data[j] = 1;
      return fromData(1, m, data);
    });
}
