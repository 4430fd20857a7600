import { describe, expect, it } from "vitest";
import { renderStepSummary } from "../../grader/report/step-summary.js";
import { CORRECT, HOSTILE_RESULT, INFRASTRUCTURE_ERROR, PARTIAL } from "./fixtures.js";
import { golden } from "./golden.js";
import { GOLDEN_CASES } from "./goldens.js";

// Splits a Markdown table row at the pipes GFM treats as cell boundaries (not the escaped ones).
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1);
}

describe("renderStepSummary", () => {
  it("writes the small case exactly as the golden file", () => {
    expect(GOLDEN_CASES["step-summary.md"]()).toBe(golden("step-summary.md"));
  });

  it("keeps every table row at three cells when names and summaries hold pipes and newlines", () => {
    const text = renderStepSummary([HOSTILE_RESULT, PARTIAL]);
    const rows = text.split("\n").filter((line) => line.startsWith("|"));
    expect(rows.length).toBe(2 * 2 + HOSTILE_RESULT.tests.length + PARTIAL.tests.length);
    for (const row of rows) expect(cells(row)).toHaveLength(3);
  });

  it("lets no student text start a line or become markup", () => {
    const text = renderStepSummary([HOSTILE_RESULT]);
    for (const line of text.split("\n")) {
      expect(line).toMatch(/^(|## |### |\| |> |\*\*|- \*\*|Failures:|1 submission)/);
      expect(line.trimStart().startsWith("::")).toBe(false);
    }
    expect(text).not.toMatch(/<(?!br>)/);
    expect(text).toContain("&lt;script&gt;");
    expect(text).toContain("\\=cmd\\|");
    expect(text).toContain("\\`backtick\\`");
    expect(text).toContain("&amp;amp;");
  });

  it("says that a submission was not graded instead of giving it a total", () => {
    const text = renderStepSummary([INFRASTRUCTURE_ERROR]);
    expect(text).toContain("**No grade:** grading did not complete.");
    expect(text).not.toContain("**Total:");
    expect(text).toContain("1 submission: 0 passed every test, 0 with failures, 1 not graded");
  });

  it("counts submissions by outcome", () => {
    expect(renderStepSummary([CORRECT, PARTIAL, INFRASTRUCTURE_ERROR])).toContain(
      "3 submissions: 1 passed every test, 1 with failures, 1 not graded",
    );
  });
});
