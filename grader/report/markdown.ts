// The Markdown report of one submission: totals, a table of tests, each failure explained, the output.
import type { GradeResult } from "../grade/types.js";
import { MARKDOWN_STATUS, markdownCodeBlock, markdownInline } from "./markdown-text.js";
import { NOTES_HEADING } from "./plain-text.js";
import { submissionReport } from "./submission-report.js";

// Renders a grade result as Markdown; student text is escaped inline or kept inside indented code blocks.
export function renderMarkdown(result: GradeResult): string {
  const report = submissionReport(result);
  const md = markdownInline;
  const out = [
    `# Grade report: ${md(report.submission)}`,
    "",
    md(report.about),
    "",
    `**Total: ${report.total}**`,
  ];
  if (report.infrastructureError !== undefined) {
    out.push(
      "",
      `> ⚠️ **Grading did not complete** (a problem in the grader, not in the submission): ${md(report.infrastructureError)}`,
    );
  }
  if (report.loadError !== undefined) {
    out.push("", "**The submission did not load, so no test could run.** Fix this first:", "");
    out.push(...markdownCodeBlock(report.loadError));
  }
  if (report.causes.length > 0) out.push("", "## What to fix");
  for (const cause of report.causes) {
    out.push("", `### ${md(cause.function)}`, "", ...cause.lines.map((l) => `- ${md(l)}`));
  }
  if (report.rows.length > 0) {
    out.push("", "| Test | Status | Points |", "| --- | --- | ---: |");
    for (const row of report.rows) {
      const shown = row.visibility ? ` (${md(row.visibility)})` : "";
      out.push(`| ${md(row.name)}${shown} | ${MARKDOWN_STATUS[row.status]} | ${row.points} |`);
    }
  }
  if (report.failures.length > 0) out.push("", "## Failures");
  for (const failure of report.failures) {
    out.push("", `### ${md(failure.name)}`, "", md(failure.summary));
    const details = markdownCodeBlock(failure.details);
    if (details.length > 0) out.push("", ...details);
    if (failure.diagnosis) out.push("", `**Likely mistake:** ${md(failure.diagnosis)}`);
    if (failure.feedback) out.push("", md(failure.feedback));
    if (failure.replay) out.push("", `To reproduce: ${md(failure.replay)}`);
  }
  if (report.notes.length > 0) {
    out.push(
      "",
      `## ${md(NOTES_HEADING)}`,
      "",
      ...report.notes.map((n) => `- ${md(n.replace(/^ *- /, ""))}`),
    );
  }
  if (report.outputs.length > 0) out.push("", "## Output");
  for (const output of report.outputs)
    out.push("", `${md(output.label)}:`, "", ...markdownCodeBlock(output.text));
  return `${out.join("\n")}\n`;
}
