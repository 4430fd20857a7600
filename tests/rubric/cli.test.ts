import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COURSE_RUBRIC, fixture, read } from "./fixtures.js";

/** The built CLI: these tests run what users run, so `npm run build` must come first (as `npm test` does). */
const MAIN = "dist/grader/cli/main.js";

/** Sources whose compiled form the tests exercise; dist must be at least as new as each. */
const SOURCES = [
  ...readdirSync("grader/rubric").map((name) => join("grader/rubric", name)),
  "grader/cli/commands/rubric.ts",
];

// Runs `grader ARGS` from the repository root and returns its exit status and output.
function grader(...args: string[]) {
  const run = spawnSync(process.execPath, [MAIN, ...args], { encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

let out: string;

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
  const built = statSync(join("dist", "grader", "rubric", "load.js")).mtimeMs;
  const stale = SOURCES.filter((source) => statSync(source).mtimeMs > built);
  if (stale.length > 0)
    throw new Error(`dist is older than ${stale.join(", ")}: run \`npm run build\` first`);
  out = mkdtempSync(join(tmpdir(), "rubric-cli-"));
});

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe("grader rubric validate", () => {
  it("prints the counts of a valid rubric and exits 0", () => {
    expect(grader("rubric", "validate", COURSE_RUBRIC)).toEqual({
      status: 0,
      stdout: "rubrics/initialization.yaml: valid (23 tests, 38 points, 12 visible)\n",
      stderr: "",
    });
  });

  it("prints every problem, one per line, and exits 2", () => {
    const file = fixture("invalid", "many-problems.yaml");
    const expected = read(file.replace(/\.yaml$/, ".errors.txt"));
    expect(grader("rubric", "validate", file)).toEqual({
      status: 2,
      stdout: "",
      stderr: `${expected}grader: ${file}: invalid rubric (9 problems)\n`,
    });
  });

  it("reports a missing file as a usage error", () => {
    expect(grader("rubric", "validate", "rubrics/missing.yaml")).toEqual({
      status: 2,
      stdout: "",
      stderr: "grader: cannot read rubric rubrics/missing.yaml: no such file\n",
    });
  });
});

describe("grader rubric public", () => {
  it("writes a student copy that validates and holds no hidden test", () => {
    const target = join(out, "initialization.public.yaml");
    expect(grader("rubric", "public", COURSE_RUBRIC, "--out", target)).toEqual({
      status: 0,
      stdout: `${target}: public copy of rubrics/initialization.yaml (12 tests kept, 11 withheld)\n`,
      stderr: "",
    });
    expect(readFileSync(target, "utf8")).not.toMatch(/\.values\.hidden|\.diagnosis|\[5, 3, 4, 2\]/);
    expect(grader("rubric", "validate", target)).toEqual({
      status: 0,
      stdout: `${target}: valid (12 tests, 18 points, 12 visible)\n`,
      stderr: "",
    });
  });

  it("refuses to overwrite its input, however the path is spelled", () => {
    const copy = join(out, "own.yaml");
    writeFileSync(copy, read(COURSE_RUBRIC));
    const run = grader("rubric", "public", copy, "--out", join(out, ".", "..", basename(out), "own.yaml"));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`grader: refusing to overwrite the input rubric ${copy}; choose another --out\n`);
    expect(read(copy)).toBe(read(COURSE_RUBRIC));
  });

  it("refuses an invalid rubric without writing anything", () => {
    const target = join(out, "bad.public.yaml");
    const run = grader("rubric", "public", fixture("invalid", "bad-points.yaml"), "--out", target);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("bad-points.yaml:13: tests[0].points: expected a number > 0, got -2\n");
    expect(existsSync(target)).toBe(false);
  });

  it("requires --out", () => {
    const run = grader("rubric", "public", COURSE_RUBRIC);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--out");
  });
});
