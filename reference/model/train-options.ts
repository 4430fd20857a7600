// Options of train(), normalised once at the entry so the training loop never sees undefined.
import type { Matrix } from "../linalg/matrix.js";
import { type Gradients, HIDDEN_ACTIVATIONS, type HiddenActivation, type Parameters } from "./types.js";

/** The course's model(): learning_rate = 0.01, num_iterations = 15000, cost kept every 1000. */
export const COURSE_LEARNING_RATE = 0.01;
export const COURSE_ITERATIONS = 15000;
export const COURSE_LOG_EVERY = 1000;

/** What an onStep observer sees after each step. The matrices are live views: read them, don't keep them. */
export interface StepView {
  /** 0-based iteration whose step has just been applied. */
  readonly iteration: number;
  /** Cost of the forward pass of this iteration, before its update. */
  readonly cost: number;
  /** Gradients computed in this iteration (dW1, db1, …). */
  readonly gradients: Gradients;
  /** Parameters after this iteration's update (W1, b1, …). */
  readonly parameters: Parameters;
}

export type StepObserver = (step: StepView) => void;

/** Inputs of train(); everything but X, Y and parameters defaults to the course's model(). */
export interface TrainOptions {
  /** Inputs (n0, m), one example per column. */
  readonly X: Matrix;
  /** Labels (nL, m), 0 or 1. */
  readonly Y: Matrix;
  /** Initial parameters; copied, never mutated. */
  readonly parameters: Parameters;
  readonly learningRate?: number;
  readonly iterations?: number;
  readonly hiddenActivation?: HiddenActivation;
  /** Keep the cost of iterations 0, logEvery, 2·logEvery, … */
  readonly logEvery?: number;
  /** Called after every step (slower: the cost is then computed at every iteration). */
  readonly onStep?: StepObserver;
  /** Record StepDiagnostics (gradients, activations, output error, distinct rows) for the first `steps` steps. */
  readonly diagnostics?: { readonly steps: number };
}

/** TrainOptions with every default applied and every value checked. */
export interface NormalisedTrainOptions {
  readonly X: Matrix;
  readonly Y: Matrix;
  readonly parameters: Parameters;
  readonly learningRate: number;
  readonly iterations: number;
  readonly hiddenActivation: HiddenActivation;
  readonly logEvery: number;
  readonly onStep: StepObserver | null;
  readonly diagnosticSteps: number;
}

// Applies the defaults and checks the scalar options (shapes are checked when the network is built).
export function normaliseTrainOptions(options: TrainOptions): NormalisedTrainOptions {
  const learningRate = options.learningRate ?? COURSE_LEARNING_RATE;
  if (!Number.isFinite(learningRate)) {
    throw new RangeError(`train learningRate: expected a finite number, got ${learningRate}`);
  }
  const hiddenActivation = options.hiddenActivation ?? "relu";
  if (!HIDDEN_ACTIVATIONS.includes(hiddenActivation)) {
    throw new RangeError(
      `train hiddenActivation: expected one of ${HIDDEN_ACTIVATIONS.join(", ")}, got ${String(hiddenActivation)}`,
    );
  }
  return {
    X: options.X,
    Y: options.Y,
    parameters: options.parameters,
    learningRate,
    iterations: count("iterations", options.iterations ?? COURSE_ITERATIONS, 0),
    hiddenActivation,
    logEvery: count("logEvery", options.logEvery ?? COURSE_LOG_EVERY, 1),
    onStep: options.onStep ?? null,
    diagnosticSteps: count("diagnostics.steps", options.diagnostics?.steps ?? 0, 0),
  };
}

function count(name: string, value: number, min: number): number {
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`train ${name}: expected an integer ≥ ${min}, got ${value}`);
  }
  return value;
}
