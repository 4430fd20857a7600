// Correctly rounded fused multiply-add by exact integer arithmetic (BigInt): slow, simple, and total.
// fma.ts uses it for the rare inputs its fast path cannot handle; tests use it as an independent reference.
import { fromWords, highWord, lowWord } from "./float64-words.js";

// Binary64 format parameters (IEEE 754-2008 §3.3).
const MANTISSA_BITS = 52;
const EXPONENT_BIAS = 1023;
// Exponent of the lowest mantissa bit of a subnormal: 2^-1074.
const SUBNORMAL_LSB_EXPONENT = -1074;
// Largest exponent of a finite double's leading bit.
const MAX_EXPONENT = 1023;
const TWO_POW_32 = 2 ** 32;
const HIDDEN_BIT = 1n << 52n;

/** A finite double as an exact scaled integer: value = mantissa · 2^exponent. */
interface ScaledInteger {
  readonly mantissa: bigint;
  readonly exponent: number;
}

// RN(a·b + c) with one rounding (ties to even), IEEE 754 semantics for zeros, infinities and NaN.
export function fmaExact(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a * b + c;
  if (!Number.isFinite(c)) return c;
  // A zero product is exact, so the ordinary sum already has IEEE's signed-zero rules.
  if (a === 0 || b === 0) return a * b + c;
  // a·b + 0 rounds like a·b alone, keeping the sign of a product that underflows to zero.
  if (c === 0) return a * b;
  const x = decompose(a);
  const y = decompose(b);
  const z = decompose(c);
  const productExponent = x.exponent + y.exponent;
  const exponent = Math.min(productExponent, z.exponent);
  const sum =
    ((x.mantissa * y.mantissa) << BigInt(productExponent - exponent)) +
    (z.mantissa << BigInt(z.exponent - exponent));
  // An exact zero from non-zero terms is +0 when rounding to nearest (IEEE 754 §6.3).
  if (sum === 0n) return 0;
  return roundToDouble(sum, exponent);
}

function decompose(x: number): ScaledInteger {
  const hi = highWord(x);
  const lo = lowWord(x);
  const biased = (hi >>> 20) & 0x7ff;
  let mantissa = BigInt((hi & 0xfffff) * TWO_POW_32 + lo);
  if (biased !== 0) mantissa += HIDDEN_BIT;
  const exponent = (biased === 0 ? 1 : biased) - EXPONENT_BIAS - MANTISSA_BITS;
  return { mantissa: x < 0 ? -mantissa : mantissa, exponent };
}

// The double nearest to sum · 2^exponent (ties to even), including subnormal results and overflow.
function roundToDouble(sum: bigint, exponent: number): number {
  const negative = sum < 0n;
  const magnitude = negative ? -sum : sum;
  const topBit = magnitude.toString(2).length - 1 + exponent;
  // Exponent of the last bit the result can keep: 53 bits below the top, never below 2^-1074.
  const lsb = Math.max(topBit - MANTISSA_BITS, SUBNORMAL_LSB_EXPONENT);
  let kept: bigint;
  if (lsb <= exponent) {
    kept = magnitude << BigInt(exponent - lsb);
  } else {
    const shift = BigInt(lsb - exponent);
    kept = magnitude >> shift;
    const rest = magnitude - (kept << shift);
    const half = 1n << (shift - 1n);
    if (rest > half || (rest === half && (kept & 1n) === 1n)) kept += 1n;
  }
  return compose(negative, kept, lsb);
}

// Builds ±kept·2^lsb from its bits; kept has at most 53 bits, or is exactly 2^53 after rounding up.
function compose(negative: boolean, kept: bigint, lsb: number): number {
  let mantissa = kept;
  let exponent = lsb;
  if (mantissa === HIDDEN_BIT << 1n) {
    mantissa = HIDDEN_BIT;
    exponent += 1;
  }
  const sign = negative ? 0x80000000 : 0;
  if (exponent + MANTISSA_BITS > MAX_EXPONENT) return negative ? -Infinity : Infinity;
  const normal = mantissa >= HIDDEN_BIT;
  const biased = normal ? exponent + MANTISSA_BITS + EXPONENT_BIAS : 0;
  const fraction = Number(normal ? mantissa - HIDDEN_BIT : mantissa);
  const hi = (sign | (biased << 20) | Math.floor(fraction / TWO_POW_32)) >>> 0;
  return fromWords(hi, fraction % TWO_POW_32);
}
