// Natural logarithm, bit-identical to glibc 2.36's log() as dispatched on x86-64 CPUs with FMA
// (sysdeps/x86_64/fpu/multiarch/e_log-fma.c, which builds the generic sysdeps/ieee754/dbl-64/e_log.c
// with -mfma -mavx2). numpy's legacy gauss calls that log, so randn needs it to match numpy bit for bit.
//
// Each fma(...) below is a fused multiply-add in the compiled glibc: the explicit __builtin_fma plus every
// a*b+c that GCC contracted. The set was read off the disassembly of __ieee754_log_fma in this machine's
// libm.so.6 and confirmed by comparing millions of results with glibc. Where glibc fuses a product that is
// exact (k·LN2_HIGH, r·2^27, rhi²·B0), a plain multiply-then-add gives the same double and is used instead.

import { fromWords, highWord, lowWord } from "./float64-words.js";
import { fma } from "./fma.js";
import { INV_C, LN2_HIGH, LN2_LOW, LOG_C, POLY_A, POLY_B } from "./glibc-log-data.js";

// Inputs in [1 − 2^-4, 1 + 0x1.09p-4) take the near-1 polynomial (glibc's LO and HI bounds).
const NEAR_ONE_LOW = 1 - 2 ** -4;
const NEAR_ONE_HIGH = 1 + 0x109 * 2 ** -12;
// High word of OFF = 0x3fe6000000000000: x = 2^k·z with z in [OFF, 2·OFF), i.e. [0x1.6p-1, 0x1.6p0).
const OFF_HIGH = 0x3fe60000;
// log2 of the table size (LOG_TABLE_BITS); the index is the top 7 mantissa bits of x − OFF.
const TABLE_BITS = 7;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
// 2^52 brings a subnormal into the normal range; its exponent is then lowered by 52 in the bit pattern.
const TWO_POW_52 = 2 ** 52;
const SUBNORMAL_EXPONENT_FIX = 52 << 20;
// 2^27 splits r into a high half of about 26 bits (glibc's w = r * 0x1p27).
const TWO_POW_27 = 2 ** 27;

const [A0, A1, A2, A3, A4] = POLY_A;
const [B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10] = POLY_B;

/**
 * log(x) exactly as glibc 2.36 computes it on an FMA-capable x86-64 CPU (the same double, every bit).
 * Special values follow C: log(±0) = −∞, log(+∞) = +∞, log(x < 0) and log(NaN) = NaN.
 *
 * @example glibcLog(0.3) // -1.2039728043259361
 */
export function glibcLog(x: number): number {
  if (x >= NEAR_ONE_LOW && x < NEAR_ONE_HIGH) return logNearOne(x);
  let hi = highWord(x);
  let lo = lowWord(x);
  const top = hi >>> 16;
  // x < 2^-1022 (subnormal or zero), negative, infinite or NaN (sign bit or all-ones exponent).
  if (top < 0x0010 || top >= 0x7ff0) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (!(x > 0)) return Number.NaN;
    // Subnormal: scale into the normal range and take the exponent back out of the bit pattern.
    const scaled = x * TWO_POW_52;
    hi = (highWord(scaled) - SUBNORMAL_EXPONENT_FIX) | 0;
    lo = lowWord(scaled);
  }
  // x = 2^k·z: tmp = ix − OFF gives k in its top 12 bits and the table index just below them.
  const tmpHigh = (hi - OFF_HIGH) | 0;
  const i = (tmpHigh >>> (20 - TABLE_BITS)) & TABLE_MASK;
  const k = tmpHigh >> 20;
  const z = fromWords((hi - (tmpHigh & 0xfff00000)) | 0, lo);
  // log(x) = log1p(z/c − 1) + log(c) + k·ln 2, with r = z·invc − 1 computed in one rounding.
  const r = fma(z, INV_C[i], -1);
  const w = k * LN2_HIGH + LOG_C[i];
  const high = w + r;
  const low = fma(k, LN2_LOW, w - high + r);
  const r2 = r * r;
  const p = fma(r2, fma(r, A4, A3), fma(r, A2, A1));
  return fma(r * r2, p, fma(r2, A0, low)) + high;
}

// glibc's near-1 branch: log1p(r) for r = x − 1 as r + B0·r² (carried in extra precision) + r³·poly(r).
function logNearOne(x: number): number {
  if (x === 1) return 0;
  const r = x - 1;
  const r2 = r * r;
  const r3 = r * r2;
  const inner = fma(r3, B10, fma(r2, B9, fma(r, B8, B7)));
  const middle = fma(r3, inner, fma(r2, B6, fma(r, B5, B4)));
  const outer = fma(r3, middle, fma(r2, B3, fma(r, B2, B1)));
  // r = rhi + rlo with rhi short enough that rhi² is exact; B0 = −1/2 makes rhi²·B0 exact too.
  const w = r * TWO_POW_27;
  const rhi = r + w - w;
  const rlo = r - rhi;
  const square = rhi * rhi * B0;
  const high = r + square;
  const low = fma(B0 * rlo, r + rhi, r - high + square);
  return high + fma(r3, outer, low);
}
