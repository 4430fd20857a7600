// The contract between the grading engine and one check kind: what a check is given, what it returns.

import type { Parameters } from "../../reference/initializers.js";
import type { ScaleSpec } from "../assignments/registry.js";
import type { Mistake } from "../diagnosis/types.js";
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

/** The finding of a diagnosis, attached to a failed check. */
export interface DiagnosisSummary {
  readonly id: string;
  readonly title: string;
  readonly fix: string;
}

/** What a check found: plain data, rendered later by reporters. */
export interface CheckResult {
  readonly score: number;
  readonly maxScore: number;
  readonly status: "passed" | "failed";
  /** One line: what was checked and why it failed. */
  readonly summary: string;
  /** The evidence: the call, the worst element, the smallest failing input, the captured error. */
  readonly details: readonly string[];
  readonly diagnosis?: DiagnosisSummary;
  /** How to reproduce a random failure (e.g. the property seed and path). */
  readonly replay?: string;
}

/** One check kind. A student's failure is a result; a thrown error is a bug in the grader or the rubric. */
export type Check = (ctx: CheckContext) => Promise<CheckResult>;
