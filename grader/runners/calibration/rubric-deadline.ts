// The per-call deadline of a grading: the rubric's deadline_ms as the floor, raised on a slow or busy machine
// to a multiple of the reference solution's own time here (calibratedDeadline).
import type { Rubric } from "../../rubric/types.js";
import { calibratedDeadline, DEADLINE_DEFAULTS } from "../../sandbox/index.js";
import { packageFile } from "../package-root.js";
import type { RunnerIsolationLevel } from "../types.js";
import { referenceCallMs, type TimedCall } from "./reference-time.js";

/** The shipped correct solution of each assignment, timed to calibrate deadlines. */
const REFERENCE_SOLUTIONS: Readonly<Record<string, readonly string[]>> = {
  initialization: ["submissions", "python", "correct.py"],
};

// One call per graded function, with the first input its rubric tests use (every graded function takes a
// layers_dims list).
function callsOf(rubric: Rubric): TimedCall[] {
  return rubric.functions.map((fn) => {
    const input = rubric.tests.find((test) => test.function === fn.name)?.inputs[0] ?? [];
    return { function: fn.name, args: [{ $list: [...input] }] };
  });
}

/** The calibrated per-call deadline (ms) for `rubric`; its deadline_ms when the assignment has no reference. */
export async function rubricCallDeadline(rubric: Rubric, isolation?: RunnerIsolationLevel): Promise<number> {
  const floorMs = rubric.deadlineMs;
  if (!Object.hasOwn(REFERENCE_SOLUTIONS, rubric.assignment)) return floorMs;
  const reference = REFERENCE_SOLUTIONS[rubric.assignment];
  const referenceMs = await referenceCallMs(packageFile(...reference), callsOf(rubric), isolation);
  return calibratedDeadline(referenceMs, {
    floorMs,
    ceilingMs: Math.max(floorMs, DEADLINE_DEFAULTS.ceilingMs),
  });
}
