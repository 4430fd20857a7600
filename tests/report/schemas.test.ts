import { describe, expect, it } from "vitest";
import { renderGradescope } from "../../grader/report/gradescope.js";
import { renderJson } from "../../grader/report/json.js";
import { ALL, PARTIAL, TIMED } from "./fixtures.js";
import { golden } from "./golden.js";
import { GOLDEN_CASES } from "./goldens.js";
import { compileSchema } from "./parse.js";

const RESULT_SCHEMA = "schemas/result.schema.json";
const GRADESCOPE_SCHEMA = "schemas/gradescope-results.schema.json";

describe("JSON result and schemas/result.schema.json", () => {
  const validate = compileSchema(RESULT_SCHEMA);

  it("writes the small case exactly as the golden file", () => {
    expect(GOLDEN_CASES["partial.json"]()).toBe(golden("partial.json"));
  });

  it.each(Object.entries(ALL))("validates the %s result", (_name, result) => {
    const doc = JSON.parse(renderJson(result));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it("writes nothing but the published fields, even when the data carries more", () => {
    const extra = { ...PARTIAL, rubric: { ...PARTIAL.rubric, secret: "hidden inputs" } };
    expect(validate(JSON.parse(renderJson(extra)))).toBe(true);
    expect(renderJson(extra)).not.toContain("secret");
  });

  it("refuses documents that break it", () => {
    const doc = JSON.parse(renderJson(PARTIAL));
    expect(validate({ ...doc, tests: [{ ...doc.tests[0], status: "skipped" }] })).toBe(false);
    expect(validate({ ...doc, surprise: 1 })).toBe(false);
    expect(validate({ ...doc, format_version: 1 })).toBe(false);
  });
});

describe("Gradescope results.json and schemas/gradescope-results.schema.json", () => {
  const validate = compileSchema(GRADESCOPE_SCHEMA);

  it("writes the small case exactly as the golden file", () => {
    expect(GOLDEN_CASES["partial.gradescope.json"]()).toBe(golden("partial.gradescope.json"));
  });

  it.each(Object.entries(ALL))("validates the %s result", (_name, result) => {
    const doc = JSON.parse(renderGradescope(result));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it("reports execution time in seconds only when it was recorded", () => {
    expect(JSON.parse(renderGradescope(TIMED)).execution_time).toBe(1.534);
    expect(JSON.parse(renderGradescope(PARTIAL))).not.toHaveProperty("execution_time");
  });

  it("accepts the spec's full shape, with a leaderboard", () => {
    const doc = {
      score: 44,
      execution_time: 136,
      output: "Text relevant to the entire submission",
      output_format: "simple_format",
      test_output_format: "text",
      test_name_format: "text",
      visibility: "after_due_date",
      stdout_visibility: "visible",
      extra_data: {},
      tests: [
        {
          score: 2,
          max_score: 2,
          status: "passed",
          name: "Your name here",
          name_format: "text",
          number: "1.1",
          output: "Giant multiline string",
          output_format: "md",
          tags: ["tag1", "tag2"],
          visibility: "visible",
          extra_data: {},
        },
      ],
      leaderboard: [
        { name: "Accuracy", value: 0.926 },
        { name: "Time", value: 15.1, order: "asc" },
        { name: "Stars", value: "*****" },
      ],
    };
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it("refuses what Gradescope does not know", () => {
    const doc = JSON.parse(renderGradescope(PARTIAL));
    const test = doc.tests[0];
    expect(validate({ ...doc, tests: [{ ...test, status: "error" }] })).toBe(false);
    expect(validate({ ...doc, tests: [{ ...test, output_format: "markdown" }] })).toBe(false);
    expect(validate({ ...doc, tests: [{ ...test, visibility: "public" }] })).toBe(false);
    expect(validate({ ...doc, stdout_visibility: "always" })).toBe(false);
    expect(validate({ ...doc, leaderboard: [{ name: "x", value: 1, order: "up" }] })).toBe(false);
    const { score: _score, ...noScore } = doc;
    const { score: _testScore, ...unscored } = test;
    expect(validate({ ...noScore, tests: [unscored] })).toBe(false);
    expect(validate({ ...noScore, tests: [test] })).toBe(true);
  });
});
