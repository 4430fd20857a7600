// The grade of a student whose folder holds no single submission to run: every test failed, with the
// reason. It is the student's failure (data), so it is a zero with a reason, not an error.
import { failedTestResult } from "../grade/test-result.js";
import type { GradeResult } from "../grade/types.js";
import type { Rubric } from "../rubric/types.js";

// Builds the result for student `id` whose submission could not be picked because of `problem`.
export function submissionProblemResult(rubric: Rubric, id: string, problem: string): GradeResult {
  const summary = `no submission could be graded: ${problem}`;
  return {
    kind: "not-loaded",
    submission: id,
    language: "unknown",
    loadError: problem,
    notes: [],
    rubric: { file: rubric.file, assignment: rubric.assignment, title: rubric.title },
    isolation: "none",
    tests: rubric.tests.map((test) => failedTestResult(test, summary)),
    output: { stdout: "", stderr: "", truncated: false },
  };
}
