import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { crc32 } from "../../grader/gradescope/crc32.js";
import { writeZip } from "../../grader/gradescope/zip.js";
import { readZip } from "./support/read-zip.js";

const folder = mkdtempSync(join(tmpdir(), "zip-writer-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const text = (s: string) => Buffer.from(s, "utf8");
const ENTRIES = [
  { name: "run_autograder", data: text("#!/usr/bin/env bash\necho hi\n"), mode: 0o755 },
  { name: "dir/compressible.txt", data: text("nn-grader ".repeat(500)) },
  { name: "dir/empty", data: new Uint8Array(0) },
  { name: "naïve 🧠.txt", data: text("unicode name\n") },
];

function written(name: string, entries = ENTRIES): string {
  const file = join(folder, name);
  writeFileSync(file, writeZip(entries));
  return file;
}

describe("crc32", () => {
  it("gives the standard check value and the empty input's", () => {
    // The CRC-32 check value from the catalogue of parametrised CRC algorithms (CRC-32/ISO-HDLC).
    expect(crc32(text("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });
});

describe("writeZip", () => {
  it("writes an archive Python's zipfile reads, with every CRC right", () => {
    const zip = readZip(written("a.zip"), ["dir/compressible.txt", "naïve 🧠.txt", "dir/empty"]);
    expect(zip.firstBad).toBeNull();
    expect(zip.texts).toEqual({
      "dir/compressible.txt": "nn-grader ".repeat(500),
      "naïve 🧠.txt": "unicode name\n",
      "dir/empty": "",
    });
  });

  it("sorts entries by name, stores Unix modes and a fixed 1980-01-01 timestamp", () => {
    const zip = readZip(written("b.zip"));
    expect(zip.entries.map((e) => [e.name, e.mode.toString(8), e.type.toString(8), e.createSystem])).toEqual([
      ["dir/compressible.txt", "644", "100000", 3],
      ["dir/empty", "644", "100000", 3],
      ["naïve 🧠.txt", "644", "100000", 3],
      ["run_autograder", "755", "100000", 3],
    ]);
    for (const entry of zip.entries) expect(entry.date).toEqual([1980, 1, 1, 0, 0, 0]);
  });

  it("deflates what shrinks and stores what does not", () => {
    const methods = Object.fromEntries(readZip(written("c.zip")).entries.map((e) => [e.name, e.method]));
    expect(methods["dir/compressible.txt"]).toBe(8);
    expect(methods["dir/empty"]).toBe(0);
  });

  it("gives the same bytes for the same entries in any order", () => {
    expect(writeZip([...ENTRIES].reverse()).equals(writeZip(ENTRIES))).toBe(true);
  });

  it.each(["", "/abs", "a/../b", "back\\slash"])("refuses the entry name %j", (name) => {
    expect(() => writeZip([{ name, data: text("x") }])).toThrow(`zip: invalid entry name "${name}"`);
  });

  it("refuses a duplicate name", () => {
    expect(() => writeZip([ENTRIES[0], ENTRIES[0]])).toThrow('zip: duplicate entry "run_autograder"');
  });
});
