import { describe, expect, it } from "vitest";
import { ciExitCode, verdictOf } from "../../grader/ci/verdict.js";
import { CORRECT, INFRASTRUCTURE_ERROR, PARTIAL } from "../report/fixtures.js";

// PARTIAL scores 1 + 0 + 0.5 = 1.5 of 5 points (30%).
describe("verdictOf", () => {
  it("passes a submission at or above the minimum and fails one below it", () => {
    expect(verdictOf(PARTIAL, 0.3)).toMatchObject({ kind: "met", score: 1.5, maxScore: 5 });
    expect(verdictOf(PARTIAL, 0.31)).toMatchObject({ kind: "below", fraction: 0.3 });
    expect(verdictOf(CORRECT, 1).kind).toBe("met");
  });

  it("treats a grading that did not complete as not graded, whatever the minimum", () => {
    expect(verdictOf(INFRASTRUCTURE_ERROR, 0)).toEqual({
      kind: "not-graded",
      submission: INFRASTRUCTURE_ERROR.submission,
      reason: "python3 not found on PATH (spawn ENOENT)",
    });
  });

  it("does not fail a score equal to the minimum because of binary rounding", () => {
    const third = { ...PARTIAL, tests: [{ ...PARTIAL.tests[0], score: 1 / 3, maxScore: 1 }] };
    expect(verdictOf(third, 0.3333).kind).toBe("met");
    expect(verdictOf(third, 1 / 3).kind).toBe("met");
  });
});

describe("ciExitCode", () => {
  it("is 0 only when every submission met the minimum", () => {
    expect(ciExitCode([verdictOf(CORRECT, 1)])).toBe(0);
    expect(ciExitCode([verdictOf(CORRECT, 1), verdictOf(PARTIAL, 0.5)])).toBe(1);
    expect(ciExitCode([verdictOf(INFRASTRUCTURE_ERROR, 0)])).toBe(1);
  });
});
