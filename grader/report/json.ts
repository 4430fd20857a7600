// The JSON result: the grade as plain data, with totals derived at render time.
// Published as schemas/result.schema.json: fields are picked one by one so nothing else leaks in.
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
    rubric: { file: result.rubric.file, assignment: result.rubric.assignment, title: result.rubric.title },
    isolation: result.isolation,
    ...(result.isolationCaveats === undefined || result.isolationCaveats.length === 0
      ? {}
      : { isolation_caveats: [...result.isolationCaveats] }),
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
      ...(test.diagnosis === undefined
        ? {}
        : { diagnosis: { id: test.diagnosis.id, title: test.diagnosis.title, fix: test.diagnosis.fix } }),
      ...(test.replay === undefined ? {} : { replay: test.replay }),
      ...(test.line === undefined ? {} : { line: test.line }),
    })),
    output: {
      stdout: result.output.stdout,
      stderr: result.output.stderr,
      truncated: result.output.truncated,
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
