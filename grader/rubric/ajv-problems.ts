// Turns ajv's raw errors into one human sentence per problem, each with its YAML path and line.
import type { ErrorObject, SchemaObject } from "ajv/dist/2020.js";
import { describeSchema, resolveRef, showValue } from "./describe.js";
import type { RubricProblem } from "./problems.js";
import { formatPath, lineOf, type PathSegment, type YamlSource } from "./yaml-source.js";

/** Keywords whose errors only repeat what a more specific error already says. */
const NOISE_KEYWORDS = new Set(["if"]);

/** Keywords that stand for their branches: one message for the whole choice. */
const CHOICE_KEYWORDS = new Set(["anyOf", "oneOf"]);

// Converts ajv errors (run with allErrors and verbose) into problems, most specific first, without repeats.
export function ajvProblems(
  errors: readonly ErrorObject[],
  data: unknown,
  root: SchemaObject,
  source: YamlSource,
): RubricProblem[] {
  const choices = errors.filter((e) => CHOICE_KEYWORDS.has(e.keyword)).map((e) => `${e.schemaPath}/`);
  const kept = errors.filter(
    (e) =>
      !NOISE_KEYWORDS.has(e.keyword) &&
      !choices.some((prefix) => e.schemaPath.startsWith(prefix)) &&
      !hasKindSpecificTwin(e, errors),
  );
  const seen = new Set<string>();
  const problems: RubricProblem[] = [];
  for (const error of kept) {
    const { segments, message } = explain(error, data, root);
    const path = formatPath(segments);
    if (seen.has(`${path}\n${message}`)) continue;
    seen.add(`${path}\n${message}`);
    problems.push({ path, line: lineOf(source, segments), message });
  }
  return problems;
}

// A generic type error is dropped when the kind's own schema (under if/then) says the same thing better.
function hasKindSpecificTwin(error: ErrorObject, errors: readonly ErrorObject[]): boolean {
  if (error.keyword !== "type" || error.schemaPath.includes("/then/")) return false;
  return errors.some(
    (other) =>
      other.keyword === "type" &&
      other.instancePath === error.instancePath &&
      other.schemaPath.includes("/then/"),
  );
}

function explain(error: ErrorObject, data: unknown, root: SchemaObject) {
  const segments = toSegments(error.instancePath, data);
  const parent = (error.parentSchema ?? {}) as SchemaObject;
  const kind = kindAt(segments, data);
  switch (error.keyword) {
    case "required": {
      const name = String(error.params.missingProperty);
      const expected = describeSchema(propertySchema(parent, name, error.schemaPath, segments, root), root);
      const condition = conditionOf(error.schemaPath, root);
      const why = condition === "" ? "missing" : `missing, required when ${condition}`;
      return { segments: [...segments, name], message: `${why} (expected ${expected})` };
    }
    case "additionalProperties": {
      const name = String(error.params.additionalProperty);
      const allowed = Object.keys((parent.properties ?? {}) as object);
      const list = allowed.length === 0 ? "none" : allowed.join(", ");
      const isOptions = kind !== undefined && segments.at(-1) === "options";
      const what = isOptions ? `unknown key for kind ${JSON.stringify(kind)}` : "unknown key";
      return { segments: [...segments, name], message: `${what} (allowed: ${list})` };
    }
    case "false schema":
      return {
        segments,
        message: kind === undefined ? "not allowed here" : `not used by kind ${JSON.stringify(kind)}`,
      };
    case "uniqueItems": {
      const repeated = (error.data as unknown[])[Number(error.params.j)];
      return {
        segments,
        message: `expected ${describeSchema(parent, root)}, got ${showValue(repeated)} twice`,
      };
    }
    default:
      return { segments, message: `expected ${describeSchema(parent, root)}, got ${showValue(error.data)}` };
  }
}

// Splits a JSON pointer into keys and list indices, using the data to tell which is which.
function toSegments(pointer: string, data: unknown): PathSegment[] {
  const segments: PathSegment[] = [];
  let node = data;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const segment = Array.isArray(node) ? Number(key) : key;
    segments.push(segment);
    node = (node as Record<PathSegment, unknown> | null)?.[segment];
  }
  return segments;
}

// The kind of the test a path lies inside (tests[i]...), if it is a text.
function kindAt(segments: readonly PathSegment[], data: unknown): string | undefined {
  if (segments[0] !== "tests" || typeof segments[1] !== "number" || segments.length < 3) return undefined;
  const kind = (data as { tests: { kind?: unknown }[] }).tests[segments[1]]?.kind;
  return typeof kind === "string" ? kind : undefined;
}

// The schema of a missing key: from the schema that required it, or the one holding its if/then,
// or else (for a test's own keys) from the test definition.
function propertySchema(
  parent: SchemaObject,
  name: string,
  schemaPath: string,
  at: readonly PathSegment[],
  root: SchemaObject,
): unknown {
  const holder = /^(#.*)\/then\/required$/.exec(schemaPath)?.[1];
  const candidates = [parent, holder === undefined ? {} : resolveRef({ $ref: holder }, root)];
  if (at.length === 2 && at[0] === "tests") candidates.push(resolveRef({ $ref: "#/$defs/test" }, root));
  for (const candidate of candidates) {
    if (typeof candidate === "boolean") continue;
    const property = (candidate.properties as Record<string, unknown> | undefined)?.[name];
    if (property !== undefined) return property;
  }
  return {};
}

// For a requirement under if/then, says when it applies: `kind is "property"`.
function conditionOf(schemaPath: string, root: SchemaObject): string {
  const match = /^(#.*)\/then\/required$/.exec(schemaPath);
  if (!match) return "";
  const test = resolveRef({ $ref: `${match[1]}/if` }, root);
  if (typeof test === "boolean") return "";
  const properties = (test.properties ?? {}) as Record<string, { const?: unknown }>;
  return Object.entries(properties)
    .filter(([, schema]) => "const" in schema)
    .map(([key, schema]) => `${key} is ${JSON.stringify(schema.const)}`)
    .join(" and ");
}
