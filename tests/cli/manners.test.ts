// What cannot be graded at all is refused with one line and exit status 2, before anything runs: an
// unsupported file type, a folder given to check, a folder without submissions, no Python interpreter.
// doctor names the interpreter it tried when NN_GRADER_PYTHON is set.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { beforeAll, describe, expect, it } from "vitest";

const SUPPORTED = "supported: .py, .ipynb, .ts, .js, .mjs";
const CORRECT = "submissions/python/correct.py";
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cli-manners-"));
  writeFileSync(join(dir, "solution.rb"), "puts 1\n");
  writeFileSync(join(dir, "notes.txt"), "my notes\n");
  writeFileSync(join(dir, "Makefile"), "all:\n");
  mkdirSync(join(dir, "empty"));
  writeFileSync(join(dir, "empty", "readme.md"), "# nothing to grade\n");
});

// The built CLI with exactly this environment (plus NO_COLOR), started by absolute path so PATH may lack anything.
async function grader(args: readonly string[], env: Record<string, string> = {}) {
  const run = await execa(process.execPath, ["dist/grader/cli/main.js", ...args], {
    reject: false,
    extendEnv: false,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1", ...env },
  });
  return { code: run.exitCode, stdout: String(run.stdout), stderr: String(run.stderr) };
}

describe("files that cannot be graded", () => {
  it.each([
    ["check", "solution.rb", "cannot grade a .rb file"],
    ["check", "notes.txt", "cannot grade a .txt file"],
    ["grade", "notes.txt", "cannot grade a .txt file"],
    ["grade", "Makefile", "cannot grade a file with no extension"],
  ])(
    "grader %s %s exits 2 with one line naming the file, its type and the supported types",
    async (command, file, what) => {
      const path = join(dir, file);
      expect(await grader([command, path])).toEqual({
        code: 2,
        stdout: "",
        stderr: `grader: ${path}: ${what} (${SUPPORTED})`,
      });
    },
  );

  it("grader check refuses a folder instead of checking the first file in it", async () => {
    expect(await grader(["check", "submissions/python"])).toEqual({
      code: 2,
      stdout: "",
      stderr: `grader: submissions/python: a folder; grader check takes one file (${SUPPORTED})`,
    });
  });

  it("grader grade refuses a folder with no submission in it", async () => {
    const folder = join(dir, "empty");
    expect(await grader(["grade", folder])).toEqual({
      code: 2,
      stdout: "",
      stderr: `grader: ${folder}: a folder with no submission in it (${SUPPORTED})`,
    });
  });
});

describe("no Python interpreter", () => {
  it("names NN_GRADER_PYTHON when it points nowhere (check and grade, exit 2)", async () => {
    const env = { NN_GRADER_PYTHON: "/nonexistent/python3" };
    const expected = {
      code: 2,
      stdout: "",
      stderr:
        "grader: NN_GRADER_PYTHON=/nonexistent/python3 is not an executable file: point it at a Python 3 with numpy ≥ 2, or unset it to use python3 on PATH",
    };
    expect(await grader(["check", CORRECT], env)).toEqual(expected);
    expect(await grader(["grade", CORRECT, "--format", "json"], env)).toEqual(expected);
  });

  it("says there is no python3 on PATH when none is there", async () => {
    expect(await grader(["check", CORRECT], { PATH: join(dir, "empty") })).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "grader: no python3 on PATH: install Python 3 with numpy ≥ 2 (pip install 'numpy>=2'), or set NN_GRADER_PYTHON to an interpreter that has it",
    });
  });

  it("grader doctor names the interpreter NN_GRADER_PYTHON made it try, and how to fix it", async () => {
    const run = await grader(["doctor"], { NN_GRADER_PYTHON: "/nonexistent/python3" });
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n").slice(0, 2)).toEqual([
      "missing  python     NN_GRADER_PYTHON=/nonexistent/python3 is not an executable file",
      "                    fix: point NN_GRADER_PYTHON at a Python 3 with numpy ≥ 2, or unset it to use python3 on PATH",
    ]);
  });
});
