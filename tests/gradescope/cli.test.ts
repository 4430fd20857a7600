// `grader gradescope run` and `build` end to end with the built CLI, in /autograder-like temp folders;
// every results.json is checked against the Gradescope schema, and the zip is read back with Python.
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, grader } from "../ci/support/run-grader.js";
import { compileSchema } from "../report/parse.js";
import { readZip } from "./support/read-zip.js";

const validate = compileSchema("schemas/gradescope-results.schema.json");

interface Results {
  score: number;
  output: string;
  tests: { name: string; score: number; max_score: number; status: string; visibility: string }[];
  extra_data: Record<string, unknown>;
}

let root: string;
beforeAll(() => {
  assertBuilt(["grader/gradescope", "grader/cli/commands/gradescope.ts"]);
  root = mkdtempSync(join(tmpdir(), "gradescope-cli-"));
});
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

let n = 0;
// An /autograder-like folder: submission/ with the given files (copied from the repository), metadata.
function autograder(files: Record<string, string>, metadata?: unknown) {
  const base = join(root, `autograder-${n++}`);
  mkdirSync(join(base, "submission"), { recursive: true });
  for (const [name, source] of Object.entries(files)) copyFileSync(source, join(base, "submission", name));
  if (metadata !== undefined) writeFileSync(join(base, "submission_metadata.json"), JSON.stringify(metadata));
  const results = join(base, "results", "results.json");
  const args = ["gradescope", "run", "--submission-dir", join(base, "submission")];
  args.push("--metadata", join(base, "submission_metadata.json"), "--results", results);
  return { args, results };
}

// Reads results.json and checks it against the schema written from Gradescope's specification.
function readResults(path: string): Results {
  const doc = JSON.parse(readFileSync(path, "utf8"));
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  return doc as Results;
}

describe("grader gradescope run", () => {
  it("gives a correct submission full marks, hidden tests included with their visibility", () => {
    const { args, results } = autograder({ "solution.py": "submissions/python/correct.py" }, { id: 4242 });
    const run = grader(args);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^nn-grader: solution\.py: 38\/38 points \(isolation: [a-z-]+\)\n/);
    const doc = readResults(results);
    expect(doc.score).toBe(38);
    expect(doc.tests.every((t) => t.status === "passed")).toBe(true);
    expect(new Set(doc.tests.map((t) => t.visibility))).toEqual(new Set(["visible", "hidden"]));
    expect(doc.output.startsWith("Submission 4242.\n")).toBe(true);
    expect(doc.extra_data.submission_id).toBe("4242");
  });

  it("gives a submission that does not load a zero with the reason, without metadata", () => {
    const { args, results } = autograder({ "solution.py": "submissions/broken/syntax_error.py" });
    expect(grader(args).status).toBe(0);
    const doc = readResults(results);
    expect(doc.score).toBe(0);
    expect(doc.tests.every((t) => t.status === "failed")).toBe(true);
    // The reason once, at the top; each test says it did not run.
    expect(doc.output).toContain("'{' was never closed");
    expect(JSON.stringify(doc.tests)).not.toContain("'{' was never closed");
    expect(JSON.stringify(doc.tests)).toContain("Not run: the submission did not load");
  });

  it.each([
    [{}, "No file to grade: the submission is empty."],
    [
      { "a.py": "submissions/python/correct.py", "b.py": "submissions/python/correct.py" },
      "Found 2 .py files (a.py, b.py)",
    ],
  ])("writes a zero with a message when there is no single file to grade (%#)", (files, message) => {
    const { args, results } = autograder(files, { id: 7 });
    const run = grader(args);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`nn-grader: not graded: ${message}`);
    const doc = readResults(results);
    expect(doc).toMatchObject({ score: 0, tests: [], extra_data: { not_graded: true, submission_id: "7" } });
    expect(doc.output).toContain(`Submission 7.\nNot graded. ${message}`);
  });

  it("still writes results when the grader fails, says so, and exits 1", () => {
    const { args, results } = autograder({ "solution.py": "submissions/python/correct.py" });
    const run = grader(args, { NN_GRADER_PYTHON: join(root, "no-such-python") });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("did not complete (a problem in the grader, not in the submission)");
    expect(readResults(results).output).toContain("Grading did not complete");
  });
});

describe("grader gradescope build", () => {
  const SCRIPTS = ["run_autograder", "setup.sh"];
  let zipFile: string;
  let built: ReturnType<typeof grader>;

  beforeAll(() => {
    zipFile = join(root, "out", "autograder.zip");
    built = grader(["gradescope", "build", "--out", zipFile]);
  });

  it("reports what it wrote", () => {
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
    expect(built.stdout).toMatch(
      /autograder\.zip: \d+ files, \d+ KiB; rubric .*initialization\.yaml \(".*", sha256 [0-9a-f]{64}\)\n$/,
    );
  });

  it("holds the scripts at the root, executable, and the rubric beside them", () => {
    const zip = readZip(zipFile, [...SCRIPTS, "rubric.yaml", "nn-grader/package.json"]);
    expect(zip.firstBad).toBeNull();
    const modes = Object.fromEntries(zip.entries.map((e) => [e.name, e.mode]));
    expect(modes["setup.sh"]).toBe(0o755);
    expect(modes.run_autograder).toBe(0o755);
    expect(modes["rubric.yaml"]).toBe(0o644);
    expect(zip.texts["rubric.yaml"]).toBe(readFileSync("rubrics/initialization.yaml", "utf8"));
    for (const script of SCRIPTS) expect(zip.texts[script].startsWith("#!/usr/bin/env bash\n")).toBe(true);
    expect(zip.texts.run_autograder).toContain(
      "node /autograder/source/nn-grader/dist/grader/cli/main.js gradescope run",
    );
    expect(zip.texts["setup.sh"]).toContain("npm ci --omit=dev");
    // Without `prepare`, `npm ci` does not try a TypeScript build with the dev dependencies left out.
    const manifest = JSON.parse(zip.texts["nn-grader/package.json"]);
    expect(manifest.scripts).toBeUndefined();
    expect(manifest.dependencies).toEqual(JSON.parse(readFileSync("package.json", "utf8")).dependencies);
  });

  it("holds nn-grader as built, with its driver files, rubrics and schemas, and no node_modules or sources", () => {
    const names = readZip(zipFile).entries.map((e) => e.name);
    for (const needed of [
      "nn-grader/dist/grader/cli/main.js",
      "nn-grader/dist/grader/runners/node/driver.js",
      "nn-grader/grader/runners/python/driver.py",
      "nn-grader/grader/runners/python/nngrader_driver/serve.py",
      "nn-grader/grader/submissions/notebook/nbformat-v4.schema.json",
      "nn-grader/rubrics/rubric.schema.json",
      "nn-grader/schemas/gradescope-results.schema.json",
      "nn-grader/package-lock.json",
    ])
      expect(names).toContain(needed);
    expect(names.filter((name) => /node_modules|\.ts$|\.map$|__pycache__|\.pyc$/.test(name))).toEqual([]);
    expect(names.filter((name) => !name.includes("/")).sort()).toEqual([
      "rubric.yaml",
      "run_autograder",
      "setup.sh",
    ]);
  });

  it("grades from the extracted zip alone, once the runtime dependencies are in place", () => {
    const source = join(root, "source");
    execFileSync("python3", [
      "-c",
      "import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])",
      zipFile,
      source,
    ]);
    // What setup.sh's `npm ci --omit=dev` provides on Gradescope; here the repository's own node_modules.
    symlinkSync(resolve("node_modules"), join(source, "nn-grader", "node_modules"));
    const { args, results } = autograder({ "solution.ipynb": "submissions/notebook/correct.ipynb" });
    const main = join(source, "nn-grader", "dist", "grader", "cli", "main.js");
    const run = spawnSync(process.execPath, [main, ...args, "--rubric", join(source, "rubric.yaml")], {
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(readResults(results).score).toBe(38);
  });

  it("builds the same bytes twice", () => {
    const again = join(root, "again.zip");
    expect(grader(["gradescope", "build", "--out", again]).status).toBe(0);
    expect(readFileSync(again).equals(readFileSync(zipFile))).toBe(true);
  });

  it("refuses an invalid rubric (exit 2) and writes no zip", () => {
    const bad = join(root, "bad.yaml");
    writeFileSync(bad, "version: 1\ntitle: 3\n");
    const out = join(root, "bad.zip");
    const run = grader(["gradescope", "build", "--out", out, "--rubric", bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`grader: ${bad}: invalid rubric`);
    expect(existsSync(out)).toBe(false);
  });
});
