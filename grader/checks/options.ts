// Typed reads of a rubric test's kind-specific options. The loader fills defaults, so a missing or
// mistyped option here is a bug in the rubric schema or loader, reported with the test it belongs to.
import type { RubricTest } from "../rubric/types.js";

// A numeric option, e.g. options.runs.
export function numberOption(test: RubricTest, name: string): number {
  const value = test.options[name];
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new Error(
      `rubric test ${test.id}: options.${name} should be a number, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

// A list-of-strings option restricted to known values, e.g. options.checks of a purity test.
export function choicesOption<T extends string>(test: RubricTest, name: string, allowed: readonly T[]): T[] {
  const value = test.options[name];
  if (
    !Array.isArray(value) ||
    !value.every((v): v is T => typeof v === "string" && allowed.includes(v as T))
  ) {
    throw new Error(
      `rubric test ${test.id}: options.${name} should be a list of ${allowed.join(" | ")}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}
