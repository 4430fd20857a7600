// The JSON result: the grade as plain data, with totals derived at render time.
import { totals } from "../grade/score.js";
import type { GradeResult } from "../grade/types.js";

/** Version of the JSON result format; bump on an incompatible change. */
export const RESULT_FORMAT_VERSION = 1;

// Renders a grade result as pretty-printed JSON (stable key order, no timings unless recorded).
export function renderJson(result: GradeResult): string {
  const t = totals(result.tests);
  const doc = {
    format_version: RESULT_FORMAT_VERSION,
    submission: result.submission,
    language: result.language,
    rubric: result.rubric,
    isolation: result.isolation,
    score: t.score,
    max_score: t.maxScore,
    passed: t.passed,
    failed: t.failed,
    ...(result.infrastructureError === undefined ? {} : { infrastructure_error: result.infrastructureError }),
    ...(result.durationMs === undefined ? {} : { duration_ms: result.durationMs }),
    tests: result.tests.map((test) => ({
      id: test.id,
      name: test.name,
      function: test.function,
      kind: test.kind,
      visibility: test.visibility,
      status: test.status,
      score: test.score,
      max_score: test.maxScore,
      summary: test.summary,
      details: test.details,
      feedback: test.feedback,
      ...(test.diagnosis === undefined ? {} : { diagnosis: test.diagnosis }),
      ...(test.replay === undefined ? {} : { replay: test.replay }),
    })),
    output: result.output,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
