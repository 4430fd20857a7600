// What each audience may see: hidden tests show name and status only in CI reports unless asked for;
// Gradescope's student-visible output leaves the sandbox's gaps to instructors; the grader's notes apart.
import { describe, expect, it } from "vitest";
import { renderAnnotations } from "../../grader/report/annotations.js";
import { renderGradescope } from "../../grader/report/gradescope.js";
import { renderJunit } from "../../grader/report/junit.js";
import { renderStepSummary } from "../../grader/report/step-summary.js";
import { renderTerminal } from "../../grader/report/terminal.js";
import { NOT_LOADED, PARTIAL } from "./fixtures.js";

// The hidden test of PARTIAL: its summary and replay data must stay out of student-facing CI output.
const HIDDEN_EVIDENCE = ["1 of 4 hidden inputs match", "[3, 1]", "seed 42"];

describe("hidden tests in CI reports", () => {
  it("annotations name a failed hidden test and its points, nothing else, unless --show-hidden", () => {
    const text = renderAnnotations([PARTIAL]);
    for (const e of HIDDEN_EVIDENCE) expect(text).not.toContain(e);
    expect(text).toContain("initialize_parameters_he%3A hidden values::hidden test failed%0A0.5/2 points");
    expect(renderAnnotations([PARTIAL], { showHidden: true })).toContain("1 of 4 hidden inputs match");
  });

  it("the step summary lists a hidden test's row but not its evidence, unless --show-hidden", () => {
    const text = renderStepSummary([PARTIAL]);
    expect(text).toContain("| initialize\\_parameters\\_he: hidden values | ❌ failed | 0.5/2 |");
    for (const e of HIDDEN_EVIDENCE) expect(text).not.toContain(e);
    expect(renderStepSummary([PARTIAL], { showHidden: true })).toContain("1 of 4 hidden inputs match");
  });

  it("JUnit keeps a hidden test's name and failure but not its evidence, unless --show-hidden", () => {
    const xml = renderJunit([PARTIAL]);
    expect(xml).toContain('message="hidden test failed"');
    for (const e of HIDDEN_EVIDENCE) expect(xml).not.toContain(e);
    expect(renderJunit([PARTIAL], { showHidden: true })).toContain("1 of 4 hidden inputs match");
  });
});

describe("Gradescope's student-visible output", () => {
  it("does not describe the sandbox's gaps: they go to extra_data, for instructors", () => {
    const caveat = "network not isolated (no user namespaces)";
    const doc = JSON.parse(renderGradescope({ ...PARTIAL, isolationCaveats: [caveat] }));
    expect(doc.output).not.toContain(caveat);
    expect(doc.output).not.toContain("isolation");
    expect(doc.extra_data.isolation_caveats).toEqual([caveat]);
  });
});

describe("a submission that did not load", () => {
  it("is said once, and the grader's notes are listed apart from what the code printed", () => {
    const text = renderTerminal(NOT_LOADED, { color: false, heading: "grader check" });
    expect(text.split("SyntaxError")).toHaveLength(2);
    expect(text).toContain(
      "Notes from the grader (what it did to run your file; not printed by your code):\n" +
        "  - cell 2, line 3: ModuleNotFoundError: No module named 'sklearn'; using it will fail",
    );
    expect(text).not.toContain("Your code printed on stderr");
    const junit = renderJunit([NOT_LOADED]);
    expect(junit.split("SyntaxError: invalid syntax (line 3)").length - 1).toBe(2); // message and text, once
  });
});
