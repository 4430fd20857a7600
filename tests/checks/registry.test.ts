import { describe, expect, it } from "vitest";
import { referencesFor } from "../../grader/assignments/index.js";
import { initializationReferences } from "../../grader/assignments/initialization/references.js";
import { resolveReference } from "../../grader/assignments/registry.js";
import { checkFor, checks } from "../../grader/checks/index.js";

describe("check registry", () => {
  it("has a check for every kind of the rubric schema", () => {
    expect(Object.keys(checks).sort()).toEqual([
      "diagnosis",
      "property",
      "purity",
      "statistics",
      "structure",
      "training",
      "values",
    ]);
    expect(checkFor("training")).toBe(checks.training);
  });
});

describe("reference registry", () => {
  it("resolves the assignment's references by the rubric's names", () => {
    expect(referencesFor("initialization")).toBe(initializationReferences);
    const he = resolveReference(initializationReferences, "he");
    expect(he.weightStd([2, 4, 1], 2)).toEqual({ value: Math.sqrt(2 / 4), formula: "sqrt(2/4)" });
    expect(he.compute([2, 4, 1]).W2.data[0]).toBeCloseTo(-0.03098412, 8);
  });

  it("names the known references when a rubric asks for another", () => {
    expect(() => resolveReference(initializationReferences, "xavier")).toThrow(
      'assignment initialization has no reference "xavier" (it has: zeros, random, he)',
    );
    expect(() => referencesFor("dropout")).toThrow('unknown assignment "dropout" (known: initialization)');
  });
});
