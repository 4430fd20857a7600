// Recognising submission files: every problem with the file itself is a load failure with a clear message.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openSession } from "../../grader/runners/open-session.js";
import { loadSubmission } from "../../grader/submissions/load-submission.js";
import { MAX_SUBMISSION_BYTES } from "../../grader/submissions/wrong-file.js";

const dir = mkdtempSync(join(tmpdir(), "nn-grader-submissions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const notebook = (cells: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells, ...extra });
const code = (source: string | unknown[]) => ({
  cell_type: "code",
  metadata: {},
  source,
  outputs: [],
  execution_count: null,
});

/** The load-failed message a file gets. */
async function failure(path: string): Promise<{ type: string; message: string }> {
  const submission = await loadSubmission(path);
  if (submission.kind !== "invalid") expect.fail(`expected an invalid submission, got ${submission.kind}`);
  return { type: submission.error.type, message: submission.error.message };
}

describe("loadSubmission", () => {
  it("recognises Python, notebooks and scripts by extension", async () => {
    expect(await loadSubmission(file("a.py", "x = 1\n"))).toMatchObject({
      kind: "python",
      displayName: "a.py",
      source: "x = 1\n",
    });
    expect(await loadSubmission(file("a.ts", "export {}\n"))).toMatchObject({
      kind: "script",
      language: "typescript",
    });
    expect(await loadSubmission(file("a.mjs", "export {}\n"))).toMatchObject({
      kind: "script",
      language: "javascript",
    });
    expect(await loadSubmission(file("a.ipynb", notebook([code(["x = 1\n", "y = 2"])])))).toMatchObject({
      kind: "notebook",
      cells: [{ cell: 1, source: "x = 1\ny = 2" }],
    });
  });

  it("refuses unknown file types", async () => {
    expect(await failure(file("solution.rb", "puts 1"))).toEqual({
      type: "UnsupportedFileType",
      message: "unknown file type .rb: expected .py, .ipynb, .ts, .js or .mjs",
    });
    expect((await failure(file("README", "hi"))).message).toBe(
      "unknown file type (no extension): expected .py, .ipynb, .ts, .js or .mjs",
    );
  });

  it("refuses empty files and files that are not UTF-8", async () => {
    expect(await failure(file("empty.py", " \n\n"))).toEqual({
      type: "EmptySubmission",
      message: "empty.py is empty: no functions to grade",
    });
    expect(
      await failure(
        file("submission.py", Buffer.concat([Buffer.from("# comment 1\n"), Buffer.from([0xff])])),
      ),
    ).toEqual({
      type: "InvalidEncoding",
      message: "submission.py is not valid UTF-8 text (byte 0xff at offset 12)",
    });
  });

  it("reports a file that cannot be read", async () => {
    expect(await failure(join(dir, "absent.py"))).toEqual({
      type: "FileNotReadable",
      message: "absent.py could not be read (ENOENT)",
    });
  });

  it("names what makes a notebook invalid", async () => {
    const bad = (name: string, text: string) => failure(file(name, text)).then((f) => f.message);
    expect(await bad("json.ipynb", "{ nope")).toMatch(/^json\.ipynb: not valid JSON: /);
    expect(
      await bad("v3.ipynb", JSON.stringify({ nbformat: 3, nbformat_minor: 0, metadata: {}, cells: [] })),
    ).toBe(
      "v3.ipynb is an nbformat 3 notebook (saved by IPython 2 or older), not a valid nbformat 4 notebook: open it in Jupyter and save it again, or run `jupyter nbconvert --to notebook v3.ipynb`",
    );
    expect(
      await bad(
        "type.ipynb",
        notebook([code("x"), { cell_type: "markdown", source: "#" }, { cell_type: "python", source: "" }]),
      ),
    ).toBe(
      'type.ipynb: not a valid nbformat 4 notebook: cells[2].cell_type: expected one of code, markdown, raw, got "python"',
    );
    expect(await bad("nosrc.ipynb", notebook([{ cell_type: "code" }]))).toBe(
      "nosrc.ipynb: not a valid nbformat 4 notebook: cells[0]: missing required property source",
    );
    expect(await bad("src.ipynb", notebook([code(["x", 3])]))).toBe(
      "src.ipynb: not a valid nbformat 4 notebook: cells[0].source[1]: expected string, got integer",
    );
    expect(await bad("nocells.ipynb", JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {} }))).toBe(
      "nocells.ipynb: not a valid nbformat 4 notebook: notebook: missing required property cells",
    );
  });

  it("says what a file is when it is not what its extension says, and how to get the right one", async () => {
    expect(await failure(file("page.ipynb", '\n<!DOCTYPE html>\n<html lang="en"><head>'))).toEqual({
      type: "SavedWebPage",
      message:
        "page.ipynb is a saved web page (HTML), not a notebook: in Jupyter use File → Download (on GitHub, the “Download raw file” button) to get the .ipynb file itself",
    });
    expect(await failure(file("page.py", "<html><body>def f(): pass</body></html>"))).toEqual({
      type: "SavedWebPage",
      message:
        "page.py is a saved web page (HTML), not a .py file: download the raw file (on GitHub, the “Raw” or “Download raw file” button), not the page that shows it",
    });
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0xff, 0xfe]);
    expect(await failure(file("archive.ipynb", zip))).toEqual({
      type: "ZipArchive",
      message:
        "archive.ipynb is a zip archive, not a .ipynb file: unzip it and submit the .ipynb file inside",
    });
    expect((await failure(file("list.ipynb", "[1, 2]"))).message).toBe(
      'list.ipynb is JSON but not a Jupyter notebook (a list without "nbformat" or "cells"): submit the .ipynb file that Jupyter saves',
    );
    expect((await failure(file("config.ipynb", '{"name": "x", "version": 2}'))).message).toBe(
      'config.ipynb is JSON but not a Jupyter notebook (an object without "nbformat" or "cells"): submit the .ipynb file that Jupyter saves',
    );
    expect(await failure(file("zero.ipynb", ""))).toEqual({
      type: "EmptySubmission",
      message: "zero.ipynb is empty: no functions to grade",
    });
  });

  it("refuses a file over the size limit before reading it", async () => {
    const big = file("big.ipynb", "");
    truncateSync(big, MAX_SUBMISSION_BYTES + 1); // sparse: takes no disk space
    expect(await failure(big)).toEqual({
      type: "FileTooLarge",
      message:
        "big.ipynb is 16.0 MiB, over the 16.0 MiB limit for a submission: clear the notebook's outputs (Edit → Clear Outputs of All Cells), save, and submit it again",
    });
    const py = file("big.py", "");
    truncateSync(py, 20 * 1024 * 1024);
    expect((await failure(py)).message).toBe(
      "big.py is 20.0 MiB, over the 16.0 MiB limit for a submission: a submission is source code: submit only the file with your functions",
    );
  });

  it("names each code cell as Jupyter shows it: its execution count, else its place among code cells", async () => {
    const ran = (source: string, count: number) => ({ ...code(source), execution_count: count });
    const md = { cell_type: "markdown", metadata: {}, source: "# title" };
    const submission = await loadSubmission(
      file("labels.ipynb", notebook([md, ran("a = 1", 7), md, code("b = 2"), code(""), ran("c = 3", 12)])),
    );
    expect(submission).toMatchObject({
      kind: "notebook",
      cells: [
        { cell: 2, label: "In [7]", source: "a = 1" },
        { cell: 4, label: "code cell 2", source: "b = 2" },
        { cell: 6, label: "In [12]", source: "c = 3" },
      ],
    });
  });

  it("refuses notebooks with no code and notebooks of another language", async () => {
    expect(
      await failure(file("md.ipynb", notebook([{ cell_type: "markdown", source: "# hi" }, code("  ")]))),
    ).toEqual({
      type: "EmptySubmission",
      message: "md.ipynb has no code cells: no functions to grade",
    });
    const r = notebook([code("x <- 1")], {
      metadata: { kernelspec: { name: "ir", display_name: "R", language: "R" } },
    });
    expect((await failure(file("r.ipynb", r))).message).toBe(
      "r.ipynb is a R notebook: expected a Python notebook",
    );
  });

  it("gives a session that answers every call with the failure, without starting a process", async () => {
    const session = await openSession(file("x.rb", "1"), { functions: ["f"] });
    const outcome = await session.call({ function: "f", args: [], deadlineMs: 100 });
    expect(outcome).toEqual({
      status: "load-failed",
      error: {
        type: "UnsupportedFileType",
        message: "unknown file type .rb: expected .py, .ipynb, .ts, .js or .mjs",
        traceback: "",
      },
    });
    expect(session.output()).toEqual({ stdout: "", stderr: "", truncated: false });
    await session.close();
  });
});
