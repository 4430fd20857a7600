// Helpers for the end-to-end batch tests: run the built CLI, build a class from the example submissions.
import { spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";

/** The built command line (npm test builds before vitest runs). */
export const CLI = "dist/grader/cli/main.js";

/** A finished CLI run. */
export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

// Runs `node dist/grader/cli/main.js ...args`; `whileRunning` may kill the child.
export function runCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  whileRunning?: (kill: () => void) => () => void,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, NO_COLOR: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const stop = whileRunning?.(() => child.kill("SIGKILL"));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      stop?.();
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Example submissions copied in as students: student path → file in submissions/. */
export const CLASS_FILES: Readonly<Record<string, string>> = {
  "alice.py": "submissions/python/correct.py",
  "bob.py": "submissions/python/mistakes/transposed_w.py",
  "carol.py": "submissions/broken/syntax_error.py",
  "dave/solution.py": "submissions/python/mistakes/xavier.py",
  "erin/notes.txt": "submissions/broken/empty.py",
  '=1+1 "q"\nx.py': "submissions/python/mistakes/int_dtype.py",
};

// Copies the class into `dir`.
export function writeClass(dir: string): void {
  for (const [student, source] of Object.entries(CLASS_FILES)) {
    mkdirSync(dirname(join(dir, student)), { recursive: true });
    copyFileSync(source, join(dir, student));
  }
}

// The bundled rubric with a per-call deadline long enough for a machine loaded by parallel test runs,
// so a correct submission never loses points to a timeout here (that would make runs differ).
export function writePatientRubric(path: string): void {
  const text = readFileSync("rubrics/initialization.yaml", "utf8");
  if (!/^deadline_ms: \d+$/m.test(text)) throw new Error("rubrics/initialization.yaml: no deadline_ms line");
  writeFileSync(path, text.replace(/^deadline_ms: \d+$/m, "deadline_ms: 60000"));
}

// A validator for one of the published JSON Schemas.
export function schemaValidator(path: string): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(path, "utf8")));
}

// Counts "graded N, resumed N, cached N, ..." in the closing line of a batch.
export function closingCounts(stdout: string): Record<string, number> {
  const line = stdout.split("\n").find((l) => l.startsWith("done: "));
  if (line === undefined) throw new Error(`no closing line in:\n${stdout}`);
  const counts: Record<string, number> = {};
  for (const [, name, n] of line.matchAll(/([a-z ]+) (\d+)(?:,|$)/g)) counts[name.trim()] = Number(n);
  return counts;
}
