// Markdown for $GITHUB_STEP_SUMMARY: per submission a table of tests, the total and what failed.

import { roundNumbersInText } from "../explain/numbers.js";
import { totals } from "../grade/score.js";
import type { GradeResult } from "../grade/types.js";
import { MARKDOWN_STATUS, markdownInline } from "./markdown-text.js";
import { formatPoints } from "./terminal.js";

// Renders the step summary of a grading run; student text never renders as Markdown or HTML.
// A hidden test's row shows its name and status only unless `showHidden`.
export function renderStepSummary(
  results: readonly GradeResult[],
  options: { readonly showHidden?: boolean } = {},
): string {
  const out = ["## nn-grader results", "", headline(results)];
  for (const result of results) out.push("", ...submissionSection(result, options.showHidden === true));
  return `${out.join("\n")}\n`;
}

// "3 submissions: 1 passed every test, 1 with failures, 1 not graded".
function headline(results: readonly GradeResult[]): string {
  const notGraded = results.filter((r) => r.kind === "infrastructure-error").length;
  const withFailures = results.filter(
    (r) => r.kind !== "infrastructure-error" && r.tests.some((t) => t.status === "failed"),
  ).length;
  const allPassed = results.length - notGraded - withFailures;
  const plural = results.length === 1 ? "" : "s";
  return `${results.length} submission${plural}: ${allPassed} passed every test, ${withFailures} with failures, ${notGraded} not graded`;
}

function submissionSection(result: GradeResult, showHidden: boolean): string[] {
  const out = [`### ${markdownInline(result.submission)}`, ""];
  if (result.kind === "not-loaded") {
    out.push(
      `> **The submission did not load**, so no test could run: ${markdownInline(result.loadError.split("\n")[0])}`,
      "",
    );
  }
  if (result.kind === "infrastructure-error") {
    out.push(
      `> ⚠️ **Grading did not complete** (a problem in the grader, not in the submission): ${markdownInline(result.infrastructureError)}`,
      "",
    );
  }
  if (result.tests.length > 0) {
    out.push("| Test | Status | Points |", "| --- | --- | ---: |");
    for (const test of result.tests) {
      const points = `${formatPoints(test.score)}/${formatPoints(test.maxScore)}`;
      out.push(`| ${markdownInline(test.name)} | ${MARKDOWN_STATUS[test.status]} | ${points} |`);
    }
    out.push("");
  }
  const t = totals(result.tests);
  out.push(
    result.kind !== "infrastructure-error"
      ? `**Total: ${formatPoints(t.score)}/${formatPoints(t.maxScore)} points** (${t.passed} passed, ${t.failed} failed)`
      : "**No grade:** grading did not complete.",
  );
  // Hidden tests keep their inputs and evidence to themselves; a file that did not load is said above.
  const failed = result.tests.filter(
    (test) => test.status === "failed" && (showHidden || test.visibility === "visible"),
  );
  if (failed.length > 0 && result.kind === "graded") {
    out.push("", "Failures:", "");
    for (const test of failed)
      out.push(`- **${markdownInline(test.name)}**: ${markdownInline(roundNumbersInText(test.summary))}`);
  }
  return out;
}
