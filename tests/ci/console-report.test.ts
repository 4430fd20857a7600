import { describe, expect, it } from "vitest";
import { annotationTargets } from "../../grader/ci/annotation-targets.js";
import { renderCiConsole } from "../../grader/ci/console-report.js";
import { verdictOf } from "../../grader/ci/verdict.js";
import type { GradeResult } from "../../grader/grade/types.js";
import { CORRECT, HOSTILE_NAME, HOSTILE_RESULT, INFRASTRUCTURE_ERROR, PARTIAL } from "../report/fixtures.js";
import { readAsRunner } from "./support/workflow-log.js";

const ALL: GradeResult[] = [CORRECT, PARTIAL, INFRASTRUCTURE_ERROR, HOSTILE_RESULT];

function render(results: readonly GradeResult[], minScore: number, token = () => "f".repeat(32)): string {
  return renderCiConsole(
    results,
    results.map((r) => verdictOf(r, minScore)),
    {
      minScore,
      rubricTitle: "Initialization",
      annotations: annotationTargets(process.cwd()),
      written: [["JUnit report", "nn-grader-junit.xml"]],
      nextToken: token,
    },
  );
}

describe("renderCiConsole", () => {
  it("lists each submission inside a stop-commands block and ends with a verdict of its own", () => {
    const lines = render([CORRECT, PARTIAL, INFRASTRUCTURE_ERROR], 0.8).trimEnd().split("\n");
    const open = lines.indexOf(`::stop-commands::${"f".repeat(32)}`);
    expect(lines.slice(open)).toEqual([
      `::stop-commands::${"f".repeat(32)}`,
      "nn-grader: Initialization; a submission passes with at least 80% of the points",
      "  PASS  submissions/python/correct.py: 5/5 points (100%)",
      "  FAIL  submissions/python/transposed-draw.py: 1.5/5 points (30%)",
      "  NOT GRADED  submissions/python/correct.py: a problem in the grader, not in the submission: python3 not found on PATH (spawn ENOENT)",
      "JUnit report: nn-grader-junit.xml",
      `::${"f".repeat(32)}::`,
      "nn-grader: failed: 1 of 3 submissions below 80% of the points; 1 not graded because the grader failed (not the submission); rerun the job",
    ]);
  });

  it("says passed when every submission reached the minimum", () => {
    expect(render([CORRECT], 1).trimEnd().split("\n").at(-1)).toBe(
      "nn-grader: passed: 1 submission reached 100% of the points",
    );
  });

  it("gives the runner only our annotations and block markers, whatever the submissions are called or say", () => {
    const log = render(ALL, 0.5, () => "0123456789abcdef0123456789abcdef");
    const view = readAsRunner(log);
    expect(new Set(view.commands.map((c) => c.command))).toEqual(
      new Set(["error", "warning", "stop-commands"]),
    );
    expect(view.commands.filter((c) => c.command === "stop-commands")).toHaveLength(1);
    expect(view.endsStopped).toBe(false);
    for (const line of log.trimEnd().split("\n")) {
      if (line.trim().startsWith("::"))
        expect(line).toMatch(/^::(error|warning) |^::stop-commands::[0-9a-f]{32}$|^::[0-9a-f]{32}::$/);
    }
    // The hostile name is listed, on one line, inside the block only.
    expect(view.ignored.some((line) => line.includes("::stop-commands::token,x:y"))).toBe(true);
    expect(view.ignored.every((line) => !line.includes("\r") && !line.includes("\u001b"))).toBe(true);
    expect(HOSTILE_NAME).toContain("\u001b");
  });
});
