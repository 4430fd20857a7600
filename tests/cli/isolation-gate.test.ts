// Without a sandbox that gives a private filesystem (forced here with NN_GRADER_ISOLATION=rlimits-only), the
// commands that grade hidden tests refuse unless --allow-unisolated; `check` still runs and says so in one line.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const UNISOLATED = { NN_GRADER_ISOLATION: "rlimits-only" };
const out = mkdtempSync(join(tmpdir(), "nn-grader-gate-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const refusal = (command: string) =>
  `grader: ${command}: neither bubblewrap nor unprivileged user namespaces work here (isolation: rlimits-only), so a submission could read the hidden tests and other students' work; run \`grader doctor\`, or pass --allow-unisolated to grade anyway`;

describe("grading hidden tests without a private filesystem", () => {
  it.each([
    ["batch", ["batch", "submissions/python", "--out", join(out, "batch")]],
    ["ci", ["ci", "submissions/python/correct.py", "--junit", join(out, "junit.xml")]],
    [
      "gradescope run",
      ["gradescope", "run", "--submission-dir", "submissions/python", "--results", join(out, "r.json")],
    ],
  ])("%s refuses, exit 2, one line", async (command, args) => {
    const run = await runCli(args, UNISOLATED);
    expect([run.exitCode, run.stderr]).toEqual([2, refusal(command)]);
  });

  it("ci with --allow-unisolated grades, and says once that it goes ahead", {
    timeout: 120_000,
  }, async () => {
    const run = await runCli(
      ["ci", "submissions/python/correct.py", "--junit", join(out, "junit2.xml"), "--allow-unisolated"],
      UNISOLATED,
    );
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe(
      "grader ci: grading without a private filesystem (isolation: rlimits-only), as --allow-unisolated asks",
    );
  });

  it("check runs, and says so in one plain line", { timeout: 120_000 }, async () => {
    const run = await runCli(["check", "submissions/python/correct.py"], UNISOLATED);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe(
      "grader check: no sandbox with a private filesystem works on this machine (isolation: rlimits-only); your code runs with your own files, as when you run it yourself",
    );
    expect(run.stdout.split("\n").at(-1)).toBe("Total: 18/18 points (12 passed, 0 failed)");
  });

  it("check under namespaces (a private filesystem) adds no line", { timeout: 120_000 }, async () => {
    const run = await runCli(["check", "submissions/python/correct.py"], {
      NN_GRADER_ISOLATION: "namespaces",
    });
    expect([run.exitCode, run.stderr]).toEqual([0, ""]);
  });
});
