// Totals derived from test results: the one place where scores are added up.
import type { TestResult } from "./types.js";

/** Sum of scores and of maximum scores, rounded to remove binary noise from fractional points. */
export interface Totals {
  readonly score: number;
  readonly maxScore: number;
  readonly passed: number;
  readonly failed: number;
}

/** Adds up a list of test results. */
export function totals(tests: readonly TestResult[]): Totals {
  let score = 0;
  let maxScore = 0;
  let passed = 0;
  for (const t of tests) {
    score += t.score;
    maxScore += t.maxScore;
    if (t.status === "passed") passed++;
  }
  return {
    score: roundPoints(score),
    maxScore: roundPoints(maxScore),
    passed,
    failed: tests.length - passed,
  };
}

/** Rounds points to 4 decimals (partial credit like 2/3 of a point stays readable and stable). */
export function roundPoints(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
