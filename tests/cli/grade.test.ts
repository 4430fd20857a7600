import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

describe("grader check", () => {
  it("runs only the visible tests, one line per function, the hidden tests' count and the total — no colour off a terminal", async () => {
    const run = await runCli(["check", "submissions/python/correct.py"]);
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("grader check: submissions/python/correct.py");
    expect(lines.filter((l) => l.startsWith("✓ "))).toEqual([
      "✓ initialize_parameters_zeros  6/6 points",
      "✓ initialize_parameters_random  6/6 points",
      "✓ initialize_parameters_he  6/6 points",
    ]);
    expect(run.stdout).not.toContain("further layer sizes");
    expect(run.stdout).not.toContain("\u001b[");
    expect(lines.slice(-2)).toEqual([
      "11 hidden tests, 20 points, run at grading.",
      "Total: 18/18 points (12 passed, 0 failed)",
    ]);
  });

  it("names the student's mistake once under the failing function, and --details adds the evidence", async () => {
    const run = await runCli(["check", "submissions/python/mistakes/fan_out.py"]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("✗ initialize_parameters_he  2/6 points");
    expect(run.stdout).toContain(
      "    Fan-out instead of fan-in: W1 matches np.random.randn(4, 2) * sqrt(2/4)",
    );
    expect(run.stdout).toContain(
      "    ✗ values for the course's example input  0/2: explained by the mistake above",
    );
    expect(run.stdout).not.toContain("worst element");
    const detailed = await runCli(["check", "--details", "submissions/python/mistakes/fan_out.py"]);
    expect(detailed.stdout).toContain("worst element: W1[");
    expect(detailed.stdout).toContain("cost by iteration: 0: ");
  });
});

describe("grader grade", () => {
  it("prints a Gradescope results.json that validates against the schema written from Gradescope's spec", async () => {
    const run = await runCli(["grade", "submissions/python/mistakes/fan_out.py", "--format", "gradescope"]);
    expect(run.exitCode).toBe(0);
    const doc = JSON.parse(run.stdout);
    const schema = JSON.parse(readFileSync("schemas/gradescope-results.schema.json", "utf8"));
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
    expect(validate.errors ?? validate(doc)).toBe(true);
    const expected = JSON.parse(readFileSync("submissions/python/mistakes/fan_out.expected.json", "utf8"));
    expect(doc.score).toBe(expected.score);
    expect(doc.tests).toHaveLength(23);
    expect(doc.tests.every((t: { name: string }) => t.name.startsWith("initialize_parameters_"))).toBe(true);
  });

  it("writes the JSON result to --out", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "grade-")), "result.json");
    const run = await runCli(["grade", "submissions/python/correct.py", "--format", "json", "--out", out]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe("");
    const doc = JSON.parse(readFileSync(out, "utf8"));
    expect([doc.score, doc.max_score]).toEqual([38, 38]);
  });

  it.each([
    [
      ["grade", "submissions/python/correct.py", "--format", "xml"],
      'grader: --format: expected one of text, json, gradescope, junit, markdown, html, got "xml"',
    ],
    [["grade", "no/such/file.py"], "grader: no such file or folder: no/such/file.py"],
    [
      ["grade", "submissions/python", "--format", "json"],
      "grader: --format json takes one submission, got 26 (use grader batch for many)",
    ],
  ])("refuses %j with one line and exit status 2", async (args, message) => {
    const run = await runCli(args);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(message);
  });

  it("refuses an invalid rubric with its problems and exit status 2", async () => {
    const rubric = join(mkdtempSync(join(tmpdir(), "rubric-")), "bad.yaml");
    writeFileSync(rubric, "version: 1\nassignment: initialization\n");
    const run = await runCli(["check", "submissions/python/correct.py", "--rubric", rubric]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr.split("\n").at(-1)).toMatch(/^grader: .*bad\.yaml: invalid rubric \(\d+ problems?\)$/);
  });
});

describe("grader check on a file that does not load", () => {
  it("explains the load error once, and nothing per test", async () => {
    const run = await runCli(["check", "submissions/broken/syntax_error.py"]);
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines.slice(3, 9)).toEqual([
      "Your submission could not be loaded, so no test could run. Fix this first:",
      "    SyntaxError: '{' was never closed (syntax_error.py, line 26)",
      '      File "syntax_error.py", line 26',
      "        parameters = {",
      "                     ^",
      "    SyntaxError: '{' was never closed",
    ]);
    expect(lines.filter((l) => l.startsWith("✗ "))).toHaveLength(0);
    expect(run.stdout.match(/was never closed/g)).toHaveLength(2);
    expect(lines.at(-1)).toBe("Total: 0/18 points (0 passed, 12 failed)");
  });
});

describe("grader --version", () => {
  it("prints the package's version and exits 0", async () => {
    const run = await runCli(["--version"]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });
});
