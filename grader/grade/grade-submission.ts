// Grades one submission: rubric tests → checks (calls served by a fresh child) → plain results.
import { basename } from "node:path";
import { referencesFor } from "../assignments/index.js";
import { resolveReference } from "../assignments/registry.js";
import { createCheckContext } from "../checks/context.js";
import { checkFor } from "../checks/index.js";
import type { Rubric, RubricTest } from "../rubric/types.js";
import { rubricCallDeadline } from "../runners/calibration/rubric-deadline.js";
import { InfrastructureError } from "../runners/infrastructure-error.js";
import { openSession } from "../runners/open-session.js";
import type { RunnerIsolationLevel, SubmissionSession } from "../runners/types.js";
import { languageOf } from "./language.js";
import { type CallMemory, memoisedCaller, newCallMemory, wholeFileLoadError } from "./memo-caller.js";
import { roundPoints } from "./score.js";
import { checkedTestResult, failedTestResult } from "./test-result.js";
import type { GradeResult, TestResult, Withheld } from "./types.js";

/** What to grade and how. */
export interface GradeOptions {
  readonly rubric: Rubric;
  /** Only the tests students may see now (`grader check`). */
  readonly visibleOnly: boolean;
  /** Name shown for the submission in reports (default: the file's base name). */
  readonly displayName?: string;
  /** Record the wall time in the result (off by default so outputs are reproducible). */
  readonly recordTime?: boolean;
  /** Tests and benchmarks only: a weaker sandbox level, or "none". The result states the level used. */
  readonly isolation?: RunnerIsolationLevel;
}

// Grades `file` against the rubric. A student's failure is in the result; only grader bugs throw.
export async function gradeSubmission(file: string, options: GradeOptions): Promise<GradeResult> {
  const started = performance.now();
  const { rubric } = options;
  const tests = options.visibleOnly ? rubric.tests.filter((t) => t.visibility === "visible") : rubric.tests;
  const references = referencesFor(rubric.assignment);
  const base = {
    submission: options.displayName ?? basename(file),
    language: languageOf(file),
    rubric: { file: rubric.file, assignment: rubric.assignment, title: rubric.title },
  };
  const forced = options.isolation === undefined ? {} : { isolation: options.isolation };
  // Timed alongside the student's start-up: the reference solution's own time here sets the deadline.
  const deadline = rubricCallDeadline(rubric, options.isolation);
  let session: SubmissionSession;
  try {
    session = await openSession(file, {
      functions: rubric.functions.map((f) => f.name),
      defaultDeadlineMs: rubric.deadlineMs,
      submissionBudgetMs: rubric.submissionBudgetMs,
      ...forced,
    });
  } catch (error) {
    if (!(error instanceof InfrastructureError)) throw error;
    return {
      kind: "infrastructure-error",
      ...base,
      isolation: "none",
      tests: [],
      output: { stdout: "", stderr: "", truncated: false },
      notes: [],
      infrastructureError: error.message,
    };
  }
  const isolation = session.isolation();
  const deadlineMs = await deadline;
  const memory = newCallMemory();
  const results: TestResult[] = [];
  let infrastructureError: string | undefined;
  try {
    // Training checks start first and run beside the others (their runs go to worker threads); every
    // call still goes through the session's queue, and results keep the rubric's order.
    const grading: Grading = { rubric, references, session, deadlineMs, memory };
    const runTest = async (test: RubricTest): Promise<TestResult> => {
      const outcome = await runOneTest(test, grading);
      if (outcome.infrastructureError !== undefined) infrastructureError ??= outcome.infrastructureError;
      return outcome.result;
    };
    const early = tests.map((test) => (test.kind === "training" ? runTest(test) : undefined));
    for (const pending of early) pending?.catch(() => {}); // awaited below, in order
    for (const [i, test] of tests.entries()) results.push(await (early[i] ?? runTest(test)));
  } finally {
    await session.close();
  }
  const loadError = await wholeFileLoadError(memory);
  const notes = session.notes();
  const output = session.output();
  const common = {
    ...base,
    isolation: isolation.level,
    ...(isolation.caveats.length === 0 ? {} : { isolationCaveats: isolation.caveats }),
    tests: results,
    output,
    notes,
    ...(options.visibleOnly ? { withheld: withheldTests(rubric) } : {}),
    ...(options.recordTime ? { durationMs: Math.round(performance.now() - started) } : {}),
  };
  if (infrastructureError !== undefined)
    return { kind: "infrastructure-error", ...common, infrastructureError };
  if (loadError !== undefined) return { kind: "not-loaded", ...common, loadError };
  return { kind: "graded", ...common };
}

// The tests `grader check` leaves to grading: how many, and their points.
function withheldTests(rubric: Rubric): Withheld {
  const hidden = rubric.tests.filter((t) => t.visibility !== "visible");
  return { tests: hidden.length, points: roundPoints(hidden.reduce((sum, t) => sum + t.points, 0)) };
}

/** What every test of one grading shares. */
interface Grading {
  readonly rubric: Rubric;
  readonly references: ReturnType<typeof referencesFor>;
  readonly session: SubmissionSession;
  readonly deadlineMs: number;
  readonly memory: CallMemory;
}

// Runs one rubric test's check; a throw is a grader problem, reported as such and never as the student's.
async function runOneTest(
  test: RubricTest,
  g: Grading,
): Promise<{ result: TestResult; infrastructureError?: string }> {
  const fn = g.rubric.functions.find((f) => f.name === test.function);
  if (fn === undefined) throw new Error(`rubric test ${test.id}: function ${test.function} is not declared`);
  const ctx = createCheckContext({
    test,
    fn,
    reference: resolveReference(g.references, fn.reference),
    call: memoisedCaller(g.session, fn.name, g.deadlineMs, g.memory),
  });
  try {
    const check = await checkFor(test.kind)(ctx);
    return { result: checkedTestResult(test, check, g.memory.errorLines.get(fn.name)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      result: failedTestResult(
        test,
        "this test could not be run because of a problem in the grader, not in your code",
        [message],
      ),
      infrastructureError:
        error instanceof InfrastructureError
          ? error.message
          : `internal error in the ${test.kind} check of ${test.id}: ${message}`,
    };
  }
}
