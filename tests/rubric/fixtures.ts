// Paths and readers for the rubric fixtures, named relative to the repository root as messages show them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Rubric, RubricTest } from "../../grader/rubric/types.js";

/** The course rubric, as users name it on the command line. */
export const COURSE_RUBRIC = "rubrics/initialization.yaml";

/** The folder of rubric fixtures, relative to the repository root (vitest's working directory). */
export const FIXTURES = "tests/fixtures/rubric";

// Names a fixture file: fixture("invalid", "bad-points.yaml").
export function fixture(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

// Reads a text file relative to the repository root.
export function read(file: string): string {
  return readFileSync(file, "utf8");
}

// Lists the invalid fixtures, each with the error lines expected for it (from the .errors.txt beside it).
export function invalidFixtures(): { file: string; expected: string[] }[] {
  return readdirSync(fixture("invalid"))
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => {
      const file = fixture("invalid", name);
      const expected = read(file.replace(/\.yaml$/, ".errors.txt"))
        .trimEnd()
        .split("\n");
      return { file, expected };
    });
}

// Finds a loaded test by id, failing the calling test with the id when it is absent.
export function testById(rubric: Rubric, id: string): RubricTest {
  const test = rubric.tests.find((t) => t.id === id);
  if (!test) throw new Error(`no test ${id} in ${rubric.file}`);
  return test;
}
