import { describe, expect, it } from "vitest";
import { safeFileName, safeNamesFor } from "../../grader/batch/safe-name.js";

describe("safeFileName", () => {
  it("keeps a plain lower-case id as it is", () => {
    for (const id of ["alice", "s1234567", "john.smith", "a_b-c"]) expect(safeFileName(id)).toBe(id);
  });

  it.each([
    "../x",
    "..",
    ".",
    "",
    "a/b",
    "a\\b",
    ".hidden",
    "Alice",
    'o\'brien "the"\nsecond',
    "=cmd|' /C calc'!A0",
    "x.gradescope",
    "trailing.",
    "ünïcode",
    "a".repeat(300),
  ])("maps %j to a plain name inside the folder", (id) => {
    const name = safeFileName(id);
    expect(name).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).not.toBe(id);
  });

  it("keeps ids apart that differ only in case or punctuation", () => {
    const ids = ["Alice", "alice", "ALICE", "a b", "a_b", "a/b", "a\\b"];
    expect(new Set(ids.map(safeFileName)).size).toBe(ids.length);
    expect(safeNamesFor(ids).size).toBe(ids.length);
  });

  it("never gives a plain id the name derived for another (bob_smith-7e3d898113 beside Bob Smith)", () => {
    const derived = safeFileName("Bob Smith");
    expect(derived).toBe("bob_smith-7e3d898113");
    const lookalike = safeFileName(derived);
    expect(lookalike).toMatch(/^bob_smith-7e3d898113-[0-9a-f]{10}$/);
    expect(safeNamesFor(["Bob Smith", derived]).size).toBe(2);
    expect(safeFileName("id")).toMatch(/^id-[0-9a-f]{10}$/);
    expect(safeFileName("alice-0123456789")).not.toBe("alice-0123456789");
  });

  it("is stable: the same id always gets the same name", () => {
    expect(safeFileName("Bob Smith")).toBe(safeFileName("Bob Smith"));
    expect(safeFileName("Bob Smith")).toMatch(/^bob_smith-[0-9a-f]{10}$/);
  });
});
