// Decodes what a student's initializer returned (a WireValue) into named float arrays, or says precisely
// why it cannot be read: the shape of the answer is checked before any number is.
import type { Matrix } from "../../../reference/linalg/matrix.js";
import type { WireArray, WireValue } from "../../runners/types.js";
import { formatShape } from "./format.js";

/** One returned array: numpy dtype name, shape and row-major data with NaN/±Infinity restored. */
export interface ObservedArray {
  readonly shape: readonly number[];
  /** numpy dtype name; "number" for a JavaScript array, "list" for a nested Python list. */
  readonly dtype: string;
  /** "list" when the student returned nested Python lists instead of a numpy array. */
  readonly container: "ndarray" | "list";
  readonly data: Float64Array;
}

/** A returned dict of arrays: every key in return order, the readable arrays, and why the rest are not. */
export interface ObservedParameters {
  readonly keys: readonly string[];
  readonly arrays: ReadonlyMap<string, ObservedArray>;
  /** key → problem, e.g. "W1 is None, expected a numpy array". */
  readonly unreadable: ReadonlyMap<string, string>;
}

/** The result of decoding: parameters, or the one problem that makes them unreadable. */
export type DecodedParameters =
  | { readonly ok: true; readonly params: ObservedParameters }
  | { readonly ok: false; readonly problem: string; readonly returned: string };

// Reads a returned value as a dict of arrays.
export function decodeParameters(value: WireValue): DecodedParameters {
  if (value === null || typeof value !== "object" || !("$dict" in value)) {
    const returned = describeWire(value);
    return { ok: false, problem: `returned ${returned}, expected a dict of arrays`, returned };
  }
  const keys: string[] = [];
  const arrays = new Map<string, ObservedArray>();
  const unreadable = new Map<string, string>();
  for (const [key, entry] of value.$dict) {
    keys.push(key);
    const array = readArray(entry);
    if (typeof array === "string") unreadable.set(key, `${key} is ${array}, expected a numpy array`);
    else arrays.set(key, array);
  }
  return { ok: true, params: { keys, arrays, unreadable } };
}

// Wraps the reference's matrices (W1, b1, …) as observed float64 arrays, in the reference's key order.
export function fromReference(params: Readonly<Record<string, Matrix>>): ObservedParameters {
  const arrays = new Map<string, ObservedArray>();
  for (const [key, m] of Object.entries(params)) {
    arrays.set(key, { shape: [m.rows, m.cols], dtype: "float64", container: "ndarray", data: m.data });
  }
  return { keys: [...arrays.keys()], arrays, unreadable: new Map() };
}

// Builds observed parameters from arrays given in order (for fabricated or simulated outputs).
export function observedFrom(entries: readonly (readonly [string, ObservedArray])[]): ObservedParameters {
  return { keys: entries.map(([k]) => k), arrays: new Map(entries), unreadable: new Map() };
}

// Names what a wire value is, the way a Python programmer would: "a list", "None", "a numpy array of shape (2,)".
export function describeWire(value: WireValue): string {
  if (value === null) return "None";
  if (typeof value === "boolean") return "a bool";
  if (typeof value === "number") return Number.isInteger(value) ? `the number ${value}` : "a float";
  if (typeof value === "string") return "a string";
  if ("$float" in value) return "a float";
  if ("$array" in value) return `a numpy array of shape ${formatShape(value.$array.shape)}`;
  if ("$list" in value) return "a list";
  if ("$tuple" in value) return "a tuple";
  if ("$dict" in value) return "a dict";
  return `a ${value.$other.type}`;
}

// The array in a dict entry, or a description of what is there instead.
function readArray(entry: WireValue): ObservedArray | string {
  if (entry !== null && typeof entry === "object") {
    if ("$array" in entry) return fromWireArray(entry.$array);
    if ("$list" in entry) {
      const nested = listToArray(entry);
      return nested ?? "a Python list that is not a rectangular list of numbers";
    }
  }
  if (typeof entry === "number") return `the scalar ${entry}`;
  return describeWire(entry);
}

function fromWireArray(wire: WireArray): ObservedArray {
  const size = wire.shape.reduce((a, b) => a * b, 1);
  if (size !== wire.data.length) {
    // The driver encodes arrays itself: a mismatch is a harness bug, not a student's.
    throw new Error(
      `wire array: shape ${formatShape(wire.shape)} needs ${size} values, got ${wire.data.length}`,
    );
  }
  const data = new Float64Array(size);
  for (let i = 0; i < size; i++) data[i] = wireNumber(wire.data[i]);
  return { shape: [...wire.shape], dtype: wire.dtype, container: "ndarray", data };
}

function wireNumber(x: WireArray["data"][number]): number {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x === "Infinity") return Number.POSITIVE_INFINITY;
  if (x === "-Infinity") return Number.NEGATIVE_INFINITY;
  return Number.NaN; // "NaN", or None in an object array
}

// A nested list of numbers as an array (numpy's np.array(list) for rectangular input), else undefined.
function listToArray(value: WireValue): ObservedArray | undefined {
  const shape: number[] = [];
  let level: WireValue = value;
  while (level !== null && typeof level === "object" && "$list" in level) {
    shape.push(level.$list.length);
    if (level.$list.length === 0) break;
    level = level.$list[0];
  }
  const data: number[] = [];
  const walk = (v: WireValue, depth: number): boolean => {
    if (depth === shape.length) {
      if (typeof v === "number") data.push(v);
      else if (v !== null && typeof v === "object" && "$float" in v) data.push(wireNumber(v.$float));
      else return false;
      return true;
    }
    if (v === null || typeof v !== "object" || !("$list" in v) || v.$list.length !== shape[depth])
      return false;
    return v.$list.every((item) => walk(item, depth + 1));
  };
  if (!walk(value, 0)) return undefined;
  return { shape, dtype: "list", container: "list", data: Float64Array.from(data) };
}
