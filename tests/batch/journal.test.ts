import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type JournalEntry, openJournal, readJournal } from "../../grader/batch/journal.js";
import { UsageError } from "../../grader/cli/usage-error.js";
import { removeAll, tempFolder } from "./batch-fixture.js";

const folders: string[] = [];
afterAll(() => removeAll(folders));

const entry = (student: string): JournalEntry => ({
  v: 1,
  student,
  submission: `${student}.py`,
  sha256: "a".repeat(64),
  key: "b".repeat(64),
  status: "graded",
  result: `results/${student}.json`,
});

function journalIn(): string {
  const dir = tempFolder("journal");
  folders.push(dir);
  return join(dir, "journal.jsonl");
}

describe("the batch journal", () => {
  it("reads back what was appended, one JSON line per entry", () => {
    const path = journalIn();
    const writer = openJournal(path, readJournal(path));
    writer.append(entry("alice"));
    writer.append(entry("bob"));
    writer.close();
    expect(readJournal(path).entries.map((e) => e.student)).toEqual(["alice", "bob"]);
    expect(readFileSync(path, "utf8").split("\n")).toHaveLength(3);
  });

  it("ignores a last line torn by kill -9 and cuts it off before appending", () => {
    const path = journalIn();
    writeFileSync(path, `${JSON.stringify(entry("alice"))}\n`);
    appendFileSync(path, JSON.stringify(entry("bob")).slice(0, 40));
    const contents = readJournal(path);
    expect(contents.entries.map((e) => e.student)).toEqual(["alice"]);
    expect(contents.tornBytes).toBe(40);
    const writer = openJournal(path, contents);
    writer.append(entry("carol"));
    writer.close();
    expect(readJournal(path)).toMatchObject({ tornBytes: 0 });
    expect(readJournal(path).entries.map((e) => e.student)).toEqual(["alice", "carol"]);
  });

  it("refuses a damaged line that is not the last, naming the line", () => {
    const path = journalIn();
    writeFileSync(
      path,
      `${JSON.stringify(entry("alice"))}\n{"v":1,"student"\n${JSON.stringify(entry("bob"))}\n`,
    );
    expect(() => readJournal(path)).toThrow(UsageError);
    expect(() => readJournal(path)).toThrow(`${path}:2: not a JSON line; the journal was edited or damaged`);
  });

  it("refuses a line of another format", () => {
    const path = journalIn();
    writeFileSync(path, `${JSON.stringify({ ...entry("alice"), v: 2 })}\n`);
    expect(() => readJournal(path)).toThrow("not a journal entry of version 1");
  });
});
