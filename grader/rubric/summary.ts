// Counts that describe a rubric in one line: tests, total points, visible tests.
import type { Rubric } from "./types.js";

/** How big a rubric is, as `grader rubric validate` reports it. */
export interface RubricSummary {
  readonly tests: number;
  readonly points: number;
  readonly visible: number;
}

// Counts a rubric's tests, points and visible tests.
export function summarise(rubric: Rubric): RubricSummary {
  return {
    tests: rubric.tests.length,
    points: rubric.tests.reduce((sum, test) => sum + test.points, 0),
    visible: rubric.tests.filter((test) => test.visibility === "visible").length,
  };
}

// Renders a summary as `23 tests, 38 points, 12 visible` (points rounded to 3 decimals).
export function formatSummary(summary: RubricSummary): string {
  const points = Math.round(summary.points * 1000) / 1000;
  return `${count(summary.tests, "test")}, ${count(points, "point")}, ${summary.visible} visible`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
