// Grades every example submission end to end (real Python, real notebooks, real Node) and compares with
// the expectations beside each file: per-test status and score, and the hand-written intent.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gradeSubmission } from "../../grader/grade/grade-submission.js";
import { renderTerminal } from "../../grader/report/terminal.js";
import { loadRubric } from "../../grader/rubric/load.js";
import {
  feedbackGolden,
  feedbackGoldenPath,
  machineIndependent,
  withLineCount,
} from "../feedback/golden-text.js";
import { type Expectation, exampleSubmissions, expectationOf, expectedFileFor } from "./expectations.js";

const rubric = loadRubric("rubrics/initialization.yaml");
const files = exampleSubmissions("submissions");

describe("example submissions", () => {
  it("include every kind the catalogue names", () => {
    expect(files.length).toBeGreaterThanOrEqual(33);
  });

  it.each(files)("%s gets exactly its expected results", { timeout: 180_000 }, async (file) => {
    const expected = JSON.parse(readFileSync(expectedFileFor(file), "utf8")) as Expectation;
    const result = await gradeSubmission(file, { rubric, visibleOnly: false, displayName: file });
    const { intent } = expected;
    expect(expectationOf(result)).toEqual({
      score: expected.score,
      max_score: expected.max_score,
      tests: expected.tests,
    });
    expect(result.kind).not.toBe("infrastructure-error");

    const failed = result.tests.filter((t) => t.status === "failed");
    if (intent.allFail) expect(failed.length).toBe(result.tests.length);
    else if (intent.function === undefined) expect(failed.map((t) => t.id)).toEqual([]);
    else {
      // Only the intended function loses points; every other function keeps full marks.
      expect(new Set(failed.map((t) => t.function))).toEqual(new Set([intent.function]));
    }
    if (intent.diagnosis !== undefined) {
      const named = failed.flatMap((t) => t.mistakes.map((m) => m.id));
      expect(named).toContain(intent.diagnosis);
    }
    if (intent.message !== undefined) {
      expect(renderTerminal(result, { color: false, heading: "grade" })).toContain(intent.message);
    }
    // The exact text `grader grade` prints, kept as a golden file that states its line count.
    const rendered = renderTerminal(result, { color: false, heading: "grader grade" });
    const text = machineIndependent(rendered, file.startsWith("submissions/hostile/"));
    expect(withLineCount(text)).toBe(feedbackGolden(feedbackGoldenPath(file, "grade"), withLineCount(text)));
  });
});
