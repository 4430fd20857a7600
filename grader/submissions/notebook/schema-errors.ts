// Turns ajv's first error into one line that names the field, the rule and the bad value.
import type { ErrorObject } from "ajv";

// "/cells/2/cell_type" → "cells[2].cell_type"; the root is called "notebook".
function fieldPath(instancePath: string): string {
  if (instancePath === "") return "notebook";
  let out = "";
  for (const raw of instancePath.slice(1).split("/")) {
    const part = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    out += /^\d+$/.test(part) ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out;
}

// The value at a JSON pointer, for "got …" in messages.
function valueAt(data: unknown, instancePath: string): unknown {
  let value = data;
  for (const raw of instancePath.split("/").slice(1)) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[raw.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return value;
}

// A JSON type name as users say it ("null", "array", "object", …).
function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isInteger(value)) return "integer";
  return typeof value;
}

// A short rendering of a bad value: JSON, cut at 40 characters.
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** One line for the first schema error: "cells[2].cell_type: expected one of code, markdown, raw, got \"python\"". */
export function describeSchemaError(error: ErrorObject, data: unknown): string {
  const path = fieldPath(error.instancePath);
  const value = valueAt(data, error.instancePath);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `${path}: missing required property ${String(params.missingProperty)}`;
    case "enum":
      return `${path}: expected one of ${(params.allowedValues as unknown[]).join(", ")}, got ${shown(value)}`;
    case "const":
      return `${path}: expected ${shown(params.allowedValue)}, got ${shown(value)}`;
    case "type": {
      const wanted = Array.isArray(params.type) ? params.type.join(" or ") : String(params.type);
      return `${path}: expected ${wanted}, got ${typeName(value)}`;
    }
    default:
      return `${path}: ${error.message ?? error.keyword}, got ${shown(value)}`;
  }
}
