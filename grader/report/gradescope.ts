// Gradescope's results.json (DESIGN §4): one entry per rubric test, text output, the submission's output.
// Checked against schemas/gradescope-results.schema.json; execution_time (seconds) only when recorded.
import { totals } from "../grade/score.js";
import type { GradeResult, TestResult } from "../grade/types.js";
import { explainTest, outputSection } from "./plain-text.js";
import { sanitizeText } from "./sanitize.js";
import { visibleText } from "./visible-text.js";

/** A test entry as Gradescope reads it. */
interface GradescopeTest {
  name: string;
  number: string;
  score: number;
  max_score: number;
  status: "passed" | "failed";
  output: string;
  output_format: "text";
  tags: string[];
  visibility: TestResult["visibility"];
  extra_data: Record<string, unknown>;
}

// Renders a grade result as Gradescope's results.json.
export function renderGradescope(result: GradeResult): string {
  const t = totals(result.tests);
  const tests: GradescopeTest[] = result.tests.map((test, i) => ({
    name: test.name,
    number: String(i + 1),
    score: test.score,
    max_score: test.maxScore,
    status: test.status,
    output: explainTest(test).map(visibleText).join("\n"),
    output_format: "text",
    tags: [test.function, test.kind],
    visibility: test.visibility,
    extra_data: { id: test.id, ...(test.diagnosis ? { diagnosis: test.diagnosis.id } : {}) },
  }));
  const caveats = result.isolationCaveats ?? [];
  const header = [`Graded with nn-grader (isolation: ${result.isolation}).`];
  if (caveats.length > 0) header.push(`Not isolated in this run: ${caveats.join("; ")}.`);
  if (result.infrastructureError)
    header.push(`Grading did not complete: ${sanitizeText(result.infrastructureError)}`);
  const doc = {
    score: t.score,
    ...(result.durationMs === undefined ? {} : { execution_time: Math.round(result.durationMs) / 1000 }),
    output: [...header, ...outputSection(result.output).map(visibleText)].join("\n"),
    output_format: "text",
    visibility: "visible",
    stdout_visibility: "visible",
    tests,
    extra_data: {
      isolation: result.isolation,
      ...(caveats.length > 0 ? { isolation_caveats: [...caveats] } : {}),
      language: result.language,
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
