// Each submission's verdict against the threshold, and the exit status of the run: data, no text.
import { totals } from "../grade/score.js";
import type { GradeResult } from "../grade/types.js";

/** How one submission fared: at or above the minimum, below it, or not graded (a grader failure). */
export type CiVerdict =
  | {
      readonly kind: "met" | "below";
      readonly submission: string;
      readonly score: number;
      readonly maxScore: number;
      /** score / maxScore; 1 for a rubric with nothing to lose. */
      readonly fraction: number;
    }
  | { readonly kind: "not-graded"; readonly submission: string; readonly reason: string };

/** Half the rounding step of totals (4 decimals, grade/score.ts), in points: a rounded score that
 * stands for exactly the minimum is not failed by its rounding. */
const ROUNDING_SLACK = 5e-5;

// Compares one result's score fraction with the minimum (a fraction in [0, 1]).
export function verdictOf(result: GradeResult, minScore: number): CiVerdict {
  if (result.kind === "infrastructure-error")
    return { kind: "not-graded", submission: result.submission, reason: result.infrastructureError };
  const { score, maxScore } = totals(result.tests);
  const fraction = maxScore > 0 ? score / maxScore : 1;
  const kind = score + ROUNDING_SLACK >= minScore * maxScore ? "met" : "below";
  return { kind, submission: result.submission, score, maxScore, fraction };
}

/** Exit statuses of `grader ci` (2, usage and configuration, comes from UsageError). */
export const CI_EXIT = { allMet: 0, notMet: 1 } as const;

// 0 when every submission met the minimum; 1 when one fell below it or could not be graded.
export function ciExitCode(verdicts: readonly CiVerdict[]): number {
  return verdicts.every((v) => v.kind === "met") ? CI_EXIT.allMet : CI_EXIT.notMet;
}
