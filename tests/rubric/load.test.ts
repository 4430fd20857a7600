import { describe, expect, it } from "vitest";
import { loadRubric } from "../../grader/rubric/load.js";
import { optionsOf } from "../../grader/rubric/options.js";
import { rubricSchema } from "../../grader/rubric/schema.js";
import { formatSummary, summarise } from "../../grader/rubric/summary.js";
import type { CheckKind } from "../../grader/rubric/types.js";
import { COURSE_RUBRIC, fixture, testById } from "./fixtures.js";

describe("the course rubric", () => {
  const rubric = loadRubric(COURSE_RUBRIC);

  it("loads with its functions, deadline and counts", () => {
    expect(rubric.assignment).toBe("initialization");
    expect(rubric.deadlineMs).toBe(2000);
    expect(rubric.file).toBe(COURSE_RUBRIC);
    expect(rubric.functions).toEqual([
      { name: "initialize_parameters_zeros", reference: "zeros", seeded: false },
      { name: "initialize_parameters_random", reference: "random", seeded: true },
      { name: "initialize_parameters_he", reference: "he", seeded: true },
    ]);
    expect(formatSummary(summarise(rubric))).toBe("23 tests, 38 points, 12 visible");
  });

  it("has the planned tests, kinds, points and visibility", () => {
    const rows = rubric.tests.map((t) => `${t.id} ${t.kind} ${t.points} ${t.visibility}`);
    const perFunction = (f: string, statistics: boolean) => [
      `${f}.structure structure 1 visible`,
      `${f}.values.public values 2 visible`,
      `${f}.values.hidden values 3 hidden`,
      `${f}.property property 2 hidden`,
      ...(statistics ? [`${f}.statistics statistics 1 hidden`] : []),
      `${f}.training training 2 visible`,
      `${f}.purity purity 1 visible`,
      `${f}.diagnosis diagnosis 1 hidden`,
    ];
    expect(rows).toEqual([
      ...perFunction("zeros", false),
      ...perFunction("random", true),
      ...perFunction("he", true),
    ]);
  });

  it("names every test after its function and gives every test teaching feedback", () => {
    for (const test of rubric.tests) {
      expect(test.name.startsWith(`${test.function}: `)).toBe(true);
      expect(test.feedback.length).toBeGreaterThan(80);
    }
  });

  it("closes the course checker's blind spots with its hidden inputs", () => {
    const inputs = testById(rubric, "he.values.hidden").inputs;
    expect(inputs.some((dims) => dims.length === 2)).toBe(true); // one layer
    expect(inputs.some((dims) => dims.length >= 6)).toBe(true); // deep
    expect(inputs.every((dims) => dims[0] !== 2)).toBe(true); // W1's scale sqrt(2 / n0) is never 1
    expect(inputs.some((dims) => dims.slice(1).some((n, l) => n !== dims[l] && n > 1 && dims[l] > 1))).toBe(
      true,
    );
  });

  it("sets the training expectations of docs/assignment.md", () => {
    const training = (f: string) => optionsOf(testById(rubric, `${f}.training`), "training");
    expect(training("zeros")).toMatchObject({ expect: "dead_weights", iterations: 15000 });
    expect(training("random")).toEqual({
      expect: "accuracy",
      iterations: 15000,
      initial_cost: Number.POSITIVE_INFINITY,
      min_train_accuracy: 0.8,
      min_test_accuracy: 0.8,
    });
    expect(training("he")).toEqual({
      expect: "accuracy",
      iterations: 15000,
      initial_cost: null,
      min_train_accuracy: 0.99,
      min_test_accuracy: 0.95,
    });
  });

  it("keeps statistics draws near 100k values and at most 150k", () => {
    for (const test of rubric.tests.filter((t) => t.kind === "statistics")) {
      for (const dims of test.inputs) {
        const weights = dims.slice(1).reduce((sum, n, l) => sum + n * dims[l], 0);
        expect(weights).toBeGreaterThanOrEqual(100_000);
        expect(weights).toBeLessThanOrEqual(150_000);
      }
    }
  });
});

describe("defaults filled in at load", () => {
  const rubric = loadRubric(fixture("valid", "minimal.yaml"));
  const test = (id: string) => testById(rubric, id);

  it("fills visibility, tolerance (atol 1e-12, rtol 1e-7), feedback and the deadline", () => {
    expect(rubric.deadlineMs).toBe(2000);
    expect(test("he.structure")).toMatchObject({
      visibility: "visible",
      tolerance: { atol: 1e-12, rtol: 1e-7 },
      feedback: "",
      inputs: [[2, 4, 1]],
      source: { path: "tests[0]", line: 10 },
    });
    expect(test("he.values").tolerance).toEqual({ atol: 0.001, rtol: 1e-7 });
  });

  it("fills every option of every kind, so checks never see undefined", () => {
    expect(test("he.structure").options).toEqual({});
    expect(optionsOf(test("he.property"), "property")).toEqual({
      seed: 7,
      runs: 50,
      max_depth: 5,
      max_width: 12,
    });
    expect(optionsOf(test("he.statistics"), "statistics")).toEqual({ false_failure_rate: 1e-6 });
    expect(optionsOf(test("he.purity"), "purity")).toEqual({ checks: ["repeatable"] });
    const schemaOptions = (kind: CheckKind) =>
      Object.keys(rubricSchema().$defs[`kind_${kind}`].then.properties.options.properties ?? {}).sort();
    for (const t of rubric.tests) expect(Object.keys(t.options).sort()).toEqual(schemaOptions(t.kind));
  });

  it("prefixes names with the function, without doubling a prefix already written", () => {
    expect(test("he.values").name).toBe("initialize_parameters_he: values match the reference");
    expect(test("he.diagnosis").name).toBe("initialize_parameters_he: nothing known is wrong");
  });

  it("refuses to read options as another kind's", () => {
    expect(() => optionsOf(test("he.purity"), "training")).toThrow(
      "test he.purity is of kind purity, not training",
    );
  });
});
