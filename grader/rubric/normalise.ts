// Builds the loaded Rubric from schema-valid data: defaults filled in from the schema, names prefixed.
import type { SchemaObject } from "ajv/dist/2020.js";
import { resolveRef } from "./describe.js";
import type { CheckKind, GradedFunction, Rubric, RubricTest, Tolerance, Visibility } from "./types.js";
import { lineOf, type YamlSource } from "./yaml-source.js";

/** Title used when a test has no `name`; the loaded name is always "<function>: <title>". */
const DEFAULT_TITLES: Readonly<Record<CheckKind, string>> = {
  structure: "keys, shapes and dtype",
  values: "values match the reference",
  property: "matches the reference on generated layer sizes",
  statistics: "scale of large random draws",
  training: "training behaviour",
  purity: "no side effects",
  diagnosis: "known mistakes",
};

type RawTest = { id: string; function: string; kind: CheckKind; points: number } & Record<string, unknown>;
type RawRubric = {
  assignment: string;
  title: string;
  functions: GradedFunction[];
  tests: RawTest[];
} & Record<string, unknown>;

// Converts validated data into the Rubric type; `data` must already have passed the schema.
export function normalise(data: unknown, file: string, schema: SchemaObject, source: YamlSource): Rubric {
  const raw = data as RawRubric;
  const deadline = raw.deadline_ms ?? defaultOf(schema, "#/properties/deadline_ms");
  const budget = raw.submission_budget_ms ?? defaultOf(schema, "#/properties/submission_budget_ms");
  return {
    version: 1,
    assignment: raw.assignment,
    title: raw.title,
    functions: raw.functions.map(({ name, reference, seeded }) => ({ name, reference, seeded })),
    tests: raw.tests.map((test, index) => normaliseTest(test, index, schema, source)),
    deadlineMs: deadline as number,
    submissionBudgetMs: budget as number,
    file,
  };
}

function normaliseTest(test: RawTest, index: number, schema: SchemaObject, source: YamlSource): RubricTest {
  const title = typeof test.name === "string" ? test.name : DEFAULT_TITLES[test.kind];
  const prefix = `${test.function}: `;
  return {
    id: test.id,
    name: title.startsWith(prefix) ? title : `${prefix}${title}`,
    function: test.function,
    kind: test.kind,
    inputs: (test.inputs as number[][] | undefined) ?? [],
    points: test.points,
    visibility: (test.visibility ?? defaultOf(schema, "#/$defs/test/properties/visibility")) as Visibility,
    tolerance: withDefaults(test.tolerance, schema, "#/$defs/tolerance") as unknown as Tolerance,
    feedback: (test.feedback ?? defaultOf(schema, "#/$defs/test/properties/feedback")) as string,
    options: normaliseOptions(test, schema),
    source: { path: `tests[${index}]`, line: lineOf(source, ["tests", index]) },
  };
}

function normaliseOptions(test: RawTest, schema: SchemaObject): Readonly<Record<string, unknown>> {
  const options = withDefaults(test.options, schema, `#/$defs/kind_${test.kind}/then/properties/options`);
  if (test.kind === "training" && options.initial_cost === "inf")
    options.initial_cost = Number.POSITIVE_INFINITY;
  return options;
}

// Copies the given mapping and adds every property default the schema at `pointer` declares.
function withDefaults(given: unknown, schema: SchemaObject, pointer: string): Record<string, unknown> {
  const target = resolveRef({ $ref: pointer }, schema);
  const properties =
    typeof target === "boolean" ? {} : ((target.properties ?? {}) as Record<string, unknown>);
  const out: Record<string, unknown> = { ...((given ?? {}) as Record<string, unknown>) };
  for (const [key, property] of Object.entries(properties)) {
    const resolved = resolveRef(property, schema);
    if (out[key] === undefined && typeof resolved !== "boolean" && "default" in resolved) {
      out[key] = resolved.default;
    }
  }
  return out;
}

function defaultOf(schema: SchemaObject, pointer: string): unknown {
  const target = resolveRef({ $ref: pointer }, schema);
  if (typeof target === "boolean" || !("default" in target))
    throw new Error(`schema ${pointer} has no default`);
  return target.default;
}
