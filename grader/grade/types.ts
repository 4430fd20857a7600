// Plain result types of one grading: what each test found, and the submission's totals (derived).
import type { CheckKind, Visibility } from "../rubric/types.js";
import type { CapturedOutput, GraderNote } from "../runners/types.js";

/** What a catalogued mistake is and how to fix it. */
export interface Diagnosis {
  readonly id: string;
  readonly title: string;
  readonly fix: string;
}

/** The outcome of one rubric test for one submission. */
export interface TestResult {
  readonly id: string;
  /** "<function>: <title>", as users see it. */
  readonly name: string;
  readonly function: string;
  readonly kind: CheckKind;
  readonly visibility: Visibility;
  readonly status: "passed" | "failed";
  readonly score: number;
  readonly maxScore: number;
  /** One line: what was found and why. */
  readonly summary: string;
  /** Evidence: the call, the worst element, the smallest failing input, the captured error. */
  readonly details: readonly string[];
  /** The rubric's teaching text, shown under a failure. */
  readonly feedback: string;
  readonly diagnosis?: Diagnosis;
  /** How to reproduce a randomised failure (seed, path). */
  readonly replay?: string;
  /** 1-based line in the submission of the error that failed this test (a raise or a load failure). */
  readonly line?: number;
}

/** How the submission ran: which isolation was in force. */
export type IsolationLevel = "bubblewrap" | "namespaces" | "rlimits-only" | "none";

/** Everything one grading produced. Scores are derived from `tests`, never stored twice. */
export interface GradeResult {
  readonly submission: string;
  readonly language: "python" | "notebook" | "typescript" | "javascript" | "unknown";
  readonly rubric: { readonly file: string; readonly assignment: string; readonly title: string };
  readonly tests: readonly TestResult[];
  readonly output: CapturedOutput;
  readonly isolation: IsolationLevel;
  /** What that isolation did not protect in this run (absent: nothing to add to the level's name). */
  readonly isolationCaveats?: readonly string[];
  /** Set when the whole submission failed to load (every call answered so): the reason, with the traceback. */
  readonly loadError?: string;
  /** Set when the grader itself failed (not the student's code): the result is not a grade. */
  readonly infrastructureError?: string;
  /** The grader's own notes on loading the submission (a cell not run, a module stubbed); never its output. */
  readonly notes?: readonly GraderNote[];
  /** Wall time of the grading in milliseconds; only reported when asked for (keeps outputs reproducible). */
  readonly durationMs?: number;
}
