// summary.md: the batch summary for people (a course page, a CI step summary). Pure: data → text.
import { markdownInline } from "../report/markdown-text.js";
import type { BatchSummary } from "./summary.js";

/** How many diagnosed mistakes the Markdown lists (summary.json has them all). */
export const TOP_MISTAKES = 10;
const BAR_WIDTH = 20;

// Renders summary.md.
export function renderSummaryMarkdown(s: BatchSummary): string {
  const lines = [
    `# Batch summary: ${markdownInline(s.rubric.title)}`,
    "",
    `- Students: ${s.students} (graded ${s.graded}, submission problems ${s.submission_problems}, infrastructure errors ${s.infrastructure_errors})`,
    `- Score: mean ${s.score.mean} of ${s.max_score} (${oneDecimal(s.percent.mean)}%), median ${s.score.median} (${oneDecimal(s.percent.median)}%), lowest ${s.score.min}, highest ${s.score.max}`,
    `- ${markdownInline(`Rubric: ${s.rubric.file} (sha256 ${s.rubric.sha256.slice(0, 12)}); grader ${s.grader}`)}`,
    "",
    "## Score distribution",
    "",
    "| Score | Students | |",
    "|---|---:|---|",
    ...distributionRows(s),
    "",
    "## Pass rate per test",
    "",
    "| Test | Passed | Failed | Pass rate |",
    "|---|---:|---:|---:|",
    ...s.tests.map(
      (t) => `| ${markdownInline(t.id)} | ${t.passed} | ${t.failed} | ${percent(t.pass_rate)} |`,
    ),
    "",
    "## Most frequent diagnosed mistakes",
    "",
    ...mistakeRows(s),
    ...listSection(
      "Infrastructure errors (not grades: run again with --resume)",
      s.infrastructure_error_students.map((e) => [e.student, e.message]),
    ),
    ...listSection(
      "Several candidate files (one graded, the others ignored)",
      s.ignored_files.map((f) => [f.student, `graded ${f.graded}; ignored ${f.ignored.join(", ")}`]),
    ),
    ...listSection(
      "Submission problems (graded as zero)",
      s.submission_problem_students.map((p) => [p.student, p.problem]),
    ),
  ];
  return `${lines.join("\n")}\n`;
}

function distributionRows(s: BatchSummary): string[] {
  const most = Math.max(1, ...s.distribution.map((b) => b.students));
  return s.distribution.map((b, i) => {
    const range = i === s.distribution.length - 1 ? `${b.from}–${b.to}%` : `${b.from}–<${b.to}%`;
    const bar = "█".repeat(Math.round((BAR_WIDTH * b.students) / most));
    return `| ${range} | ${b.students} | ${bar} |`;
  });
}

function mistakeRows(s: BatchSummary): string[] {
  if (s.mistakes.length === 0) return ["None diagnosed."];
  return [
    "| Mistake | Students |",
    "|---|---:|",
    ...s.mistakes
      .slice(0, TOP_MISTAKES)
      .map((m) => `| ${markdownInline(m.title)} (${markdownInline(m.id)}) | ${m.students} |`),
  ];
}

function listSection(title: string, items: readonly (readonly [string, string])[]): string[] {
  if (items.length === 0) return [];
  return [
    "",
    `## ${title}`,
    "",
    ...items.map(([who, what]) => `- ${markdownInline(who)}: ${markdownInline(what)}`),
  ];
}

function percent(rate: number): string {
  return `${oneDecimal(rate * 100)}%`;
}

function oneDecimal(x: number): number {
  return Math.round(x * 10) / 10;
}
