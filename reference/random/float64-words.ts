// Access to the two 32-bit halves of an IEEE-754 double, through one shared scratch buffer.

const scratch = new Float64Array(1);
// words[0] is the low half (mantissa bits 0..31), words[1] the high half (sign, exponent, mantissa 32..51).
const words = new Uint32Array(scratch.buffer);

// The word order above assumes a little-endian host (every platform Node ships for does).
if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) {
  throw new Error("nn-grader reference/random: a little-endian host is required for float64 bit access");
}

// High 32 bits of x's bit pattern (sign, 11 exponent bits, top 20 mantissa bits), as an unsigned integer.
export function highWord(x: number): number {
  scratch[0] = x;
  return words[1];
}

// Low 32 bits of x's bit pattern, as an unsigned integer.
export function lowWord(x: number): number {
  scratch[0] = x;
  return words[0];
}

// The double whose bit pattern is hi·2^32 + lo (both taken modulo 2^32).
export function fromWords(hi: number, lo: number): number {
  words[1] = hi;
  words[0] = lo;
  return scratch[0];
}
