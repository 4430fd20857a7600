import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readMetadata } from "../../grader/gradescope/metadata.js";

const root = mkdtempSync(join(tmpdir(), "gradescope-metadata-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
}

describe("readMetadata", () => {
  it("takes the submission's id from Gradescope's metadata", () => {
    const path = file(
      "m.json",
      JSON.stringify({ id: 123456, created_at: "2024-01-01", users: [{ name: "A" }] }),
    );
    expect(readMetadata(path)).toEqual({ submissionId: "123456" });
  });

  it("tolerates a missing file and a file without an id", () => {
    expect(readMetadata(join(root, "absent.json"))).toEqual({});
    expect(readMetadata(file("noid.json", "{}"))).toEqual({});
  });

  it("notes a malformed file for the log and grades all the same", () => {
    const path = file("bad.json", "{not json");
    expect(readMetadata(path).problem).toMatch(new RegExp(`^${path} is not valid JSON \\(`));
  });
});
