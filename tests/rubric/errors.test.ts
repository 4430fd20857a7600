import { describe, expect, it } from "vitest";
import { loadRubric, parseRubric } from "../../grader/rubric/load.js";
import { MAX_LISTED_PROBLEMS, RubricError } from "../../grader/rubric/problems.js";
import { fixture, invalidFixtures, read } from "./fixtures.js";

// Loads a rubric expected to be refused and returns the error.
function refusal(file: string, text = read(file)): RubricError {
  try {
    parseRubric(text, file);
  } catch (error) {
    if (error instanceof RubricError) return error;
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

describe("the message users read for each kind of mistake", () => {
  it("names the path, the line, the rule and the bad value", () => {
    expect(refusal(fixture("invalid", "bad-points.yaml")).message).toBe(
      "tests/fixtures/rubric/invalid/bad-points.yaml:13: tests[0].points: expected a number > 0, got -2",
    );
    expect(refusal(fixture("invalid", "bad-visibility.yaml")).message).toBe(
      "tests/fixtures/rubric/invalid/bad-visibility.yaml:14: tests[0].visibility: " +
        'expected one of hidden, after_due_date, after_published, visible, got "public"',
    );
  });

  it("refuses an option that belongs to another kind, listing the allowed ones", () => {
    expect(refusal(fixture("invalid", "option-of-wrong-kind.yaml")).message.split("\n")).toEqual([
      'tests/fixtures/rubric/invalid/option-of-wrong-kind.yaml:15: tests[0].options.runs: unknown key for kind "values" (allowed: none)',
      'tests/fixtures/rubric/invalid/option-of-wrong-kind.yaml:22: tests[1].options.checks: unknown key for kind "property" (allowed: seed, runs, max_depth, max_width)',
    ]);
  });

  it("points a duplicate id at the first use", () => {
    expect(refusal(fixture("invalid", "duplicate-id.yaml")).problems).toEqual([
      { path: "tests[1].id", line: 14, message: 'duplicate id "he.values.public" (first at line 9)' },
    ]);
  });

  it("reports YAML syntax errors with their line", () => {
    expect(refusal(fixture("invalid", "duplicate-key.yaml")).problems).toEqual([
      { path: "", line: 14, message: "invalid YAML: Map keys must be unique" },
    ]);
  });

  it.each(invalidFixtures())(
    "$file: exactly the lines in the .errors.txt beside it",
    ({ file, expected }) => {
      expect(refusal(file).message.split("\n")).toEqual(expected);
    },
  );
});

describe("many problems", () => {
  it("are all reported, in file order, schema and cross-field rules together", () => {
    const { problems } = refusal(fixture("invalid", "many-problems.yaml"));
    expect(problems.map((p) => `${p.line} ${p.path}`)).toEqual([
      "1 version",
      "4 colour",
      "8 functions[0].seeded",
      "14 tests[0].points",
      "15 tests[0].tolerance.atol",
      "15 tests[0].tolerance.ltol",
      "16 tests[1].id",
      "17 tests[1].function",
      "21 tests[1].visibility",
    ]);
  });

  it(`are listed up to ${MAX_LISTED_PROBLEMS} in the message, then counted`, () => {
    const tests = Array.from(
      { length: 25 },
      (_, i) => `  - { id: t${i}, function: f, kind: values, inputs: [[2, 1]], points: -1 }`,
    );
    const text = [
      "version: 1",
      "assignment: a",
      "title: T",
      "functions: [{ name: f, reference: r, seeded: false }]",
      "tests:",
      ...tests,
    ].join("\n");
    const error = refusal("many.yaml", text);
    expect(error.problems).toHaveLength(25);
    const lines = error.message.split("\n");
    expect(lines).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(lines[0]).toBe("many.yaml:6: tests[0].points: expected a number > 0, got -1");
    expect(lines.at(-1)).toBe("many.yaml: … and 5 more problems");
  });
});

describe("loadRubric", () => {
  it("refuses a missing file with a RubricError naming it", () => {
    expect(() => loadRubric("rubrics/no-such.yaml")).toThrow(
      new RubricError("rubrics/no-such.yaml", [
        { path: "", line: 0, message: "cannot read the rubric: no such file" },
      ]),
    );
    expect(() => loadRubric("rubrics/no-such.yaml")).toThrow(
      "rubrics/no-such.yaml: cannot read the rubric: no such file",
    );
  });
});
