// The expected results stored beside each example submission, and how a grade result is reduced to them.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { totals } from "../../grader/grade/score.js";
import type { GradeResult } from "../../grader/grade/types.js";

/** What a submission is meant to show, written by hand. */
export interface Intent {
  /** The one graded function that is wrong (absent: every function is right, or the whole file fails). */
  readonly function?: string;
  /** The catalogued mistake the feedback must name. */
  readonly diagnosis?: string;
  /** Every test fails, e.g. a file that cannot load. */
  readonly allFail?: boolean;
  /** A sentence the report must contain (e.g. the load error). */
  readonly message?: string;
}

/** The file beside a submission: intent plus the per-test results. */
export interface Expectation {
  readonly intent: Intent;
  readonly score: number;
  readonly max_score: number;
  readonly tests: Readonly<Record<string, { readonly status: "passed" | "failed"; readonly score: number }>>;
}

// submissions/python/correct.py → submissions/python/correct.expected.json
export function expectedFileFor(submission: string): string {
  return submission.replace(/\.[^./]+$/, ".expected.json");
}

// The parts of a grade result an expectation pins: totals and each test's status and score.
export function expectationOf(result: GradeResult): Omit<Expectation, "intent"> {
  const t = totals(result.tests);
  const tests: Record<string, { status: "passed" | "failed"; score: number }> = {};
  for (const test of result.tests) tests[test.id] = { status: test.status, score: test.score };
  return { score: t.score, max_score: t.maxScore, tests };
}

// Every example submission that has an expectation file beside it, in sorted order.
export function exampleSubmissions(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.name.endsWith(".expected.json") && existsSync(expectedFileFor(path))) out.push(path);
    }
  };
  walk(root);
  return out;
}
