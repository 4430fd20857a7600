// The contract between the grader and a running submission: wire values, requests, outcomes.

/** A float that JSON cannot carry, spelled out. */
export type WireSpecialFloat = "NaN" | "Infinity" | "-Infinity";

/** An n-d array as {shape, dtype, data}: data is row-major and flat; non-finite floats spelled out. */
export interface WireArray {
  readonly shape: readonly number[];
  /** numpy dtype name ("float64", "int64", "bool", "object", …); "number" for JS number arrays. */
  readonly dtype: string;
  readonly data: readonly (number | boolean | WireSpecialFloat | null)[];
}

/** A value returned by student code, as the driver encodes it. */
export type WireValue =
  | null
  | boolean
  | number
  | string
  | { readonly $float: WireSpecialFloat }
  | { readonly $array: WireArray }
  | { readonly $list: readonly WireValue[] }
  | { readonly $tuple: readonly WireValue[] }
  | { readonly $dict: readonly (readonly [string, WireValue])[] }
  /** Anything else: the type name and a short, capped repr. */
  | { readonly $other: { readonly type: string; readonly repr: string } };

/** One call of a graded function. */
export interface CallRequest {
  readonly function: string;
  /** Positional arguments, already encoded (a layers_dims list is a $list of numbers). */
  readonly args: readonly WireValue[];
  /** Before the call, seed numpy's global RNG with this value and draw a few numbers (purity check). */
  readonly disturbRng?: number;
  /** Also return the arguments as they are after the call (mutation check). */
  readonly returnArgs?: boolean;
  readonly deadlineMs: number;
}

/** A student's exception, trimmed to their own frames. */
export interface StudentError {
  readonly type: string;
  readonly message: string;
  readonly traceback: string;
  /** 1-based line in the submission file, where known. */
  readonly line?: number;
  /** Where the error happened as the student sees it ("cell In [7] (\"def f(x):\"), line 3"), where known. */
  readonly location?: string;
}

/** Something the grader did to the submission that the student should know (not their output): a cell not
 * run, a missing module replaced by a stand-in, a statement that failed. `message` is a whole sentence. */
export interface GraderNote {
  readonly kind: string;
  readonly message: string;
  readonly location?: string;
}

/** Where a call was when its deadline passed: the location as the student sees it, the line's code. */
export interface TimeoutLocation {
  readonly location: string;
  readonly code: string;
  /** 1-based line in the submission file, where known. */
  readonly line?: number;
}

/** What came of one call. A student's failure is one of these, never a thrown exception. */
export type CallOutcome =
  | {
      readonly status: "returned";
      readonly value: WireValue;
      readonly argsAfter?: readonly WireValue[];
      readonly durationMs: number;
    }
  | { readonly status: "raised"; readonly error: StudentError }
  | { readonly status: "timeout"; readonly deadlineMs: number; readonly at?: TimeoutLocation }
  | { readonly status: "crashed"; readonly reason: string }
  | { readonly status: "missing"; readonly available: readonly string[] }
  | { readonly status: "load-failed"; readonly error: StudentError }
  | { readonly status: "rejected"; readonly reason: string };

/** Output the submission printed, captured apart and capped; shown to the student, never parsed. */
export interface CapturedOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly truncated: boolean;
}

/** Which isolation a session's children run under ("none" only when a benchmark asked for it). */
export type RunnerIsolationLevel = "bubblewrap" | "namespaces" | "rlimits-only" | "none";

/** The isolation in force for a session, and plain statements of what it leaves unprotected. */
export interface IsolationInForce {
  readonly level: RunnerIsolationLevel;
  readonly caveats: readonly string[];
}

/** A live submission: calls are served by a child process that is replaced after a timeout or crash. */
export interface SubmissionSession {
  call(request: CallRequest): Promise<CallOutcome>;
  output(): CapturedOutput;
  /** The grader's notes on how the submission was loaded, once each (empty until it has loaded). */
  notes(): readonly GraderNote[];
  /** The isolation its children run under (the same for every child of the session). */
  isolation(): IsolationInForce;
  close(): Promise<void>;
}
