// Words for error messages: what a schema expects ("a number > 0") and what the file has ("-2", "a mapping").
import type { SchemaObject } from "ajv/dist/2020.js";

/** Lists longer than this (as text) are shown by their length instead of inline. */
const MAX_INLINE_CHARS = 40;

// Follows a local `$ref` (#/$defs/...) to the schema it names.
export function resolveRef(schema: unknown, root: SchemaObject): SchemaObject | boolean {
  if (typeof schema === "boolean") return schema;
  const object = (schema ?? {}) as SchemaObject;
  if (typeof object.$ref !== "string" || !object.$ref.startsWith("#/")) return object;
  let target: unknown = root;
  for (const key of object.$ref.slice(2).split("/")) target = (target as Record<string, unknown>)?.[key];
  return resolveRef(target, root);
}

// Says what a schema accepts, as a noun phrase that follows "expected".
export function describeSchema(schema: unknown, root: SchemaObject): string {
  const s = resolveRef(schema, root);
  if (s === false) return "nothing (the key is not allowed here)";
  if (s === true) return "any value";
  if (typeof s.description === "string") return s.description;
  if (Array.isArray(s.enum)) return `one of ${s.enum.map(String).join(", ")}`;
  if ("const" in s) return JSON.stringify(s.const);
  const alternatives = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (alternatives) return alternatives.map((branch) => describeSchema(branch, root)).join(" or ");
  switch (s.type) {
    case "integer":
      return `an integer${bounds(s)}`;
    case "number":
      return `a number${bounds(s)}`;
    case "string":
      return "a text";
    case "boolean":
      return "true or false";
    case "array":
      return "a list";
    case "object":
      return "a mapping";
    default:
      return "a value";
  }
}

function bounds(s: SchemaObject): string {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = s as Record<string, number | undefined>;
  if (minimum !== undefined && maximum !== undefined) return ` from ${minimum} to ${maximum}`;
  const parts: string[] = [];
  if (minimum !== undefined) parts.push(`>= ${minimum}`);
  if (exclusiveMinimum !== undefined) parts.push(`> ${exclusiveMinimum}`);
  if (maximum !== undefined) parts.push(`<= ${maximum}`);
  if (exclusiveMaximum !== undefined) parts.push(`< ${exclusiveMaximum}`);
  return parts.length === 0 ? "" : ` ${parts.join(" and ")}`;
}

// Shows a value from the file: numbers and texts as written in JSON, short lists inline, the rest by kind.
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return ".nan";
    return Number.isFinite(value) ? String(value) : value > 0 ? ".inf" : "-.inf";
  }
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "an empty list";
    const inline = JSON.stringify(value)?.replaceAll(",", ", ");
    const flat = inline !== undefined && !inline.includes("{");
    if (flat && inline.length <= MAX_INLINE_CHARS) return inline;
    return `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  }
  if (typeof value === "object") return "a mapping";
  return String(value);
}
