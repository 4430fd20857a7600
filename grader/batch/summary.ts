// The batch summary as plain data: score distribution, mean and median, pass rate per test, the most
// frequent diagnosed mistakes, and who could not be graded. Rendered to summary.json and summary.md.
import { roundPoints, totals } from "../grade/score.js";
import type { GradeResult } from "../grade/types.js";
import type { BatchIdentity, RubricInfo, StudentOutcome } from "./outcome.js";

/** Version of summary.json. */
export const SUMMARY_VERSION = 1;
/** Width of a score-distribution bin, in percent of the maximum score. */
export const BIN_PERCENT = 10;

/** summary.json, field for field. Averages are over grades (submission problems count as zeros). */
export interface BatchSummary {
  readonly format_version: typeof SUMMARY_VERSION;
  readonly rubric: RubricInfo;
  readonly grader: string;
  readonly students: number;
  readonly graded: number;
  readonly submission_problems: number;
  readonly infrastructure_errors: number;
  readonly max_score: number;
  readonly score: {
    readonly mean: number;
    readonly median: number;
    readonly min: number;
    readonly max: number;
  };
  readonly percent: { readonly mean: number; readonly median: number };
  /** Students per bin [from, to) of the percentage; the last bin includes 100. */
  readonly distribution: readonly { readonly from: number; readonly to: number; readonly students: number }[];
  readonly tests: readonly {
    readonly id: string;
    readonly name: string;
    readonly passed: number;
    readonly failed: number;
    readonly pass_rate: number;
  }[];
  /** Diagnosis ids named by failed tests, by number of students (a student counts once per mistake). */
  readonly mistakes: readonly { readonly id: string; readonly title: string; readonly students: number }[];
  readonly infrastructure_error_students: readonly { readonly student: string; readonly message: string }[];
  readonly submission_problem_students: readonly { readonly student: string; readonly problem: string }[];
  /** Students whose folder held several candidate files: the one graded and the ones ignored. */
  readonly ignored_files: readonly {
    readonly student: string;
    readonly graded: string;
    readonly ignored: readonly string[];
  }[];
}

// Computes the summary of outcomes sorted by student id.
export function summarize(identity: BatchIdentity, outcomes: readonly StudentOutcome[]): BatchSummary {
  const grades = outcomes.flatMap((o) => (o.status === "infrastructure-error" ? [] : [o.result]));
  const scored = grades.map((r) => totals(r.tests));
  const scores = scored.map((t) => t.score);
  const percents = scored.map((t) => (t.maxScore > 0 ? (100 * t.score) / t.maxScore : 0));
  return {
    format_version: SUMMARY_VERSION,
    rubric: identity.rubric,
    grader: identity.grader,
    students: outcomes.length,
    graded: outcomes.filter((o) => o.status === "graded").length,
    submission_problems: outcomes.filter((o) => o.status === "submission-problem").length,
    infrastructure_errors: outcomes.filter((o) => o.status === "infrastructure-error").length,
    max_score: scored.reduce((m, t) => Math.max(m, t.maxScore), 0),
    score: {
      mean: roundPoints(mean(scores)),
      median: roundPoints(median(scores)),
      min: scores.length === 0 ? 0 : Math.min(...scores),
      max: scores.length === 0 ? 0 : Math.max(...scores),
    },
    percent: { mean: roundPoints(mean(percents)), median: roundPoints(median(percents)) },
    distribution: histogram(percents),
    tests: passRates(grades),
    mistakes: mistakes(grades),
    infrastructure_error_students: outcomes.flatMap((o) =>
      o.status === "infrastructure-error" ? [{ student: o.student, message: o.message }] : [],
    ),
    submission_problem_students: outcomes.flatMap((o) =>
      o.status === "submission-problem" ? [{ student: o.student, problem: o.problem }] : [],
    ),
    ignored_files: outcomes.flatMap((o) =>
      o.status === "graded" && o.ignored !== undefined
        ? [{ student: o.student, graded: o.submission, ignored: o.ignored }]
        : [],
    ),
  };
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function histogram(percents: readonly number[]): BatchSummary["distribution"] {
  const bins = 100 / BIN_PERCENT;
  const counts = new Array<number>(bins).fill(0);
  for (const p of percents) counts[Math.min(bins - 1, Math.max(0, Math.floor(p / BIN_PERCENT)))]++;
  return counts.map((students, i) => ({ from: i * BIN_PERCENT, to: (i + 1) * BIN_PERCENT, students }));
}

// Tests in rubric order (the longest result's order, then ids only other results have).
function passRates(grades: readonly GradeResult[]): BatchSummary["tests"] {
  const byId = new Map<string, { name: string; passed: number; failed: number }>();
  const longest = [...grades].sort((a, b) => b.tests.length - a.tests.length)[0];
  for (const test of longest?.tests ?? []) byId.set(test.id, { name: test.name, passed: 0, failed: 0 });
  for (const result of grades) {
    for (const test of result.tests) {
      const entry = byId.get(test.id) ?? { name: test.name, passed: 0, failed: 0 };
      if (test.status === "passed") entry.passed++;
      else entry.failed++;
      byId.set(test.id, entry);
    }
  }
  return [...byId].map(([id, { name, passed, failed }]) => ({
    id,
    name,
    passed,
    failed,
    pass_rate: roundPoints(passed / Math.max(1, passed + failed)),
  }));
}

function mistakes(grades: readonly GradeResult[]): BatchSummary["mistakes"] {
  const found = new Map<string, { title: string; students: number }>();
  for (const result of grades) {
    const named = new Map<string, string>();
    for (const test of result.tests)
      if (test.status === "failed") for (const m of test.mistakes) named.set(m.id, m.title);
    for (const [id, title] of named) {
      const entry = found.get(id) ?? { title, students: 0 };
      entry.students++;
      found.set(id, entry);
    }
  }
  return [...found]
    .map(([id, { title, students }]) => ({ id, title, students }))
    .sort((a, b) => b.students - a.students || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
