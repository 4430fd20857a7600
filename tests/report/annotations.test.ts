import { describe, expect, it } from "vitest";
import type { GradeResult } from "../../grader/grade/types.js";
import { renderAnnotations } from "../../grader/report/annotations.js";
import { visibleText } from "../../grader/report/visible-text.js";
import { CORRECT, HOSTILE_NAME, HOSTILE_RESULT, INFRASTRUCTURE_ERROR, PARTIAL } from "./fixtures.js";
import { golden } from "./golden.js";
import { GOLDEN_CASES } from "./goldens.js";
import { parseCommand } from "./parse.js";

const ALL: GradeResult[] = [CORRECT, PARTIAL, INFRASTRUCTURE_ERROR, HOSTILE_RESULT];

function lines(text: string): string[] {
  return text.split("\n").filter((line, i, all) => !(i === all.length - 1 && line === ""));
}

describe("renderAnnotations", () => {
  it("writes the small case exactly as the golden file", () => {
    expect(GOLDEN_CASES["partial.annotations.txt"]()).toBe(golden("partial.annotations.txt"));
  });

  it("emits one ::error per failed test and one ::warning per infrastructure error, nothing for passes", () => {
    const commands = lines(renderAnnotations(ALL)).map(parseCommand);
    expect(commands.map((c) => c.command)).toEqual(["error", "error", "warning", "error"]);
    expect(renderAnnotations([CORRECT])).toBe("");
  });

  it("starts every line with a command of ours, even for hostile names, messages and output", () => {
    const text = renderAnnotations(ALL, { file: (r) => r.submission, location: () => ({ line: 7 }) });
    for (const line of lines(text)) expect(line).toMatch(/^::(error|warning) /);
    expect(text).not.toContain("\r");
    expect(text.match(/::/g)).toHaveLength(2 * lines(text).length);
  });

  it("lets hostile workflow-command text appear only escaped", () => {
    const text = renderAnnotations([HOSTILE_RESULT], { file: (r) => r.submission });
    expect(text).not.toContain("::stop-commands::");
    expect(text).not.toContain("::error::forged");
    expect(text).not.toContain("::warning::");
    expect(text).toContain(":%3Astop-commands:%3Atoken");
    expect(text).toContain("%3A%3Astop-commands%3A%3Atoken");
  });

  it("round-trips names and messages through the runner's unescaping", () => {
    const [command] = lines(renderAnnotations([HOSTILE_RESULT], { file: (r) => r.submission })).map(
      parseCommand,
    );
    expect(command.properties.file).toBe(visibleText(HOSTILE_NAME));
    expect(command.properties.title).toBe(
      visibleText(`${HOSTILE_NAME}: initialize_parameters_he: public values`),
    );
    expect(command.message).toContain("<script>alert(1)</script>");
    expect(command.message).toContain("%0A:%3Awarning:%3Apercent-encoded %25 %");
    expect(command.message).toContain("emoji 🧠🚀 non-BMP");
    expect(command.message.endsWith("0/2 points")).toBe(true);
  });

  it("never echoes what the submission printed", () => {
    const printed = { stdout: "PRINTED-ON-STDOUT", stderr: "PRINTED-ON-STDERR", truncated: false };
    const text = renderAnnotations([{ ...PARTIAL, output: printed }]);
    expect(text).not.toContain("PRINTED-ON");
  });

  it("points at a file and line only when asked, and only with a valid line", () => {
    const noFile = parseCommand(lines(renderAnnotations([PARTIAL], { location: () => ({ line: 3 }) }))[0]);
    expect(noFile.properties).toEqual({
      title: `${PARTIAL.submission}: initialize_parameters_he: public values`,
    });
    for (const line of [0, -1, 1.5, Number.NaN]) {
      const bad = parseCommand(
        lines(renderAnnotations([PARTIAL], { file: () => "a.py", location: () => ({ line }) }))[0],
      );
      expect(bad.properties.line).toBeUndefined();
    }
    const good = parseCommand(
      lines(renderAnnotations([PARTIAL], { file: () => "a.py", location: () => ({ line: 3 }) }))[0],
    );
    expect(good.properties).toMatchObject({ file: "a.py", line: "3" });
  });
});

describe("renderAnnotations for a file that did not load", () => {
  it("writes one error at the load error's line instead of one per failed test", () => {
    const failedTests = PARTIAL.tests.map((test) => ({
      ...test,
      status: "failed" as const,
      score: 0,
      line: 7,
    }));
    const result: GradeResult = {
      ...PARTIAL,
      kind: "not-loaded",
      tests: failedTests,
      loadError: "SyntaxError: invalid syntax (a.py, line 7)",
    };
    const out = lines(
      renderAnnotations([result], { file: () => "a.py", location: (_r, t) => ({ line: t.line }) }),
    );
    expect(out).toEqual([
      `::error file=a.py,line=7,title=${PARTIAL.submission.replace(/:/g, "%3A")}%3A the submission did not load::` +
        `SyntaxError: invalid syntax (a.py, line 7)%0AAll ${failedTests.length} tests failed until it loads.`,
    ]);
  });
});
