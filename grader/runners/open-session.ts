// The entry point of the runners: opens a session for a submission file, choosing the runner by file type.
import { loadSubmission } from "../submissions/load-submission.js";
import { nodePlan } from "./node/node-plan.js";
import { normalizeSessionOptions, type SessionOptions } from "./options.js";
import { pythonPlan } from "./python/python-plan.js";
import { DriverSession } from "./session/driver-session.js";
import { FailedSession } from "./session/failed-session.js";
import type { SubmissionSession } from "./types.js";

/**
 * Opens a session serving calls of the graded functions of `file` (.py, .ipynb, .ts, .js or .mjs).
 *
 * Nothing about the submission makes this throw: an unreadable, empty, non-UTF-8 or unknown file, or a
 * malformed notebook, gives a session whose every call returns `load-failed` with the reason. It throws
 * only when grading cannot run at all (InfrastructureError: no Python) or for bad options (TypeError).
 *
 * @example
 * const session = await openSession("submission.py", { functions: ["initialize_parameters_he"] });
 * const outcome = await session.call({ function: "initialize_parameters_he", args: [{ $list: [2, 4, 1] }], deadlineMs: 2000 });
 * await session.close();
 */
export async function openSession(file: string, options: SessionOptions): Promise<SubmissionSession> {
  const normalized = normalizeSessionOptions(options);
  const submission = await loadSubmission(file);
  switch (submission.kind) {
    case "invalid":
      return new FailedSession(submission.error);
    case "python":
    case "notebook":
      return new DriverSession(await pythonPlan(submission, normalized), normalized);
    case "script":
      return new DriverSession(await nodePlan(submission, normalized), normalized);
  }
}
