// Gradescope's results.json (docs/gradescope.md): one entry per rubric test, text output, the submission's output.
// Checked against schemas/gradescope-results.schema.json; execution_time (seconds) only when recorded.

import { callLanguage } from "../explain/call-text.js";
import { explainResult } from "../explain/explain.js";
import { roundNumbersInText } from "../explain/numbers.js";
import { totals } from "../grade/score.js";
import type { GradeResult, TestResult } from "../grade/types.js";
import { explainTest, noteLines, outputSection, resultHeadline } from "./plain-text.js";
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
  const language = callLanguage(result.language);
  const tests: GradescopeTest[] = result.tests.map((test, i) => ({
    name: test.name,
    number: String(i + 1),
    score: test.score,
    max_score: test.maxScore,
    status: test.status,
    output:
      result.kind === "not-loaded" && test.status === "failed"
        ? "Not run: the submission did not load (see the top of the results)."
        : explainTest(test, language).map(visibleText).join("\n"),
    output_format: "text",
    tags: [test.function, test.kind],
    visibility: test.visibility,
    extra_data: {
      id: test.id,
      ...(test.mistakes.length > 0 ? { mistakes: test.mistakes.map((m) => m.id) } : {}),
    },
  }));
  // Students see `output`: what the sandbox did not protect goes to extra_data only (instructors).
  const caveats = result.isolationCaveats ?? [];
  const header = ["Graded with nn-grader."];
  if (result.kind === "infrastructure-error") header.push(resultHeadline(result));
  if (result.kind === "not-loaded") header.push(resultHeadline(result), sanitizeText(result.loadError));
  // The per-function explanation from visible tests only: hidden tests' inputs stay out of `output`.
  if (result.kind === "graded") header.push(...visibleCauses(result));
  header.push(...noteLines(result.notes).map(visibleText));
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

// The root causes of failing functions, worded from the tests students may see.
function visibleCauses(result: GradeResult): string[] {
  const visible = { ...result, tests: result.tests.filter((t) => t.visibility === "visible") };
  return explainResult(visible).flatMap((story) =>
    story.causes.flatMap((c) =>
      [
        `${story.function}: ${c.what}${c.evidence === undefined ? "" : `: ${c.evidence}`}`,
        ...(c.fix === undefined ? [] : [`  Fix: ${c.fix}`]),
        ...(c.consequence === undefined ? [] : [`  Consequence: ${c.consequence}`]),
      ].map((l) => visibleText(sanitizeText(roundNumbersInText(l)))),
    ),
  );
}
