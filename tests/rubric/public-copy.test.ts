import { describe, expect, it } from "vitest";
import { loadRubric, parseRubric } from "../../grader/rubric/load.js";
import { RubricError } from "../../grader/rubric/problems.js";
import { publicCopy } from "../../grader/rubric/public-copy.js";
import type { RubricTest } from "../../grader/rubric/types.js";
import { COURSE_RUBRIC, fixture, read } from "./fixtures.js";

// A pattern for a layers_dims list written in flow style, however it is spaced: `[5, 3, 4, 2]`.
function dimsPattern(dims: readonly number[]): RegExp {
  return new RegExp(`\\[\\s*${dims.join("\\s*,\\s*")}\\s*\\]`);
}

// The parts of a withheld test that must not reach students: id, feedback, inputs no visible test uses.
function secretsOf(test: RubricTest, visible: readonly RubricTest[]) {
  const seen = new Set(visible.flatMap((t) => t.inputs.map((dims) => dims.join(","))));
  return {
    id: test.id,
    feedback: test.feedback,
    inputs: test.inputs.filter((dims) => !seen.has(dims.join(","))),
  };
}

describe("the public copy of the course rubric", () => {
  const original = loadRubric(COURSE_RUBRIC);
  const copy = publicCopy(read(COURSE_RUBRIC), COURSE_RUBRIC);
  const visible = original.tests.filter((t) => t.visibility === "visible");
  const withheld = original.tests.filter((t) => t.visibility !== "visible");
  const flatText = copy.text.replace(/\s+/g, " ");

  it("keeps the 12 visible tests and withholds the other 11", () => {
    expect([copy.kept, copy.withheld, copy.commentsKept]).toEqual([12, 11, true]);
    expect(
      copy.text.startsWith(`# Public copy of ${COURSE_RUBRIC}, written by \`grader rubric public\``),
    ).toBe(true);
    expect(copy.text).toContain("# 11 of 23 tests are withheld");
  });

  it("contains no withheld id, feedback text or distinctive input", () => {
    expect(withheld.length).toBe(11);
    for (const test of withheld) {
      const secrets = secretsOf(test, visible);
      expect(copy.text).not.toMatch(new RegExp(`\\b${secrets.id.replaceAll(".", "\\.")}\\b`));
      expect(flatText).not.toContain(secrets.feedback.slice(0, 60));
      for (const dims of secrets.inputs) expect(copy.text).not.toMatch(dimsPattern(dims));
    }
    // The hidden inputs of the course rubric, named outright so a change to the rubric cannot hollow this out.
    for (const dims of [
      [4, 3, 2],
      [5, 3, 4, 2],
      [4, 1],
      [6, 5, 4, 3, 2, 1],
      [7, 10, 5, 1],
      [500, 200, 100],
      [3, 5, 1],
    ]) {
      expect(copy.text).not.toMatch(dimsPattern(dims));
    }
    expect(copy.text).not.toMatch(/\bseed:|false_failure_rate|visibility: (hidden|after_)/);
    const publicInputs = parseRubric(copy.text, "public.yaml").tests.flatMap((t) => t.inputs.map(String));
    for (const test of withheld) {
      for (const dims of secretsOf(test, visible).inputs) expect(publicInputs).not.toContain(String(dims));
    }
  });

  it("validates, and its tests equal the visible tests of the original", () => {
    const reloaded = parseRubric(copy.text, "public.yaml");
    const withoutSource = (tests: readonly RubricTest[]) => tests.map(({ source: _source, ...rest }) => rest);
    expect(withoutSource(reloaded.tests)).toEqual(withoutSource(visible));
    expect(reloaded.functions).toEqual(original.functions);
  });

  it("keeps the original's text, comments included, for everything it keeps", () => {
    const body = copy.text.split("\n").slice(3).join("\n");
    expect(body.startsWith(read(COURSE_RUBRIC).slice(0, 400))).toBe(true);
    expect(copy.text).toContain(
      "  # ---------------------------------------------------------------- He\n  - id: he.structure",
    );
    for (const test of visible) expect(copy.text).toContain(`  - id: ${test.id}\n`);
  });
});

describe("public copies of other rubrics", () => {
  it("withhold after_due_date and after_published tests too: only `visible` is visible now", () => {
    const copy = publicCopy(read(fixture("valid", "minimal.yaml")), "minimal.yaml");
    const ids = parseRubric(copy.text, "public.yaml").tests.map((t) => t.id);
    expect(ids).toEqual(["he.structure", "he.values", "he.property", "he.training"]);
    expect(copy.text).not.toMatch(/he\.(statistics|purity|diagnosis)|500, 200, 100|\[4, 3, 2\]/);
  });

  it("are rebuilt from data when the file uses aliases, resolving them and saying comments were dropped", () => {
    const copy = publicCopy(read(fixture("valid", "aliases.yaml")), "aliases.yaml");
    expect(copy.commentsKept).toBe(false);
    expect(copy.text).toContain("# Comments and layout were not kept");
    expect(copy.text).not.toMatch(/he\.values\.hidden|9, 8, 7/);
    const reloaded = parseRubric(copy.text, "public.yaml");
    expect(reloaded.tests.map((t) => [t.id, t.inputs])).toEqual([
      ["he.values.public", [[2, 4, 1]]],
      ["he.structure", [[2, 4, 1]]],
    ]);
  });

  it("are rebuilt from data when an item's layout is not a plain block entry", () => {
    const text = read(fixture("valid", "minimal.yaml")).replace(
      "  - id: he.values\n",
      "  - # odd\n    id: he.values\n",
    );
    const copy = publicCopy(text, "odd.yaml");
    expect(copy.commentsKept).toBe(false);
    expect(copy.text).toContain("    inputs: [[2, 4, 1]]\n");
    expect(parseRubric(copy.text, "public.yaml").tests.map((t) => t.id)).toEqual([
      "he.structure",
      "he.values",
      "he.property",
      "he.training",
    ]);
  });

  it("are refused when no test is visible", () => {
    const file = fixture("valid", "nothing-visible.yaml");
    expect(() => publicCopy(read(file), file)).toThrow(
      new RubricError(file, [
        { path: "tests", line: 8, message: "no test is visible, so a public copy would be empty" },
      ]),
    );
  });
});
