// The hostile catalogue as the tests use it: the files, their expectations, a short rubric, and one grading.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { gradeSubmission } from "../../../grader/grade/grade-submission.js";
import type { GradeResult } from "../../../grader/grade/types.js";
import { loadRubric } from "../../../grader/rubric/load.js";
import type { Rubric } from "../../../grader/rubric/types.js";
import type { RunnerIsolationLevel } from "../../../grader/runners/types.js";
import { type Expectation, expectedFileFor } from "../../e2e/expectations.js";

/** Where the catalogue lives. */
export const HOSTILE = "submissions/hostile";

/** Every hostile submission (the files with an expectation beside them), by base name. */
export function hostileFiles(): string[] {
  return readdirSync(HOSTILE)
    .filter((name) => !name.endsWith(".expected.json"))
    .filter((name) => readdirSync(HOSTILE).includes(expectedFileFor(name)))
    .sort();
}

/** The expectation written beside a hostile file (generated with the full rubric, reviewed by hand). */
export function expectationOf(name: string): Expectation {
  return JSON.parse(readFileSync(join(HOSTILE, expectedFileFor(name)), "utf8")) as Expectation;
}

const full = loadRubric("rubrics/initialization.yaml");

/**
 * The Initialization rubric cut to the structure and public-values tests of each function (the calls on the
 * course's example inputs, where the catalogue's costly acts trigger), with a lower per-call deadline, so that
 * a hostile submission that hangs costs one short deadline per function.
 */
export function shortRubric(deadlineMs: number): Rubric {
  const kept = full.tests.filter((test) => /\.(structure|values\.public)$/.test(test.id));
  return { ...full, deadlineMs, tests: kept };
}

/** The expected per-test results restricted to the tests a rubric has, and their total. */
export function expectedFor(name: string, rubric: Rubric): Pick<Expectation, "score" | "tests"> {
  const all = expectationOf(name).tests;
  const tests = Object.fromEntries(rubric.tests.map((test) => [test.id, all[test.id]]));
  const score = Object.values(tests).reduce((sum, test) => sum + test.score, 0);
  return { score, tests };
}

/** A hostile file copied to a fresh folder under a name carrying `marker`, so its staging folder (and with it
 * the sandbox marker in its processes' environment and its daemon's command line) is unique to one test. */
export function markedCopy(name: string, marker: string): string {
  const folder = mkdtempSync(join(tmpdir(), "nn-grader-hostile-copy-"));
  const ext = extname(name);
  const copy = join(folder, `${name.slice(0, -ext.length)}-${marker}${ext}`);
  copyFileSync(join(HOSTILE, name), copy);
  return copy;
}

/** Grades a file as `grader grade` would, under the name given. */
export function grade(
  file: string,
  rubric: Rubric,
  displayName: string,
  isolation?: RunnerIsolationLevel,
): Promise<GradeResult> {
  return gradeSubmission(file, {
    rubric,
    visibleOnly: false,
    displayName,
    ...(isolation === undefined ? {} : { isolation }),
  });
}
