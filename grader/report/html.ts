// The HTML report of one submission: a complete standalone page, every piece of text escaped.
import type { GradeResult } from "../grade/types.js";
import { htmlPage } from "./html-page.js";
import { escapeHtml, htmlInline } from "./html-text.js";
import { NOTES_HEADING } from "./plain-text.js";
import { submissionReport } from "./submission-report.js";

const STATUS = { passed: "✓ passed", failed: "✗ failed" } as const;

// Renders a grade result as an HTML page with no scripts, no event handlers and a strict CSP.
export function renderHtml(result: GradeResult): string {
  const report = submissionReport(result);
  const body = [
    `<h1>Grade report: ${htmlInline(report.submission)}</h1>`,
    `<p>${htmlInline(report.about)}</p>`,
    `<p><strong>Total: ${htmlInline(report.total)}</strong></p>`,
  ];
  if (report.infrastructureError !== undefined) {
    body.push(
      `<p class="notice"><strong>Grading did not complete</strong> (a problem in the grader, not in the submission): ${htmlInline(report.infrastructureError)}</p>`,
    );
  }
  if (report.loadError !== undefined) {
    body.push(
      "<p><strong>The submission did not load, so no test could run.</strong> Fix this first:</p>",
      `<pre>\n${escapeHtml(report.loadError)}</pre>`,
    );
  }
  if (report.causes.length > 0) body.push("<h2>What to fix</h2>");
  for (const cause of report.causes) {
    body.push(`<h3>${htmlInline(cause.function)}</h3>`, "<ul>");
    for (const line of cause.lines) body.push(`<li>${htmlInline(line)}</li>`);
    body.push("</ul>");
  }
  if (report.rows.length > 0) {
    body.push("<table>", "<thead><tr><th>Test</th><th>Status</th><th>Points</th></tr></thead>", "<tbody>");
    for (const row of report.rows) {
      const shown = row.visibility ? ` <span class="visibility">(${escapeHtml(row.visibility)})</span>` : "";
      body.push(
        `<tr><td>${htmlInline(row.name)}${shown}</td><td class="${row.status}">${STATUS[row.status]}</td><td class="points">${row.points}</td></tr>`,
      );
    }
    body.push("</tbody>", "</table>");
  }
  if (report.failures.length > 0) body.push("<h2>Failures</h2>");
  for (const failure of report.failures) {
    body.push("<section>", `<h3>${htmlInline(failure.name)}</h3>`, `<p>${htmlInline(failure.summary)}</p>`);
    if (failure.details) body.push(`<pre>\n${escapeHtml(failure.details)}</pre>`);
    if (failure.diagnosis)
      body.push(`<p><strong>Likely mistake:</strong> ${htmlInline(failure.diagnosis)}</p>`);
    if (failure.feedback) body.push(`<p>${htmlInline(failure.feedback)}</p>`);
    if (failure.replay) body.push(`<p>To reproduce: <code>${escapeHtml(failure.replay)}</code></p>`);
    body.push("</section>");
  }
  if (report.notes.length > 0) {
    body.push(`<h2>${escapeHtml(NOTES_HEADING)}</h2>`, "<ul>");
    for (const note of report.notes) body.push(`<li>${htmlInline(note.replace(/^ *- /, ""))}</li>`);
    body.push("</ul>");
  }
  if (report.outputs.length > 0) body.push("<h2>Output</h2>");
  for (const output of report.outputs) {
    body.push(`<p>${escapeHtml(output.label)}:</p>`, `<pre>\n${escapeHtml(output.text)}</pre>`);
  }
  return htmlPage(`Grade report: ${escapeHtml(report.submission)}`, body);
}
