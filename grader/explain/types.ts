// What a student reads, per graded function, as data: the root causes said once and one line per test.
// Built by explain.ts from a GradeResult; the renderers only lay it out (docs/architecture.md).
import type { TestResult } from "../grade/types.js";

/** One root cause, said once: what is wrong, the evidence in one line, the fix, the consequence. */
export interface RootCause {
  /** "A missing or different seed", "initialize_parameters_he is not defined". */
  readonly what: string;
  readonly evidence?: string;
  readonly fix?: string;
  /** What the mistake does to training, e.g. accuracies from the student's weights and from the reference's. */
  readonly consequence?: string;
}

/** One test of a function, in one line. */
export interface TestLine {
  readonly test: TestResult;
  /** The test's own finding, or a pointer to the root cause that explains it. */
  readonly line: string;
  /** Index into FunctionStory.causes when the root cause explains this test. */
  readonly causeIndex?: number;
  /** The rubric's paragraph, only when it is true of what happened (full reports and --details). */
  readonly feedback?: string;
  /** A language-appropriate call that reproduces a property failure. */
  readonly reproduce?: string;
}

/** Everything about one graded function. */
export interface FunctionStory {
  readonly function: string;
  readonly score: number;
  readonly maxScore: number;
  readonly passed: boolean;
  readonly causes: readonly RootCause[];
  /** Failed tests, and tests that passed without being judged (with why). */
  readonly tests: readonly TestLine[];
  /** The other tests, which passed. */
  readonly passedTests: readonly TestResult[];
}
