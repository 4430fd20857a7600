// Correctly rounded fused multiply-add fma(a, b, c) = RN(a·b + c), which JavaScript lacks.
// glibc's FMA build of log (e_log-fma.c) relies on it; see glibc-log.ts.
import { fmaExact } from "./fma-exact.js";

// Veltkamp's splitting constant 2^27 + 1: splits a double into two halves of at most 26 bits (Dekker 1971).
const SPLITTER = 134217729;
// The fast path needs |a·b| in [2^-900, 2^1000]: the product's error term is then an exact normal double
// and nothing overflows. The bounds are deliberately loose; everything else goes to fmaExact.
const FAST_PRODUCT_MIN = 2 ** -900;
const FAST_PRODUCT_MAX = 2 ** 1000;
// Results this small may have been rounded in the subnormal range, and results this large may come from
// an overflowed intermediate (an overflow shows up as ±Infinity or NaN): both are recomputed exactly.
const FAST_RESULT_MIN = 2 ** -1000;
const FAST_RESULT_MAX = 2 ** 1020;

/**
 * RN(a·b + c) with a single rounding, ties to even, like C's fma().
 *
 * Fast path, all error-free transformations: a·b = p + e exactly (Dekker's TwoProduct), c + p = s + t
 * exactly (Knuth's TwoSum), t + e = v + ve exactly (TwoSum), and s + v = r + d exactly (Fast2Sum).
 * So a·b + c = r + d + ve, and r = RN(s + v) is the answer unless s + v was exactly halfway between two
 * doubles (|d| half the gap) and ve pushes past that midpoint: then the answer is the other neighbour,
 * r + 2d. When ve ≠ 0 it is far below the spacing of s, so any other d is at least one unit of v away
 * from the midpoint and ve cannot change the rounding. Inputs outside the safe exponent range, and tiny
 * or huge results, take the exact BigInt path (fmaExact).
 *
 * @example fma(0.1, 10, -1) // 5.551115123125783e-17, where 0.1 * 10 - 1 is 0
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const size = Math.abs(p);
  if (size >= FAST_PRODUCT_MIN && size <= FAST_PRODUCT_MAX) {
    let t = SPLITTER * a;
    const aHigh = t - (t - a);
    const aLow = a - aHigh;
    t = SPLITTER * b;
    const bHigh = t - (t - b);
    const bLow = b - bHigh;
    const e = aHigh * bHigh - p + aHigh * bLow + aLow * bHigh + aLow * bLow;
    const s = c + p;
    const sc = s - c;
    const sTail = c - (s - sc) + (p - sc);
    const v = sTail + e;
    const ve = v - sTail;
    const vError = sTail - (v - ve) + (e - ve);
    let r = s + v;
    const d = v - (r - s);
    // r + 2d is exactly representable only when d is 0 or exactly half the gap to r's neighbour.
    const twoD = 2 * d;
    const neighbour = r + twoD;
    if (neighbour - r === twoD && d !== 0 && vError !== 0 && vError > 0 === d > 0) r = neighbour;
    const rSize = Math.abs(r);
    if (rSize >= FAST_RESULT_MIN && rSize <= FAST_RESULT_MAX) return r;
  }
  return fmaExact(a, b, c);
}
