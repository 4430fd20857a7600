// Plain data of the lesson: what goes into the explanation of a run and what comes out of it.
import type { HiddenActivation, StepDiagnostics } from "../../reference/model/index.js";

/** How a gradient's size compares with what a non-degenerate (He) start gives on the same data. */
export type GradientClass = "zero" | "rounding" | "real";

/** What the explanation needs to know about the run besides its steps. */
export interface LessonContext {
  readonly activation: HiddenActivation;
  /** [n0, n1, …, nL]. */
  readonly layersDims: readonly number[];
  /** Fraction of training labels equal to 1. */
  readonly positiveFraction: number;
  /** Per layer l (index l − 1): ‖[dW_l, db_l]‖ of a He start's first step on the same data (see heScale). */
  readonly scale: readonly number[];
}

/** How the run ended, when known (the conclusion then quotes it). */
export interface LessonOutcome {
  readonly iterations: number;
  /** The cost at iteration 0 and the cost of the final parameters. */
  readonly firstCost: number;
  readonly lastCost: number;
  readonly trainAccuracy: number;
  /** Distinct rows of each W_l after the last step (index l − 1). */
  readonly finalDistinctRows: readonly number[];
  /** The output bias b_L after the last step (its first entry). */
  readonly finalOutputBias: number;
}

/** Input of explainRun: consecutive steps from iteration 0, as train({ diagnostics }) records them. */
export interface LessonInput {
  readonly steps: readonly StepDiagnostics[];
  readonly context: LessonContext;
  readonly outcome?: LessonOutcome;
}

/** One gradient (dW_l or db_l) at one step. */
export interface QuantityVerdict {
  readonly name: string;
  readonly kind: GradientClass;
  /** Its norm, as computed. */
  readonly norm: number;
  /** norm / scale of its layer (0 when the scale is 0). */
  readonly relative: number;
  /** Why it is zero or rounding residue, from the run's quantities ("" for a real gradient). */
  readonly reason: string;
}

/** One layer at one step. */
export interface LayerVerdict {
  readonly layer: number;
  readonly units: number;
  readonly dW: QuantityVerdict;
  readonly db: QuantityVerdict;
  /** Distinct unit gradients (rows of [dW | db]) and distinct rows of W after the step. */
  readonly distinctUnitGradients: number;
  readonly distinctRows: number;
  /** The sentence shown under the layer's numbers. */
  readonly text: string;
}

/** One step: its verdicts and the line about its forward pass. */
export interface StepVerdict {
  readonly iteration: number;
  readonly cost: number;
  readonly meanOutputError: number;
  readonly layers: readonly LayerVerdict[];
}

/** What the run shows, as a whole. */
export type LessonFinding =
  | "nothing-moves"
  | "only-output-bias"
  | "symmetric"
  | "symmetry-broken"
  | "no-hidden-layer"
  | "single-units";

/** Output of explainRun. */
export interface LessonAccount {
  /** Relative size below which a non-zero gradient is rounding residue. */
  readonly threshold: number;
  readonly steps: readonly StepVerdict[];
  readonly finding: LessonFinding;
  /** The conclusion, one sentence per entry, every number taken from the run. */
  readonly conclusion: readonly string[];
}
