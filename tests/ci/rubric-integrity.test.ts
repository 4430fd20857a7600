import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkRubric, parseSha256, sha256File } from "../../grader/ci/rubric-integrity.js";
import { UsageError } from "../../grader/cli/usage-error.js";

const root = mkdtempSync(join(tmpdir(), "rubric-integrity-"));
const workspace = join(root, "repo");
const outside = join(root, "instructors");
mkdirSync(workspace);
mkdirSync(outside);
const inRepo = join(workspace, "rubric.yaml");
const pinned = join(outside, "rubric.yaml");
writeFileSync(inRepo, "title: x\n");
writeFileSync(pinned, "title: x\n");
/** sha256 of "title: x\n", as printed by `printf 'title: x\n' | sha256sum`. */
const HASH = "152f6f6e12c83825d541fc650946a2d479475e3956a864c5df266652fc7a82d7";

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("sha256File", () => {
  it("hashes the file's bytes as sha256sum does", () => {
    expect(sha256File(inRepo)).toBe(HASH);
  });
});

describe("parseSha256", () => {
  it("accepts 64 hex digits in any case and normalises to lowercase", () => {
    expect(parseSha256(HASH.toUpperCase())).toBe(HASH);
  });

  it("refuses anything else, naming the option and the expected form", () => {
    expect(() => parseSha256("abc")).toThrow(UsageError);
    expect(() => parseSha256("abc")).toThrow(
      '--rubric-sha256: expected 64 hexadecimal digits (the first column of `sha256sum RUBRIC`), got "abc"',
    );
  });
});

describe("checkRubric", () => {
  it("accepts a rubric whose hash is the expected one", () => {
    expect(checkRubric({ rubric: inRepo, expectedSha256: HASH, workspace })).toEqual({
      kind: "pinned",
      sha256: HASH,
    });
  });

  it("refuses a changed rubric, saying what was expected and what was found", () => {
    const wrong = "0".repeat(64);
    expect(checkRubric({ rubric: inRepo, expectedSha256: wrong, workspace })).toEqual({
      kind: "refused",
      refusal: {
        title: "rubric changed",
        message: `the rubric ${inRepo} was changed: expected sha256 ${wrong}, got ${HASH}; this pull request cannot be marked`,
      },
    });
  });

  it("refuses a rubric inside the repository under test when no hash pins it", () => {
    const check = checkRubric({ rubric: inRepo, workspace });
    expect(check.kind).toBe("refused");
    if (check.kind === "refused") expect(check.refusal.message).toContain("inside the repository under test");
  });

  it("refuses a symbolic link that leads into the repository, and one that leads out of it", () => {
    const linkOut = join(outside, "link.yaml");
    symlinkSync(inRepo, linkOut);
    expect(checkRubric({ rubric: linkOut, workspace }).kind).toBe("refused");
    const linkIn = join(workspace, "link.yaml");
    symlinkSync(pinned, linkIn);
    expect(checkRubric({ rubric: linkIn, workspace }).kind).toBe("refused");
  });

  it("accepts a rubric from outside the repository without a hash", () => {
    expect(checkRubric({ rubric: pinned, workspace })).toEqual({ kind: "outside-workspace" });
    expect(checkRubric({ rubric: inRepo })).toEqual({ kind: "unchecked" });
  });

  it("reports a missing rubric as a usage error when a hash is expected", () => {
    expect(() => checkRubric({ rubric: join(root, "none.yaml"), expectedSha256: HASH })).toThrow(
      `rubric not found: ${join(root, "none.yaml")}`,
    );
  });
});
