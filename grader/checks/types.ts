// The contract between the grading engine and one check kind: what a check is given, what it returns.

import type { Parameters } from "../../reference/initializers.js";
import type { ScaleSpec } from "../assignments/registry.js";
import type { Mistake } from "../diagnosis/types.js";
import type { Cause, Counterexample, FoundMistake, TrainingOutcome } from "../grade/types.js";
import type { GradedFunction, RubricTest } from "../rubric/types.js";
import type { CallOutcome } from "../runners/types.js";

/** Extra flags of a call (see CallRequest): disturb the RNG first, or return the arguments afterwards. */
export interface CallExtras {
  readonly disturbRng?: number;
  readonly returnArgs?: boolean;
}

/** What a check is given: the test, the function, its reference and known mistakes, and a way to call it. */
export interface CheckContext {
  readonly test: RubricTest;
  readonly fn: GradedFunction;
  /** The reference implementation of fn. */
  readonly reference: (layersDims: readonly number[]) => Parameters;
  /** The standard deviation of W_l's entries the reference draws from (l is 1-based), with its formula. */
  readonly weightStd: (layersDims: readonly number[], l: number) => ScaleSpec;
  /** Catalogue of known mistakes for fn, in priority order. */
  readonly mistakes: readonly Mistake[];
  /** Calls the student's function; the caller memoises identical requests. */
  call(layersDims: readonly number[], extra?: CallExtras): Promise<CallOutcome>;
}

/** What a check found: plain data, worded later by grader/explain/ and the renderers. */
export interface CheckResult {
  readonly score: number;
  readonly maxScore: number;
  readonly status: "passed" | "failed";
  /** The check's evidence headline (kept for --details and the JSON; students read grader/explain/). */
  readonly summary: string;
  /** The full evidence: the call, the worst element, the smallest failing input, the captured error. */
  readonly details: readonly string[];
  /** Why it failed, as data. */
  readonly cause?: Cause;
  /** Every catalogued mistake found. */
  readonly mistakes: readonly FoundMistake[];
  readonly counterexample?: Counterexample;
  readonly training?: TrainingOutcome;
  /** The check was not judged on this submission (full credit), and why. */
  readonly notJudged?: string;
}

/** One check kind. A student's failure is a result; a thrown error is a bug in the grader or the rubric. */
export type Check = (ctx: CheckContext) => Promise<CheckResult>;
