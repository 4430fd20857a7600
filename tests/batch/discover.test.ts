import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverStudents } from "../../grader/batch/discover.js";
import { removeAll, tempFolder, writeTree } from "./batch-fixture.js";

const folders: string[] = [];
afterAll(() => removeAll(folders));

function classFolder(files: Record<string, string>): string {
  const dir = tempFolder("discover");
  folders.push(dir);
  writeTree(dir, files);
  return dir;
}

describe("discovering students", () => {
  it("takes one file per student (id = stem) and one folder per student (id = folder name), sorted", () => {
    const dir = classFolder({ "bob.py": "", "alice.ipynb": "{}", "carol/work.ts": "", "Zed.js": "" });
    const { students } = discoverStudents(dir);
    expect(students.map((s) => [s.id, s.kind === "submission" ? s.name : s.problem])).toEqual([
      ["Zed", "Zed.js"],
      ["alice", "alice.ipynb"],
      ["bob", "bob.py"],
      ["carol", "carol/work.ts"],
    ]);
  });

  it("picks a folder's file by extension priority: .ipynb, .py, .ts, .js, .mjs", () => {
    const dir = classFolder({ "a/x.py": "", "a/x.ipynb": "{}", "b/y.js": "", "b/z.py": "", "c/m.mjs": "" });
    const names = discoverStudents(dir).students.map((s) => (s.kind === "submission" ? s.name : s.problem));
    expect(names).toEqual(["a/x.ipynb", "b/z.py", "c/m.mjs"]);
  });

  it("records the candidate files a folder's pick left ungraded", () => {
    const dir = classFolder({
      "a/x.py": "",
      "a/x.ipynb": "{}",
      "a/helper.ts": "",
      "a/notes.txt": "",
      "b/y.py": "",
    });
    expect(discoverStudents(dir).students).toMatchObject([
      { kind: "submission", id: "a", name: "a/x.ipynb", ignored: ["a/helper.ts", "a/x.py"] },
      { kind: "submission", id: "b", name: "b/y.py", ignored: [] },
    ]);
  });

  it("records several candidates or none as the student's problem, not a crash", () => {
    const dir = classFolder({ "a/one.py": "", "a/two.py": "", "b/notes.txt": "", "c.py": "", "c/s.py": "" });
    expect(discoverStudents(dir).students).toEqual([
      { kind: "problem", id: "a", problem: "several .py files, expected one: one.py, two.py" },
      { kind: "problem", id: "b", problem: "no submission file (.ipynb, .py, .ts, .js, .mjs) in the folder" },
      { kind: "problem", id: "c", problem: "several submissions for one student: c/, c.py" },
    ]);
  });

  it("does not follow a link in a student's folder that points outside it", () => {
    const outside = classFolder({ "secret.py": "print('not yours')" });
    const dir = classFolder({ "a/notes.txt": "" });
    symlinkSync(join(outside, "secret.py"), join(dir, "a", "solution.py"));
    const [student] = discoverStudents(dir).students;
    expect(student).toEqual({
      kind: "problem",
      id: "a",
      problem:
        "no submission file (.ipynb, .py, .ts, .js, .mjs) in the folder (ignored solution.py: a link pointing outside its folder)",
    });
  });

  it("follows a link that stays inside the student's folder", () => {
    const dir = classFolder({ "a/real/solution.py": "" });
    symlinkSync(join(dir, "a", "real", "solution.py"), join(dir, "a", "solution.py"));
    expect(discoverStudents(dir).students).toMatchObject([
      { kind: "submission", id: "a", name: "a/solution.py" },
    ]);
  });

  it("skips hidden entries and other files, and leaves out the output folder", () => {
    const dir = classFolder({ ".DS_Store": "", "README.md": "", "a.py": "", ".git/x.py": "" });
    mkdirSync(join(dir, "out"));
    const found = discoverStudents(dir, [join(dir, "out")]);
    expect(found.students.map((s) => s.id)).toEqual(["a"]);
    expect(found.skipped).toEqual(["README.md"]);
  });
});
