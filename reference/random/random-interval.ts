// numpy's random_interval (distributions.c): a uniform integer in [0, max] by masked rejection.
// The legacy RandomState.shuffle and permutation draw their swap indices with it.
import type { Mt19937 } from "./mt19937.js";

const UINT32_MAX = 0xffffffff;
const TWO_POW_32 = 2 ** 32;

// A uniform integer in [0, max]: draw outputs, keep the bits under the smallest all-ones mask ≥ max, and
// retry while the value exceeds max. Up to 2^32 − 1 one 32-bit output per try; above that numpy's
// next_uint64, i.e. two outputs per try with the first one as the high word. max must be a safe integer.
export function randomInterval(mt: Mt19937, max: number): number {
  if (max === 0) return 0;
  if (max <= UINT32_MAX) {
    const mask = smallestMask(max);
    let value: number;
    do value = (mt.nextUint32() & mask) >>> 0;
    while (value > max);
    return value;
  }
  const highMask = smallestMask(Math.floor(max / TWO_POW_32));
  let value: number;
  do {
    const high = (mt.nextUint32() & highMask) >>> 0;
    value = high * TWO_POW_32 + mt.nextUint32();
  } while (value > max);
  return value;
}

// The smallest 2^k − 1 ≥ n, for 0 < n ≤ 2^32 − 1 (numpy's mask |= mask >> 1, >> 2, … , >> 16).
function smallestMask(n: number): number {
  let mask = n >>> 0;
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  return mask >>> 0;
}
