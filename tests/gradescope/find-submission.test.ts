import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findSubmission } from "../../grader/gradescope/find-submission.js";

const root = mkdtempSync(join(tmpdir(), "find-submission-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
// A fresh submission folder holding the given (relative) files.
function upload(...files: string[]): string {
  const folder = join(root, String(n++));
  mkdirSync(folder);
  for (const file of files) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), "");
  }
  return folder;
}

describe("findSubmission", () => {
  it("takes the one file with a submission extension", () => {
    const folder = upload("README.txt", "solution.py");
    expect(findSubmission(folder)).toEqual({
      kind: "found",
      file: join(folder, "solution.py"),
      name: "solution.py",
    });
  });

  it("prefers a notebook to a .py, a .py to a .ts, and so on", () => {
    expect(findSubmission(upload("a.py", "b.ipynb", "c.ts"))).toMatchObject({ name: "b.ipynb" });
    expect(findSubmission(upload("a.js", "b.ts"))).toMatchObject({ name: "b.ts" });
    expect(findSubmission(upload("a.mjs", "b.js"))).toMatchObject({ name: "b.js" });
  });

  it("looks in subfolders but not in hidden folders, __MACOSX or __pycache__", () => {
    const folder = upload(
      "hw/solution.ipynb",
      "hw/.ipynb_checkpoints/solution-checkpoint.ipynb",
      "__MACOSX/hw/._x.py",
    );
    expect(findSubmission(folder)).toMatchObject({ kind: "found", name: join("hw", "solution.ipynb") });
  });

  it("explains an upload with several files of the preferred kind instead of guessing", () => {
    expect(findSubmission(upload("a.py", "b.py", "notes.md"))).toEqual({
      kind: "missing",
      message:
        "Found 2 .py files (a.py, b.py); submit exactly one file ending in .ipynb, .py, .ts, .js, .mjs, so that it is clear which one to grade.",
    });
  });

  it("explains an upload with nothing to grade, naming what was found", () => {
    expect(findSubmission(upload("report.pdf", "solution.rb"))).toEqual({
      kind: "missing",
      message:
        "No file to grade: found only report.pdf, solution.rb. Submit one file ending in .ipynb, .py, .ts, .js, .mjs.",
    });
    expect(findSubmission(upload())).toMatchObject({
      message:
        "No file to grade: the submission is empty. Submit one file ending in .ipynb, .py, .ts, .js, .mjs.",
    });
  });

  it("lists at most ten names", () => {
    const files = Array.from({ length: 12 }, (_, i) => `f${String(i).padStart(2, "0")}.txt`);
    expect(findSubmission(upload(...files))).toMatchObject({
      message: expect.stringContaining("f09.txt and 2 more."),
    });
  });

  it("reports a missing folder as a message, not a crash", () => {
    expect(findSubmission(join(root, "none"))).toMatchObject({
      kind: "missing",
      message: expect.stringContaining("could not be read: ENOENT"),
    });
  });
});
