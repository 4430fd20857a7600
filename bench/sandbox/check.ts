// The integration's cost: `grader check` of the shipped correct solutions (visible tests, as the CLI runs them),
// sandboxed at the strongest level here vs unsandboxed ("none", a benchmark-only option), interleaved in the
// same process after one warm-up each; prints both medians and their ratio per file.
// Run: node --import tsx bench/sandbox/check.ts
import { performance } from "node:perf_hooks";
import { gradeSubmission } from "../../grader/grade/grade-submission.js";
import { infrastructureErrorOf } from "../../grader/grade/types.js";
import { loadRubric } from "../../grader/rubric/load.js";
import type { RunnerIsolationLevel } from "../../grader/runners/types.js";
import { detectIsolation } from "../../grader/sandbox/index.js";
import { median } from "../support/timing.js";

/** Checks of each kind per file; interleaved, so a load spike on the machine hits both alike. */
const RUNS = 10;
const FILES = ["submissions/python/correct.py", "submissions/typescript/correct.ts"];
const rubric = loadRubric("rubrics/initialization.yaml");

async function timeCheck(file: string, isolation: RunnerIsolationLevel | undefined): Promise<number> {
  const started = performance.now();
  const result = await gradeSubmission(file, {
    rubric,
    visibleOnly: true,
    ...(isolation === undefined ? {} : { isolation }),
  });
  if (result.tests.some((test) => test.status === "failed") || infrastructureErrorOf(result) !== undefined) {
    throw new Error(`${file} did not pass its check under ${result.isolation}`);
  }
  return performance.now() - started;
}

const level = await detectIsolation();
for (const file of FILES) {
  // Warm-up: interpreter resolution, numpy's page cache, the Node scripts' bundles, the deadline calibration.
  await timeCheck(file, undefined);
  await timeCheck(file, "none");
  const plain: number[] = [];
  const sandboxed: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    sandboxed.push(await timeCheck(file, undefined));
    plain.push(await timeCheck(file, "none"));
  }
  const [p, s] = [median(plain), median(sandboxed)];
  console.log(
    `grader check (${level} vs none, N=${RUNS}, ${file}): unsandboxed ${p.toFixed(0)} ms, sandboxed ${s.toFixed(0)} ms, ratio ${(s / p).toFixed(2)}× (+${(s - p).toFixed(0)} ms)`,
  );
}
