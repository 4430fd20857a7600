// Wire values from a call request to JavaScript values: $list/$tuple → arrays, $dict → objects, $array → nested arrays.
import type { WireValue } from "../../types.js";

const SPECIAL: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  "-Infinity": Number.NEGATIVE_INFINITY,
};

function nest(data: readonly number[], shape: readonly number[]): unknown {
  if (shape.length === 0) return data[0];
  if (shape.length === 1) return [...data];
  const stride = data.length / shape[0];
  return Array.from({ length: shape[0] }, (_, i) =>
    nest(data.slice(i * stride, (i + 1) * stride), shape.slice(1)),
  );
}

/** The JavaScript value for a request argument; throws for a value that is not a decodable wire value. */
export function decode(value: WireValue): unknown {
  if (value === null || typeof value !== "object") return value;
  if ("$float" in value) return SPECIAL[value.$float];
  if ("$list" in value) return value.$list.map(decode);
  if ("$tuple" in value) return value.$tuple.map(decode);
  if ("$dict" in value) return Object.fromEntries(value.$dict.map(([k, v]) => [k, decode(v)]));
  if ("$array" in value) {
    const data = value.$array.data.map((x) => (typeof x === "string" ? SPECIAL[x] : Number(x)));
    return nest(data, value.$array.shape);
  }
  throw new TypeError(`cannot decode ${Object.keys(value).join(", ")}`);
}
