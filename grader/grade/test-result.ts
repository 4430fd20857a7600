// Builders of TestResult from a rubric test: the rubric's fields once, the finding on top.
import type { CheckResult } from "../checks/types.js";
import type { RubricTest } from "../rubric/types.js";
import type { TestResult } from "./types.js";

// The fields every result takes from its rubric test.
function fromRubric(test: RubricTest) {
  return {
    id: test.id,
    name: test.name,
    function: test.function,
    kind: test.kind,
    visibility: test.visibility,
    feedback: test.feedback,
  };
}

// A check's finding as a test result, with the student's error line when the failure came from one.
export function checkedTestResult(
  test: RubricTest,
  check: CheckResult,
  line: number | undefined,
): TestResult {
  return {
    ...fromRubric(test),
    ...check,
    ...(check.status === "failed" && line !== undefined ? { line } : {}),
  };
}

// A zero for a test that could not be judged, with the reason as its summary.
export function failedTestResult(
  test: RubricTest,
  summary: string,
  details: readonly string[] = [],
): TestResult {
  return {
    ...fromRubric(test),
    status: "failed",
    score: 0,
    maxScore: test.points,
    summary,
    details,
    mistakes: [],
  };
}
