// Element-wise comparison of returned arrays with expected ones, keeping the evidence a numerics person
// wants: worst element, largest absolute and relative errors, counts, non-finite values, shape problems.
import type { Tolerance } from "../../rubric/types.js";
import { dtypeClass } from "./dtype.js";
import { unravelIndex } from "./format.js";
import type { ObservedArray, ObservedParameters } from "./observed-parameters.js";

/** One compared element and how far off it is. */
export interface ElementError {
  readonly key: string;
  readonly index: readonly number[];
  readonly expected: number;
  readonly got: number;
  readonly absError: number;
  /** |got − expected| / |expected|; Infinity when expected is 0 and got is not. */
  readonly relError: number;
}

/** Counts of non-finite values in one returned array. */
export interface NonFiniteCount {
  readonly key: string;
  readonly nan: number;
  readonly posInf: number;
  readonly negInf: number;
}

/** Everything that differs between a returned dict of arrays and the expected one. */
export interface ParameterComparison {
  readonly equal: boolean;
  readonly missing: readonly string[];
  readonly extra: readonly string[];
  readonly unreadable: readonly { readonly key: string; readonly problem: string }[];
  readonly shapes: readonly {
    readonly key: string;
    readonly expected: readonly number[];
    readonly got: readonly number[];
  }[];
  /** Only filled when dtypes are compared (strict mode). */
  readonly dtypes: readonly { readonly key: string; readonly expected: string; readonly got: string }[];
  readonly compared: number;
  readonly differing: number;
  readonly worst: ElementError | null;
  readonly maxAbs: ElementError | null;
  readonly maxRel: ElementError | null;
  readonly nonFinite: readonly NonFiniteCount[];
  /** Every key that differs in any way: missing, extra, unreadable, shape, dtype or values. */
  readonly differingKeys: readonly string[];
}

/** strict: also compare dtype class and container (a float64 array is not an int64 one, nor a list). */
export interface CompareOptions {
  readonly strict: boolean;
}

// numpy.isclose's rule, except that NaN is never equal to anything.
export function isClose(got: number, expected: number, tol: Tolerance): boolean {
  return got === expected || Math.abs(got - expected) <= tol.atol + tol.rtol * Math.abs(expected);
}

// Whether one array matches another: same shape, (strict) same dtype class and container, all elements close.
export function sameArray(
  got: ObservedArray,
  expected: ObservedArray,
  tol: Tolerance,
  opts: CompareOptions,
): boolean {
  if (!sameShape(got.shape, expected.shape)) return false;
  if (opts.strict && !sameKind(got, expected)) return false;
  for (let i = 0; i < got.data.length; i++) if (!isClose(got.data[i], expected.data[i], tol)) return false;
  return true;
}

// Compares a returned dict of arrays with the expected one and collects all the evidence.
export function compareParameters(
  expected: ObservedParameters,
  got: ObservedParameters,
  tol: Tolerance,
  opts: CompareOptions,
): ParameterComparison {
  const present = new Set(got.keys);
  const missing = expected.keys.filter((k) => !present.has(k));
  const extra = got.keys.filter((k) => !expected.arrays.has(k));
  const unreadable = [...got.unreadable].map(([key, problem]) => ({ key, problem }));
  const shapes: { key: string; expected: readonly number[]; got: readonly number[] }[] = [];
  const dtypes: { key: string; expected: string; got: string }[] = [];
  const differingKeys = new Set<string>([...missing, ...unreadable.map((u) => u.key)]);
  let compared = 0;
  let differing = 0;
  let worst: ElementError | null = null;
  let maxAbs: ElementError | null = null;
  let maxRel: ElementError | null = null;
  for (const key of expected.keys) {
    const e = expected.arrays.get(key);
    const g = got.arrays.get(key);
    if (e === undefined || g === undefined) continue;
    if (!sameShape(g.shape, e.shape)) {
      shapes.push({ key, expected: e.shape, got: g.shape });
      differingKeys.add(key);
      continue;
    }
    if (opts.strict && !sameKind(g, e)) {
      dtypes.push({ key, expected: e.dtype, got: g.dtype });
      differingKeys.add(key);
    }
    for (let i = 0; i < e.data.length; i++) {
      compared++;
      const error = elementError(key, i, e, g.data[i]);
      if (!isClose(g.data[i], e.data[i], tol)) {
        differing++;
        differingKeys.add(key);
        if (worst === null || badness(error) > badness(worst)) worst = error;
      }
      if (Number.isFinite(error.absError) && error.absError > (maxAbs?.absError ?? 0)) maxAbs = error;
      if (Number.isFinite(error.relError) && error.relError > (maxRel?.relError ?? 0)) maxRel = error;
    }
  }
  for (const key of extra) differingKeys.add(key);
  const nonFinite = [...got.arrays]
    .map(([key, a]) => countNonFinite(key, a))
    .filter((c) => c.nan + c.posInf + c.negInf > 0);
  return {
    equal: differingKeys.size === 0,
    missing,
    extra,
    unreadable,
    shapes,
    dtypes,
    compared,
    differing,
    worst,
    maxAbs,
    maxRel,
    nonFinite,
    differingKeys: [...differingKeys],
  };
}

// NaN and infinity counts of one array.
export function countNonFinite(key: string, a: ObservedArray): NonFiniteCount {
  let nan = 0;
  let posInf = 0;
  let negInf = 0;
  for (const x of a.data) {
    if (Number.isNaN(x)) nan++;
    else if (x === Number.POSITIVE_INFINITY) posInf++;
    else if (x === Number.NEGATIVE_INFINITY) negInf++;
  }
  return { key, nan, posInf, negInf };
}

function elementError(key: string, i: number, e: ObservedArray, got: number): ElementError {
  const expected = e.data[i];
  const absError = Math.abs(got - expected);
  const relError =
    expected === 0 ? (absError === 0 ? 0 : Number.POSITIVE_INFINITY) : absError / Math.abs(expected);
  return { key, index: unravelIndex(i, e.shape), expected, got, absError, relError };
}

// A NaN or infinite result is worse than any finite error.
function badness(e: ElementError): number {
  return Number.isFinite(e.absError) ? e.absError : Number.POSITIVE_INFINITY;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

function sameKind(a: ObservedArray, b: ObservedArray): boolean {
  return a.container === b.container && dtypeClass(a.dtype) === dtypeClass(b.dtype);
}
