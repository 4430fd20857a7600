// The entry point of the runners: opens a session for a submission file, choosing the runner by file type;
// the file is staged (copied alone into a fresh folder) and every child runs sandboxed.
import { resolve } from "node:path";
import { loadSubmission } from "../submissions/load-submission.js";
import { chooseIsolation } from "./isolation/choose-isolation.js";
import { nodePlan } from "./node/node-plan.js";
import { normalizeSessionOptions, type SessionOptions } from "./options.js";
import { pythonPlan } from "./python/python-plan.js";
import { DriverSession } from "./session/driver-session.js";
import { FailedSession } from "./session/failed-session.js";
import { refusedPath, type StagedSubmission, stageSubmission } from "./staging/stage-submission.js";
import type { IsolationInForce, SubmissionSession } from "./types.js";

/**
 * Opens a session serving calls of the graded functions of `file` (.py, .ipynb, .ts, .js or .mjs).
 *
 * Nothing about the submission makes this throw: an unreadable, empty, non-UTF-8 or unknown file, a
 * malformed notebook, or a symbolic link leading outside its folder, gives a session whose every call returns
 * `load-failed` with the reason. It throws only when grading cannot run at all (InfrastructureError: no
 * Python, a sandbox level that does not work here) or for bad options (TypeError).
 *
 * @example
 * const session = await openSession("submission.py", { functions: ["initialize_parameters_he"] });
 * const outcome = await session.call({ function: "initialize_parameters_he", args: [{ $list: [2, 4, 1] }], deadlineMs: 2000 });
 * await session.close();
 */
export async function openSession(file: string, options: SessionOptions): Promise<SubmissionSession> {
  const normalized = normalizeSessionOptions(options);
  const level = await chooseIsolation(normalized.isolation);
  const notRun: IsolationInForce = { level, caveats: [] };
  const path = resolve(file);
  const refused = await refusedPath(path);
  if (refused !== undefined) return new FailedSession(refused, notRun);
  const submission = await loadSubmission(path);
  if (submission.kind === "invalid") return new FailedSession(submission.error, notRun);
  const staged = await stageSubmission(path);
  try {
    return await sessionFor(submission, staged, normalized, level, notRun);
  } catch (error) {
    await staged.dispose();
    throw error;
  }
}

async function sessionFor(
  submission: Exclude<Awaited<ReturnType<typeof loadSubmission>>, { kind: "invalid" }>,
  staged: StagedSubmission,
  options: ReturnType<typeof normalizeSessionOptions>,
  level: IsolationInForce["level"],
  notRun: IsolationInForce,
): Promise<SubmissionSession> {
  if (submission.kind === "script") {
    const plan = await nodePlan(submission, staged, options, level);
    if ("failed" in plan) {
      await staged.dispose();
      return new FailedSession(plan.failed, notRun);
    }
    return new DriverSession(plan, options);
  }
  return new DriverSession(await pythonPlan(submission, staged, options, level), options);
}
