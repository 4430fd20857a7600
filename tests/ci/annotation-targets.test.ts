import { describe, expect, it } from "vitest";
import { annotationTargets, failureLine, repositoryPath } from "../../grader/ci/annotation-targets.js";
import type { TestResult } from "../../grader/grade/types.js";
import { renderAnnotations } from "../../grader/report/annotations.js";
import { PARTIAL } from "../report/fixtures.js";
import { parseCommand } from "../report/parse.js";

describe("repositoryPath", () => {
  it("gives the path relative to the repository root, with forward slashes", () => {
    expect(repositoryPath("/repo/work/a.py", "/repo")).toBe("work/a.py");
    expect(repositoryPath("work/a.py", process.cwd())).toBe("work/a.py");
  });

  it("gives no path for a file outside the repository", () => {
    expect(repositoryPath("/elsewhere/a.py", "/repo")).toBeUndefined();
    expect(repositoryPath("/repo", "/repo")).toBeUndefined();
  });
});

describe("failureLine", () => {
  it("has no line while the grade types carry none", () => {
    expect(failureLine(PARTIAL.tests[1])).toBeUndefined();
  });

  it("uses a test's line once results carry one, and only a positive integer", () => {
    const located: TestResult = Object.assign({}, PARTIAL.tests[1], { line: 26 });
    expect(failureLine(located)).toBe(26);
    expect(failureLine(Object.assign({}, PARTIAL.tests[1], { line: 0 }))).toBeUndefined();
    expect(failureLine(Object.assign({}, PARTIAL.tests[1], { line: "26" }))).toBeUndefined();
  });
});

describe("annotationTargets", () => {
  it("points each failure at the submission's repository path", () => {
    const text = renderAnnotations([PARTIAL], annotationTargets(process.cwd()));
    const files = text
      .trimEnd()
      .split("\n")
      .map((line) => parseCommand(line).properties.file);
    expect(files).toEqual([PARTIAL.submission, PARTIAL.submission]);
  });
});
