// Plain result types of one grading: what each test found, and the submission's totals (derived).
// docs/architecture.md describes the model: findings are data here; sentences come from grader/explain/
// and the renderers.
import type { CheckKind, Visibility } from "../rubric/types.js";
import type { CapturedOutput, GraderNote } from "../runners/types.js";

/** A catalogued mistake found in a test's evidence: what it is, how to fix it, what showed it. */
export interface FoundMistake {
  readonly id: string;
  /** Reads inside a sentence: "a transposed draw". */
  readonly title: string;
  readonly fix: string;
  /** One line of evidence, e.g. "W2 matches np.random.randn(5, 4).T * sqrt(2/5)". */
  readonly evidence: string;
}

/** A call of the student's function that gave no parameters back, as data. */
export interface FailedCall {
  readonly layersDims: readonly number[];
  readonly status:
    | "raised"
    | "timeout"
    | "crashed"
    | "missing"
    | "load-failed"
    | "rejected"
    | "not-parameters";
  /** raised / load-failed: the exception type; not-parameters: what came back ("None", "a list"). */
  readonly what?: string;
  /** raised / load-failed: the exception message; crashed / rejected: the reason. */
  readonly message?: string;
  /** 1-based line of the submission where the error was raised. */
  readonly line?: number;
  readonly deadlineMs?: number;
  /** missing: the functions the submission does define. */
  readonly available?: readonly string[];
}

/** Why a test failed, as data the explanation step words: the root cause it observed. */
export type Cause =
  /** The function gave no parameters back (raised, timed out, missing, returned None or a list …). */
  | { readonly kind: "call"; readonly call: FailedCall }
  /** Catalogued mistakes explain what was returned (every one found, in the catalogue's order). */
  | { readonly kind: "mistakes"; readonly mistakes: readonly FoundMistake[] }
  /** The output differs and no catalogued mistake explains it: which keys, on which input. */
  | {
      readonly kind: "unexplained";
      readonly layersDims: readonly number[];
      readonly keys: readonly string[];
      /** The plainest difference, e.g. "W1[1, 1] is 2.241, expected -1.863". */
      readonly difference: string;
    }
  /** A check-specific observation (purity, training, statistics) with no catalogued mistake behind it. */
  | { readonly kind: "observed"; readonly observation: string };

/** A property's smallest failing input and how to replay the search. */
export interface Counterexample {
  readonly layersDims: readonly number[];
  readonly seed: number;
  readonly path: string;
  readonly runs: number;
  readonly shrinks: number;
}

/** A number that survives JSON (results are cached and published as JSON): non-finite ones spelled out. */
export type JsonNumber = number | "inf" | "-inf" | "nan";

// A number as JsonNumber: finite numbers unchanged, the others as numpy prints them.
export function jsonNumber(x: number): JsonNumber {
  if (Number.isFinite(x)) return x;
  return Number.isNaN(x) ? "nan" : x > 0 ? "inf" : "-inf";
}

/** One recorded step of a training run: its cost, and per layer the gradient norms and distinct rows of W. */
export interface TrainingStep {
  readonly iteration: number;
  readonly cost: JsonNumber;
  readonly layers: readonly {
    readonly layer: number;
    readonly dWNorm: JsonNumber;
    readonly dbNorm: JsonNumber;
    readonly distinctRows: number;
  }[];
}

/** What training the course model from the student's parameters showed. */
export interface TrainingOutcome {
  readonly iterations: number;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  readonly firstCost: JsonNumber;
  readonly lastCost: JsonNumber;
  /** The cost log: every recorded iteration. */
  readonly costs: readonly { readonly iteration: number; readonly cost: JsonNumber }[];
  /** The first steps' per-layer gradient norms and distinct rows of W. */
  readonly steps: readonly TrainingStep[];
  /** What the reference's own parameters reach (set when the student's run fell short). */
  readonly referenceTrainAccuracy?: number;
  readonly referenceTestAccuracy?: number;
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
  /** One line: what was found (the check's own evidence headline). */
  readonly summary: string;
  /** Full evidence: the call, the worst element, error norms, cost log, gradient norms. */
  readonly details: readonly string[];
  /** The rubric's teaching text. */
  readonly feedback: string;
  /** Why it failed, as data (absent when it passed). */
  readonly cause?: Cause;
  /** Every catalogued mistake this test found (empty when none). */
  readonly mistakes: readonly FoundMistake[];
  /** A property test's smallest failing input and replay data. */
  readonly counterexample?: Counterexample;
  /** A training test's run, when the model was trained. */
  readonly training?: TrainingOutcome;
  /** Set when the check was not judged on this submission, and why (e.g. a seed-only difference). */
  readonly notJudged?: string;
  /** 1-based line in the submission of the error that failed this test (a raise or a load failure). */
  readonly line?: number;
}

/** How the submission ran: which isolation was in force. */
export type IsolationLevel = "bubblewrap" | "namespaces" | "rlimits-only" | "none";

export type { GraderNote } from "../runners/types.js";

/** Tests a student's check does not run: they run at grading. */
export interface Withheld {
  readonly tests: number;
  readonly points: number;
}

/** What every kind of result carries. */
interface ResultCommon {
  readonly submission: string;
  readonly language: "python" | "notebook" | "typescript" | "javascript" | "unknown";
  readonly rubric: { readonly file: string; readonly assignment: string; readonly title: string };
  readonly tests: readonly TestResult[];
  /** What the submission itself printed. */
  readonly output: CapturedOutput;
  /** The grader's own notes about this submission, kept apart from its output. */
  readonly notes: readonly GraderNote[];
  readonly isolation: IsolationLevel;
  /** What that isolation did not protect in this run (absent: nothing to add to the level's name). */
  readonly isolationCaveats?: readonly string[];
  /** Tests not run because only visible tests were asked for (`grader check`). */
  readonly withheld?: Withheld;
  /** Wall time of the grading in milliseconds; only reported when asked for (keeps outputs reproducible). */
  readonly durationMs?: number;
}

/** Every test ran (some may have failed): a grade. */
export interface GradedResult extends ResultCommon {
  readonly kind: "graded";
}

/** The submission did not load, so no function could be called: a zero, with one reason. */
export interface NotLoadedResult extends ResultCommon {
  readonly kind: "not-loaded";
  /** The reason, with the traceback. */
  readonly loadError: string;
}

/** The grader itself failed (not the student's code): the result is not a grade. */
export interface InfrastructureErrorResult extends ResultCommon {
  readonly kind: "infrastructure-error";
  readonly infrastructureError: string;
}

/** Everything one grading produced. Scores are derived from `tests`, never stored twice. */
export type GradeResult = GradedResult | NotLoadedResult | InfrastructureErrorResult;

// The grader's failure message, when the result is not a grade.
export function infrastructureErrorOf(result: GradeResult): string | undefined {
  return result.kind === "infrastructure-error" ? result.infrastructureError : undefined;
}

// The load failure, when the submission did not load.
export function loadErrorOf(result: GradeResult): string | undefined {
  return result.kind === "not-loaded" ? result.loadError : undefined;
}
