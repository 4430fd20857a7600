// Staging: one regular file copied alone into a fresh folder, which is all of the submission a child sees.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { execa } from "execa";
import { afterAll, describe, expect, it } from "vitest";
import { openSession } from "../../../grader/runners/open-session.js";
import { refusedPath, stageSubmission } from "../../../grader/runners/staging/stage-submission.js";
import { reclaimStaging } from "../../../grader/runners/staging/staging-root.js";
import { returned } from "../support/runner-helpers.js";

const scratch = mkdtempSync(join(tmpdir(), "nn-grader-staging-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder submission: the graded file, a private file beside it, and a folder outside it. */
function folderSubmission(): { folder: string; outside: string } {
  const root = mkdtempSync(join(scratch, "case-"));
  const folder = join(root, "student");
  const outside = join(root, "outside");
  mkdirSync(folder);
  mkdirSync(outside);
  writeFileSync(join(outside, "answers.py"), "ANSWER = 42\n");
  writeFileSync(join(folder, "notes.txt"), "beside the submission\n");
  return { folder, outside };
}

describe("refusedPath", () => {
  it("accepts a regular file, and a symbolic link to a file of the same folder", async () => {
    const { folder } = folderSubmission();
    writeFileSync(join(folder, "real.py"), "x = 1\n");
    symlinkSync("real.py", join(folder, "solution.py"));
    expect(await refusedPath(join(folder, "real.py"))).toBeUndefined();
    expect(await refusedPath(join(folder, "solution.py"))).toBeUndefined();
  });

  it("refuses a symbolic link leading outside its folder, without reading it", async () => {
    const { folder, outside } = folderSubmission();
    symlinkSync(join(outside, "answers.py"), join(folder, "solution.py"));
    symlinkSync("../outside/answers.py", join(folder, "relative.py"));
    for (const name of ["solution.py", "relative.py"]) {
      expect(await refusedPath(join(folder, name))).toEqual({
        type: "SymlinkOutsideFolder",
        message: `${name} is a symbolic link to a file outside its folder: only the submission's own files are graded`,
        traceback: "",
      });
    }
  });

  it("refuses a FIFO (reading it would block the grader) and a dangling link", async () => {
    const { folder } = folderSubmission();
    await execa("mkfifo", [join(folder, "pipe.py")]);
    symlinkSync("missing.py", join(folder, "dangling.py"));
    expect(await refusedPath(join(folder, "pipe.py"))).toMatchObject({ type: "NotARegularFile" });
    expect(await refusedPath(join(folder, "dangling.py"))).toMatchObject({ type: "FileNotReadable" });
  });
});

describe("stageSubmission", () => {
  it("copies only the file, into a 0755 folder named after it, as a 0644 file, and removes it all", async () => {
    const { folder } = folderSubmission();
    writeFileSync(join(folder, "my solution.py"), "x = 1\n", { mode: 0o600 });
    const staged = await stageSubmission(join(folder, "my solution.py"));
    expect(staged.marker).toMatch(new RegExp(`^nn-grader-${process.pid}-my_solution-\\w{6}$`));
    expect(readdirSync(staged.dir).sort()).toEqual([".nn-grader", "my solution.py"]);
    expect(statSync(staged.dir).mode & 0o777).toBe(0o755);
    expect(statSync(staged.path).mode & 0o777).toBe(0o644);
    await staged.dispose();
    expect(() => statSync(staged.dir)).toThrow();
  });

  it("removes at the next start what a killed grader left: folders of pids that no longer run", async () => {
    const staged = await stageSubmission(join(folderSubmission().folder, "notes.txt"));
    const root = dirname(staged.dir);
    expect(statSync(root).mode & 0o777).toBe(0o711);
    const dead = join(root, "nn-grader-2147483646-left-abcdef");
    mkdirSync(join(dead, ".nn-grader"), { recursive: true });
    const live = join(root, `nn-grader-${process.ppid}-busy-abcdef`);
    mkdirSync(live, { recursive: true });
    expect(reclaimStaging(root)).toEqual(["nn-grader-2147483646-left-abcdef"]);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    rmSync(live, { recursive: true });
    await staged.dispose();
  });
});

describe("a staged session", () => {
  it("runs in its staged folder and sees nothing that was beside the original file", async () => {
    const { folder, outside } = folderSubmission();
    const file = join(folder, "solution.py");
    writeFileSync(
      file,
      `import os\n\ndef look(outside):\n    found = {}\n    for path in ["notes.txt", ${JSON.stringify(join(folder, "notes.txt"))}, outside]:\n        found[path] = os.path.exists(path)\n    return [os.getcwd() == os.path.dirname(__file__), sorted(os.listdir(".")), found]\n`,
    );
    const session = await openSession(file, { functions: ["look"] });
    try {
      const value = returned(await session.call({ function: "look", args: [outside], deadlineMs: 5000 }));
      expect(value).toEqual({
        $list: [
          true,
          { $list: [".nn-grader", "solution.py"] },
          {
            $dict: [
              ["notes.txt", false],
              [join(folder, "notes.txt"), false],
              [outside, false],
            ],
          },
        ],
      });
    } finally {
      await session.close();
    }
  });

  it("answers every call of a submission that is a symbolic link outside its folder with a load failure", async () => {
    const { folder, outside } = folderSubmission();
    symlinkSync(join(outside, "answers.py"), join(folder, "solution.py"));
    const session = await openSession(join(folder, "solution.py"), { functions: [] });
    expect(await session.call({ function: "f", args: [], deadlineMs: 1000 })).toMatchObject({
      status: "load-failed",
      error: { type: "SymlinkOutsideFolder" },
    });
    await session.close();
  });
});
