// Trains the course model from given parameters on the course data (pure computation; the cache and the
// worker threads that run it off the main thread are in course-run-cache.ts).
import { createHash } from "node:crypto";
import { loadDataset } from "../../../reference/data/load-dataset.js";
import { zeros } from "../../../reference/linalg/matrix.js";
import { type StepDiagnostics, train } from "../../../reference/model/index.js";
import type { Parameters } from "../../../reference/model/types.js";

/** Steps whose gradient norms and distinct rows are shown to students. */
export const DIAGNOSTIC_STEPS = 2;

/** What one training run of the course model showed. */
export interface CourseRun {
  readonly iterations: number;
  readonly costs: readonly { readonly iteration: number; readonly cost: number }[];
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  readonly initial: Parameters;
  readonly final: Parameters;
  readonly diagnostics: readonly StepDiagnostics[];
  /** True when the start was all-zero weights, so the run took the exact output-bias-only shortcut. */
  readonly deadStart: boolean;
}

let dataset: ReturnType<typeof loadDataset> | undefined;

// The course's train/test sets, made once per process.
export function courseData(): ReturnType<typeof loadDataset> {
  dataset ??= loadDataset();
  return dataset;
}

// The course's layers_dims: [n_x, 10, 5, 1].
export function courseLayersDims(): number[] {
  return [courseData().trainX.rows, 10, 5, 1];
}

// Trains the full model, or, from a dead start, the equivalent output-bias-only model (see deadRun).
export function computeCourseRun(initial: Parameters, iterations: number): CourseRun {
  const { trainX, trainY, testX, testY } = courseData();
  if (isDeadStart(initial)) return deadRun(initial, iterations);
  const full = train({
    X: trainX,
    Y: trainY,
    parameters: initial,
    iterations,
    diagnostics: { steps: DIAGNOSTIC_STEPS },
  });
  return {
    iterations,
    costs: full.costs,
    trainAccuracy: full.accuracy(trainX, trainY),
    testAccuracy: full.accuracy(testX, testY),
    initial,
    final: full.parameters,
    diagnostics: full.diagnostics,
    deadStart: false,
  };
}

// Every W and every hidden b is 0 and hidden units are ReLU (relu(0) = 0): every hidden activation is 0,
// so every dW^l = δ^l·(a^{l−1})ᵀ is 0 (δ^1 too, since W^2 = 0) and only the output bias b^L moves.
// The run is then exactly a one-unit logistic model on all-zero inputs with bias b^L — same sums in the
// same order — so 15000 steps cost O(m) each. The first steps still run on the full model for the
// per-layer numbers shown to students; tests/reference/model's property tests check this account.
function deadRun(initial: Parameters, iterations: number): CourseRun {
  const { trainX, trainY, testX, testY } = courseData();
  const depth = Object.keys(initial).length / 2;
  const bias = initial[`b${depth}`];
  const reduced = { W1: zeros(bias.rows, 1), b1: bias };
  const run = train({ X: zeros(1, trainX.cols), Y: trainY, parameters: reduced, iterations });
  const shown = train({
    X: trainX,
    Y: trainY,
    parameters: initial,
    iterations: Math.min(iterations, DIAGNOSTIC_STEPS),
    diagnostics: { steps: DIAGNOSTIC_STEPS },
  });
  return {
    iterations,
    costs: run.costs,
    trainAccuracy: run.accuracy(zeros(1, trainX.cols), trainY),
    testAccuracy: run.accuracy(zeros(1, testX.cols), testY),
    initial,
    final: { ...initial, [`b${depth}`]: run.parameters.b1 },
    diagnostics: shown.diagnostics,
    deadStart: true,
  };
}

// All weights zero and all hidden biases zero (the output bias may be anything).
function isDeadStart(params: Parameters): boolean {
  const depth = Object.keys(params).length / 2;
  for (let l = 1; l <= depth; l++) {
    if (!params[`W${l}`].data.every((x) => x === 0)) return false;
    if (l < depth && !params[`b${l}`].data.every((x) => x === 0)) return false;
  }
  return true;
}

// A digest of the start and the length of a run: equal keys, identical runs.
export function courseRunKey(params: Parameters, iterations: number): string {
  const hash = createHash("sha256").update(String(iterations));
  for (const key of Object.keys(params).sort()) {
    const m = params[key];
    hash
      .update(`${key}:${m.rows}x${m.cols}`)
      .update(new Uint8Array(m.data.buffer, m.data.byteOffset, m.data.byteLength));
  }
  return hash.digest("hex");
}
