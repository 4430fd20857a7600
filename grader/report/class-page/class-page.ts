// The class page (OUT/index.html): the batch at a glance — counts, score distribution, pass rate per
// test, diagnosed mistakes with who made them, and every student who timed out, crashed, did not load,
// had a submission problem or met an infrastructure error, each linked to their own page.
import { escapeHtml } from "../html-text.js";
import { figure, picturePage } from "../pictures/page.js";
import { distributionSvg, passRateSvg, type SummaryFigures } from "./class-charts.js";
import type { ClassData, ClassStudent, StudentNote } from "./class-data.js";

/** The summary numbers the page states, besides its charts. */
export interface ClassSummary extends SummaryFigures {
  readonly rubric: { readonly title: string };
  readonly graded: number;
  readonly submission_problems: number;
  readonly infrastructure_errors: number;
  readonly max_score: number;
  readonly score: { readonly mean: number; readonly median: number };
}

// The class page as HTML; the same batch always gives the same bytes.
export async function renderClassPage(summary: ClassSummary, data: ClassData): Promise<string> {
  const title = `Class report: ${escapeHtml(summary.rubric.title)}`;
  const body = [
    `<h1>${title}</h1>`,
    `<p>${summary.students} students: ${summary.graded} graded, ${summary.submission_problems} with a submission problem, ` +
      `${summary.infrastructure_errors} not graded (infrastructure error). Mean score ${summary.score.mean} and median ` +
      `${summary.score.median} of ${summary.max_score}.</p>`,
    '<section aria-labelledby="h-scores"><h2 id="h-scores">Scores and tests</h2><div class="figures">',
    figure(
      await distributionSvg(summary),
      "How many students fall in each band of 10% of the maximum score.",
    ),
    figure(
      await passRateSvg(summary),
      "The share of students passing each test (by test id); the label is passed / graded.",
    ),
    "</div></section>",
    mistakesSection(data),
    noteSection("timeouts", "Time-outs", "functions that ran out of time", data.timeouts),
    noteSection("crashes", "Crashes", "functions whose process died", data.crashes),
    noteSection("not-loaded", "Files that did not load", "the load error", data.notLoaded),
    noteSection(
      "submission-problems",
      "Submission problems",
      "why no single file was graded",
      data.submissionProblems,
    ),
    noteSection(
      "infrastructure",
      "Infrastructure errors",
      "not a grade: regrade these",
      data.infrastructureErrors,
    ),
    studentsSection(data.students),
  ];
  return picturePage(title, body);
}

function mistakesSection(data: ClassData): string {
  const rows = data.mistakes.map(
    (m) =>
      `<tr><th scope="row">${escapeHtml(m.title)} <code>${escapeHtml(m.id)}</code></th><td class="num">${m.students.length}</td>` +
      `<td>${m.students.map(link).join(", ")}</td></tr>`,
  );
  return section(
    "mistakes",
    "Diagnosed mistakes",
    rows.length === 0
      ? "<p>No failed test was matched to a known mistake.</p>"
      : table(["mistake", "students", "who"], rows, "Diagnosed mistakes, most frequent first"),
  );
}

function noteSection(id: string, heading: string, about: string, notes: readonly StudentNote[]): string {
  const rows = notes.map(
    (n) => `<tr><th scope="row">${link(n.student)}</th><td>${escapeHtml(n.note)}</td></tr>`,
  );
  const content = rows.length === 0 ? "<p>None.</p>" : table(["student", about], rows, heading);
  return section(id, `${heading} (${notes.length})`, content);
}

function studentsSection(students: readonly ClassStudent[]): string {
  const rows = students.map(
    (s) =>
      `<tr><th scope="row">${link(s)}</th><td class="num">${s.score === null ? "not graded" : `${s.score} / ${s.maxScore}`}</td></tr>`,
  );
  return section(
    "students",
    `Students (${students.length})`,
    table(["student", "score"], rows, "Every student"),
  );
}

function link(s: ClassStudent): string {
  return s.page === null
    ? escapeHtml(s.student)
    : `<a href="${escapeHtml(s.page)}">${escapeHtml(s.student)}</a>`;
}

function section(id: string, heading: string, content: string): string {
  return `<section aria-labelledby="h-${id}"><h2 id="h-${id}">${heading}</h2>${content}</section>`;
}

function table(headers: readonly string[], rows: readonly string[], caption: string): string {
  const head = headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
