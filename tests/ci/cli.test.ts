// `grader ci` end to end with the built CLI: real gradings of example submissions, the threshold's exit
// status, the JUnit file read back, the log read as the Actions runner reads it, and a hostile submission.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ParsedSuite, parseJunit } from "../report/parse.js";
import { assertBuilt, grader } from "./support/run-grader.js";
import { readAsRunner } from "./support/workflow-log.js";

const CORRECT = "submissions/python/correct.py";
const INT_DTYPE = "submissions/python/mistakes/int_dtype.py";
const TOKEN_MARKER = /^::stop-commands::[0-9a-f]{32}$|^::[0-9a-f]{32}::$/;

// The expected score fraction, from the expectations file beside the submission.
function expectedFraction(submission: string): number {
  const expected = JSON.parse(readFileSync(submission.replace(/\.py$/, ".expected.json"), "utf8"));
  return expected.score / expected.max_score;
}

function scoreOf(suite: ParsedSuite): string | undefined {
  return suite.properties.property.find((p) => p.name === "score")?.value;
}

let out: string;
beforeAll(() => {
  assertBuilt(["grader/ci", "grader/cli/commands/ci.ts", "grader/report", "grader/grade"]);
  out = mkdtempSync(join(tmpdir(), "grader-ci-"));
});
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("grader ci", () => {
  it("passes (exit 0) when every submission reaches the minimum, writing JUnit and the step summary", () => {
    const fraction = expectedFraction(INT_DTYPE); // 34/38 ≈ 0.895
    expect(fraction).toBeGreaterThan(0.85);
    const junit = join(out, "reports", "pass.xml");
    const summary = join(out, "summary.md");
    writeFileSync(summary, "earlier step\n");
    const run = grader(["ci", CORRECT, INT_DTYPE, "--min-score", "85%", "--junit", junit], {
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);

    const doc = parseJunit(readFileSync(junit, "utf8"));
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s) => s.name)).toEqual([CORRECT, INT_DTYPE]);
    expect(suites.map(scoreOf)).toEqual(["38", "34"]);
    expect(suites[0].failures).toBe("0");
    expect(Number(suites[1].failures)).toBeGreaterThan(0);

    const text = readFileSync(summary, "utf8");
    expect(text.startsWith("earlier step\n## nn-grader results\n")).toBe(true);
    expect(text).toContain("2 submissions: 1 passed every test, 1 with failures, 0 not graded");

    const lines = run.stdout.trimEnd().split("\n");
    for (const line of lines.filter((l) => l.startsWith("::")))
      expect(line).toMatch(new RegExp(`^::(error|warning) |${TOKEN_MARKER.source}`));
    const view = readAsRunner(run.stdout);
    const errors = view.commands.filter((c) => c.command === "error");
    expect(errors.length).toBe(Number(suites[1].failures));
    for (const error of errors) expect(error.properties.file).toBe(INT_DTYPE);
    expect(view.ignored).toContain(`  PASS  ${INT_DTYPE}: 34/38 points (89.5%)`);
    expect(lines.at(-1)).toBe("nn-grader: passed: 2 submissions reached 85% of the points");
  });

  it("fails (exit 1) when a submission is below the minimum, the default being every point", () => {
    const junit = join(out, "fail.xml");
    const run = grader(["ci", INT_DTYPE, "--junit", junit]);
    expect(run.status).toBe(1);
    expect(readAsRunner(run.stdout).ignored).toContain(`  FAIL  ${INT_DTYPE}: 34/38 points (89.5%)`);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(
      "nn-grader: failed: 1 of 1 submission below 100% of the points",
    );
  });

  it("fails (exit 1) and says so plainly when the grader cannot grade, rather than passing", () => {
    const run = grader(["ci", CORRECT, "--min-score", "0", "--junit", join(out, "infra.xml")], {
      NN_GRADER_PYTHON: join(out, "no-such-python"),
    });
    expect(run.status).toBe(1);
    expect(readAsRunner(run.stdout).commands[0]).toMatchObject({
      command: "warning",
      properties: { file: CORRECT, title: `${CORRECT}: grading did not complete` },
    });
    expect(run.stdout).toContain("not graded because the grader failed (not the submission); rerun the job");
    const suite = parseJunit(readFileSync(join(out, "infra.xml"), "utf8")).testsuites.testsuite[0];
    expect(suite.errors).toBe("1");
  });

  it("refuses a bad --min-score as a usage error (exit 2) before grading anything", () => {
    const run = grader(["ci", CORRECT, "--min-score", "80"]);
    expect(run).toEqual({
      status: 2,
      stdout: "",
      stderr:
        'grader: --min-score: expected a fraction of the points from 0 to 1 (0.8) or a percentage (80%), got "80" (for a percentage write 80%)\n',
    });
  });
});

describe("grader ci with a hostile submission", () => {
  it("lets nothing the submission prints, raises or is called act as a workflow command", () => {
    const folder = mkdtempSync(join(out, "hostile-"));
    const file = join(folder, "::error::forged-name.py");
    // Printed while loading: in a decorator of a graded function, so that the grader's program slice runs it.
    const prelude = [
      "import sys",
      "def _prelude(function):",
      '    print("::error::forged")',
      '    print("::stop-commands::guess")',
      '    print("::guess::")',
      '    sys.stderr.write("::warning::forged-stderr\\n")',
      "    return function",
      "",
    ].join("\n");
    const broken = [
      "",
      "@_prelude",
      "def initialize_parameters_zeros(layers_dims):",
      '    print("::error::forged-in-call")',
      '    raise ValueError("boom\\n::error::forged-from-exception\\n::stop-commands::guess")',
      "",
    ].join("\n");
    writeFileSync(file, prelude + readFileSync(CORRECT, "utf8") + broken);
    const junit = join(folder, "junit.xml");
    const summary = join(folder, "summary.md");

    const run = grader(["ci", file, "--workspace", folder, "--junit", junit], {
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("");

    // The submission did print all of it: the JUnit report keeps it, as text.
    const suite = parseJunit(readFileSync(junit, "utf8")).testsuites.testsuite[0];
    expect(suite["system-out"]).toContain("::error::forged\n::stop-commands::guess");
    expect(suite["system-err"]).toContain("::warning::forged-stderr");

    // The runner sees only our annotations and our one block, which closes.
    const view = readAsRunner(run.stdout);
    expect(new Set(view.commands.map((c) => c.command))).toEqual(new Set(["error", "stop-commands"]));
    expect(view.commands.filter((c) => c.command === "stop-commands").map((c) => c.message)).toEqual([
      expect.stringMatching(/^[0-9a-f]{32}$/),
    ]);
    expect(view.endsStopped).toBe(false);
    for (const line of run.stdout.trimEnd().split("\n")) {
      if (line.trim().startsWith("::"))
        expect(line).toMatch(
          new RegExp(`^::error file=%3A%3Aerror%3A%3Aforged-name\\.py,|${TOKEN_MARKER.source}`),
        );
    }
    // Its name reaches the annotations as data, decoded back intact; in the message every "::" of the
    // exception is broken up as ":%3A", which the runner shows literally.
    const first = view.commands[0];
    expect(first.properties.file).toBe("::error::forged-name.py");
    expect(first.message).toContain("boom\n:%3Aerror:%3Aforged-from-exception\n:%3Astop-commands:%3Aguess");
    expect(readFileSync(summary, "utf8")).toContain("::error::forged-name.py");
  });
});
