// Grading with retries: a failure of the grader or the machine (not of the student's code) is tried
// again after a short backoff; if it persists it is reported as such, never turned into a zero.
import type { GradeResult } from "../grade/types.js";

/** Grades one file under its reported name; the batch's only dependency on the grading engine. */
export type GradeFunction = (file: string, name: string) => Promise<GradeResult>;

/** How often and how long to wait before trying again. */
export interface RetryPolicy {
  /** Attempts after the first. */
  readonly retries: number;
  /** Wait before retry k (1-based) is backoffMs · k. */
  readonly backoffMs: number;
  readonly sleep: (ms: number) => Promise<void>;
}

/** Default policy: 2 retries, 0.5 s then 1 s apart. */
export const DEFAULT_RETRY: RetryPolicy = {
  retries: 2,
  backoffMs: 500,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A grade, or the infrastructure error that remained after every attempt. */
export type Attempted =
  | { readonly kind: "graded"; readonly result: GradeResult; readonly attempts: number }
  | { readonly kind: "infrastructure-error"; readonly message: string; readonly attempts: number };

// Grades `file`, retrying infrastructure errors (and grader exceptions, which are bugs, not grades).
export async function gradeWithRetries(
  grade: GradeFunction,
  file: string,
  name: string,
  policy: RetryPolicy,
  onRetry: (attempt: number, message: string) => void,
): Promise<Attempted> {
  let message = "";
  for (let attempt = 1; attempt <= policy.retries + 1; attempt++) {
    if (attempt > 1) {
      onRetry(attempt, message);
      await policy.sleep(policy.backoffMs * (attempt - 1));
    }
    try {
      const result = await grade(file, name);
      if (result.kind !== "infrastructure-error") return { kind: "graded", result, attempts: attempt };
      message = result.infrastructureError;
    } catch (error) {
      message = `internal error in the grader: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return { kind: "infrastructure-error", message, attempts: policy.retries + 1 };
}
