// Plain types of a batch's state: what each student ended with, and what the batch was graded under.
import type { GradeResult } from "../grade/types.js";

/** How a grade was obtained in this run: counted in the closing line, never written to the outputs. */
export type GradeSource = "graded" | "resumed" | "cached";

/** What one student ended with. */
export type StudentOutcome =
  | {
      readonly status: "graded";
      readonly student: string;
      readonly key: string;
      /** The submission's path relative to the submissions folder, and the sha256 of its bytes. */
      readonly submission: string;
      readonly sha256: string;
      readonly result: GradeResult;
      readonly source: GradeSource;
      /** Other candidate files of the student's folder, not graded (absent: there were none). */
      readonly ignored?: readonly string[];
    }
  | {
      /** No single submission file could be picked: a zero, with the reason. */
      readonly status: "submission-problem";
      readonly student: string;
      readonly key: string;
      readonly problem: string;
      readonly result: GradeResult;
    }
  | {
      /** The grader or the machine failed on every attempt: not a grade. */
      readonly status: "infrastructure-error";
      readonly student: string;
      readonly key: string;
      readonly submission: string;
      readonly sha256: string;
      readonly message: string;
    };

/** The rubric a batch was graded with, identified by its bytes. */
export interface RubricInfo {
  readonly file: string;
  readonly assignment: string;
  readonly title: string;
  readonly sha256: string;
}

/** What every output of a batch is computed from (besides the outcomes). */
export interface BatchIdentity {
  readonly rubric: RubricInfo;
  /** The grader version (see fingerprint.ts). */
  readonly grader: string;
}
