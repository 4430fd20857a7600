// JavaScript values to wire values (grader/runners/types.ts), defensively: anything unknown becomes $other.
import { inspect } from "node:util";
import type { WireArray, WireSpecialFloat, WireValue } from "../../types.js";

const REPR_CAP = 200;
const MAX_DEPTH = 100;

const TYPED_DTYPES: [new (...args: never[]) => ArrayLike<number>, string][] = [
  [Float64Array, "float64"],
  [Float32Array, "float32"],
  [Int8Array, "int8"],
  [Int16Array, "int16"],
  [Int32Array, "int32"],
  [Uint8Array, "uint8"],
  [Uint8ClampedArray, "uint8"],
  [Uint16Array, "uint16"],
  [Uint32Array, "uint32"],
];

function special(x: number): WireSpecialFloat {
  return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

function datum(x: number): number | WireSpecialFloat {
  return Number.isFinite(x) ? x : special(x);
}

function other(value: unknown): WireValue {
  let repr: string;
  try {
    repr = inspect(value, { depth: 2, breakLength: Number.POSITIVE_INFINITY });
  } catch {
    repr = "<inspect failed>";
  }
  if (repr.length > REPR_CAP) repr = `${repr.slice(0, REPR_CAP - 3)}...`;
  const type =
    value === null || value === undefined
      ? String(value)
      : typeof value === "object"
        ? (value.constructor?.name ?? "Object")
        : typeof value;
  return { $other: { type, repr } };
}

// The shape of a rectangular nested array of numbers (typed-array rows allowed), or undefined.
function nestedShape(value: readonly unknown[], depth: number): number[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (value.every((item) => typeof item === "number")) return [value.length];
  if (value.length === 0) return undefined;
  let inner: number[] | undefined;
  for (const item of value) {
    const row =
      ArrayBuffer.isView(item) && !(item instanceof DataView)
        ? Array.from(item as unknown as ArrayLike<number>)
        : item;
    if (!Array.isArray(row)) return undefined;
    const shape = nestedShape(row, depth + 1);
    if (shape === undefined || (inner !== undefined && shape.join() !== inner.join())) return undefined;
    inner = shape;
  }
  return inner === undefined ? undefined : [value.length, ...inner];
}

function flatten(value: unknown, out: (number | WireSpecialFloat)[]): void {
  if (typeof value === "number") out.push(datum(value));
  else for (const item of value as Iterable<unknown>) flatten(item, out);
}

function typedArray(value: ArrayBufferView): WireValue {
  for (const [kind, dtype] of TYPED_DTYPES) {
    if (value instanceof kind) {
      const array: WireArray = {
        shape: [(value as ArrayLike<number>).length],
        dtype,
        data: Array.from(value as ArrayLike<number>, datum),
      };
      return { $array: array };
    }
  }
  return other(value);
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The wire form of a value returned by student code; never throws. */
export function encode(value: unknown, depth = 0, seen: Set<object> = new Set()): WireValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean" || typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : { $float: special(value) };
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : other(value);
  if (typeof value !== "object" || depth >= MAX_DEPTH || seen.has(value)) return other(value);
  if (ArrayBuffer.isView(value)) return typedArray(value);
  const inner = new Set(seen).add(value);
  try {
    if (Array.isArray(value)) {
      const shape = nestedShape(value, 0);
      if (shape !== undefined) {
        const data: (number | WireSpecialFloat)[] = [];
        flatten(value, data);
        return { $array: { shape, dtype: "number", data } };
      }
      return { $list: value.map((item) => encode(item, depth + 1, inner)) };
    }
    if (value instanceof Map) {
      return {
        $dict: [...value.entries()].map(([k, v]) => [String(k), encode(v, depth + 1, inner)] as const),
      };
    }
    if (isPlainObject(value)) {
      return { $dict: Object.entries(value).map(([k, v]) => [k, encode(v, depth + 1, inner)] as const) };
    }
  } catch {
    // a getter or proxy that throws: fall through to $other
  }
  return other(value);
}

/** Encodes an argument after the call in the form it was sent (a $list stays a $list), so an untouched
 * argument comes back exactly as it went. */
export function encodeLike(sent: WireValue, value: unknown): WireValue {
  if (sent !== null && typeof sent === "object" && Array.isArray(value)) {
    if ("$list" in sent) return { $list: value.map((item, i) => encodeLike(sent.$list[i] ?? null, item)) };
    if ("$tuple" in sent) return { $tuple: value.map((item, i) => encodeLike(sent.$tuple[i] ?? null, item)) };
  }
  if (
    sent !== null &&
    typeof sent === "object" &&
    "$dict" in sent &&
    value !== null &&
    typeof value === "object" &&
    isPlainObject(value)
  ) {
    const before = new Map(sent.$dict);
    return {
      $dict: Object.entries(value).map(([k, v]) => [k, encodeLike(before.get(k) ?? null, v)] as const),
    };
  }
  return encode(value);
}
