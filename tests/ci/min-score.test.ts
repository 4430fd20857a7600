import { describe, expect, it } from "vitest";
import { formatPercent, parseMinScore } from "../../grader/ci/min-score.js";
import { UsageError } from "../../grader/cli/usage-error.js";

describe("parseMinScore", () => {
  it.each([
    ["0.8", 0.8],
    ["1", 1],
    ["0", 0],
    [".5", 0.5],
    ["80%", 0.8],
    ["87.5%", 0.875],
    ["100%", 1],
    ["0%", 0],
    [" 75% ", 0.75],
  ])("reads %j as the fraction %d", (text, fraction) => {
    expect(parseMinScore(text)).toBeCloseTo(fraction, 15);
  });

  it.each([
    ["80", 'got "80" (for a percentage write 80%)'],
    ["101%", 'got "101%" (a percentage may not exceed 100%)'],
    ["-0.5", 'got "-0.5"'],
    ["abc", 'got "abc"'],
    ["0.8x", 'got "0.8x"'],
    ["%", 'got "%"'],
  ])("refuses %j as a usage error naming the option and the expected form", (text, ending) => {
    expect(() => parseMinScore(text)).toThrow(UsageError);
    expect(() => parseMinScore(text)).toThrow(
      `--min-score: expected a fraction of the points from 0 to 1 (0.8) or a percentage (80%), ${ending}`,
    );
  });
});

describe("formatPercent", () => {
  it("shows a fraction as a percentage with at most one decimal", () => {
    expect([1, 0.8, 0.875, 34 / 38, 0].map(formatPercent)).toEqual(["100%", "80%", "87.5%", "89.5%", "0%"]);
  });
});
