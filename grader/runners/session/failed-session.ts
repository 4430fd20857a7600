// A session for a submission that cannot run at all: every call gets the same load failure, no process starts.
import type { CallOutcome, CallRequest, CapturedOutput, StudentError, SubmissionSession } from "../types.js";

/** Answers every call with `load-failed` and this error. */
export class FailedSession implements SubmissionSession {
  readonly #outcome: CallOutcome;

  constructor(error: StudentError) {
    this.#outcome = { status: "load-failed", error };
  }

  async call(_request: CallRequest): Promise<CallOutcome> {
    return this.#outcome;
  }

  output(): CapturedOutput {
    return { stdout: "", stderr: "", truncated: false };
  }

  async close(): Promise<void> {}
}
