// A session for a submission that cannot run at all: every call gets the same load failure, no process starts.
import type {
  CallOutcome,
  CallRequest,
  CapturedOutput,
  GraderNote,
  IsolationInForce,
  StudentError,
  SubmissionSession,
} from "../types.js";

/** Answers every call with `load-failed` and this error. */
export class FailedSession implements SubmissionSession {
  readonly #outcome: CallOutcome;
  readonly #isolation: IsolationInForce;

  /** `isolation`: the level the session would have run under (no child ran, so no caveat applies). */
  constructor(error: StudentError, isolation: IsolationInForce) {
    this.#outcome = { status: "load-failed", error };
    this.#isolation = isolation;
  }

  isolation(): IsolationInForce {
    return this.#isolation;
  }

  async call(_request: CallRequest): Promise<CallOutcome> {
    return this.#outcome;
  }

  output(): CapturedOutput {
    return { stdout: "", stderr: "", truncated: false };
  }

  notes(): readonly GraderNote[] {
    return [];
  }

  async close(): Promise<void> {}
}
