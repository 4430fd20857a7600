// Checks, defensively, that decoded JSON from a driver is a WireValue; names the path of the first problem.
import type { WireValue } from "../types.js";

/** Nesting deeper than this is refused (a student's deeply nested list would otherwise blow the stack). */
export const MAX_WIRE_DEPTH = 200;

const SPECIAL_FLOATS = new Set(["NaN", "Infinity", "-Infinity"]);
const TAGS = new Set(["$float", "$array", "$list", "$tuple", "$dict", "$other"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function checkArray(array: unknown, path: string): string | undefined {
  if (!isRecord(array)) return `${path}: expected an object {shape, dtype, data}`;
  const { shape, dtype, data } = array;
  if (!Array.isArray(shape) || !shape.every((n) => Number.isInteger(n) && n >= 0)) {
    return `${path}.shape: expected a list of non-negative integers`;
  }
  if (typeof dtype !== "string" || dtype === "") return `${path}.dtype: expected a dtype name`;
  if (!Array.isArray(data)) return `${path}.data: expected a list`;
  const size = shape.reduce((a: number, b: number) => a * b, 1);
  if (data.length !== size)
    return `${path}: shape [${shape.join(", ")}] needs ${size} values, got ${data.length}`;
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    const ok =
      typeof v === "number" ||
      typeof v === "boolean" ||
      v === null ||
      (typeof v === "string" && SPECIAL_FLOATS.has(v));
    if (!ok) return `${path}.data[${i}]: expected a number, a boolean, null or "NaN"/"Infinity"/"-Infinity"`;
  }
  return undefined;
}

function checkItems(items: unknown, path: string, depth: number): string | undefined {
  if (!Array.isArray(items)) return `${path}: expected a list`;
  for (let i = 0; i < items.length; i++) {
    const problem = wireValueProblem(items[i], `${path}[${i}]`, depth + 1);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function checkTagged(value: Record<string, unknown>, path: string, depth: number): string | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1 || !TAGS.has(keys[0]))
    return `${path}: expected one of ${[...TAGS].join(", ")} as the only key`;
  const tag = keys[0];
  const body = value[tag];
  const at = `${path}.${tag}`;
  switch (tag) {
    case "$float":
      return typeof body === "string" && SPECIAL_FLOATS.has(body)
        ? undefined
        : `${at}: expected "NaN", "Infinity" or "-Infinity"`;
    case "$array":
      return checkArray(body, at);
    case "$list":
    case "$tuple":
      return checkItems(body, at, depth);
    case "$dict": {
      if (!Array.isArray(body)) return `${at}: expected a list of [key, value] pairs`;
      for (let i = 0; i < body.length; i++) {
        const entry = body[i];
        if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string") {
          return `${at}[${i}]: expected a [string, value] pair`;
        }
        const problem = wireValueProblem(entry[1], `${at}[${i}][1]`, depth + 1);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    default: {
      const ok = isRecord(body) && typeof body.type === "string" && typeof body.repr === "string";
      return ok ? undefined : `${at}: expected {type, repr} strings`;
    }
  }
}

/** undefined when the value is a well-formed WireValue, else "path: what is wrong". */
export function wireValueProblem(value: unknown, path = "value", depth = 0): string | undefined {
  if (depth > MAX_WIRE_DEPTH) return `${path}: nested deeper than ${MAX_WIRE_DEPTH} levels`;
  if (value === null || typeof value === "boolean" || typeof value === "string") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${path}: not a finite number`;
  if (!isRecord(value)) return `${path}: expected null, a boolean, a number, a string or a tagged object`;
  return checkTagged(value, path, depth);
}

/** Narrowing form of wireValueProblem. */
export function isWireValue(value: unknown): value is WireValue {
  return wireValueProblem(value) === undefined;
}
