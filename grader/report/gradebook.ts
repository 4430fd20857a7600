// The gradebook CSV: one row per student, one column per rubric test, safe to open in a spreadsheet.
import { stringify } from "csv-stringify/sync";
import { totals } from "../grade/score.js";
import type { GradeResult } from "../grade/types.js";
import { type CsvCell, csvText } from "./csv-cell.js";

/** One student's grading. */
export interface GradebookRow {
  readonly student: string;
  readonly result: GradeResult;
  /** Which of several candidate files in the student's folder was graded, and which were not. */
  readonly picked?: { readonly graded: string; readonly ignored: readonly string[] };
}

/** The `status` cell of a row that is a grade. */
export const GRADED = "graded";

// Renders the gradebook: header, then rows sorted by student id (code-unit order, locale-independent).
export function renderGradebook(rows: readonly GradebookRow[]): string {
  const sorted = [...rows].sort((a, b) => compare(a.student, b.student));
  const ids = testColumns(sorted.map((row) => row.result));
  const header = ["student", "total", "max_total", ...ids, "status"].map(csvText);
  const records: CsvCell[][] = sorted.map(({ student, result, picked }) => {
    const scores = new Map(result.tests.map((test) => [test.id, test.score]));
    const t = totals(result.tests);
    const failed = result.kind === "infrastructure-error";
    return [
      csvText(student),
      failed ? "" : t.score,
      failed ? "" : t.maxScore,
      ...ids.map((id) => scores.get(id) ?? ""),
      failed ? csvText(`infrastructure-error: ${result.infrastructureError}`) : gradedStatus(result, picked),
    ];
  });
  return stringify([header, ...records], { record_delimiter: "unix" });
}

// "graded", or "graded, not loaded: <reason>" for a zero because the submission never loaded; with several
// candidate files, which one was graded and which were ignored.
function gradedStatus(result: GradeResult, picked: GradebookRow["picked"]): CsvCell {
  const which = picked === undefined ? "" : ` ${picked.graded} (ignored ${picked.ignored.join(", ")})`;
  if (result.kind !== "not-loaded") return csvText(GRADED + which);
  return csvText(`${GRADED}${which}, not loaded: ${result.loadError.split("\n")[0]}`);
}

// Test ids in rubric order: the longest result's order, then any id only other results have.
function testColumns(results: readonly GradeResult[]): string[] {
  const longest = results.reduce<GradeResult | undefined>(
    (best, r) => (best === undefined || r.tests.length > best.tests.length ? r : best),
    undefined,
  );
  const ids = new Set(longest?.tests.map((test) => test.id) ?? []);
  for (const result of results) for (const test of result.tests) ids.add(test.id);
  return [...ids];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
