// The MT19937 Mersenne Twister (Matsumoto & Nishimura 1998) as numpy's legacy RandomState runs it
// (numpy/random/src/mt19937/mt19937.c: mt19937_seed, mt19937_gen, mt19937_next32, mt19937_next_double).

// Degree of recurrence N: the state is 624 32-bit words.
export const MT_STATE_WORDS = 624;
// Middle word offset M.
const MT_MIDDLE = 397;
// Twist matrix coefficients a.
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;
// Knuth's multiplier for init_genrand (TAOCP vol. 2, 3rd ed., p. 106).
const SEED_MULTIPLIER = 1812433253;
// Tempering masks b and c.
const TEMPER_B = 0x9d2c5680;
const TEMPER_C = 0xefc60000;
// next_double: 27 + 26 random bits, (a·2^26 + b) / 2^53.
const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

// The raw generator: 624 words of state and a read position, exactly numpy's mt19937_state.
export class Mt19937 {
  readonly key = new Uint32Array(MT_STATE_WORDS);
  pos = MT_STATE_WORDS;

  // mt19937_seed / init_genrand: fills the state from a 32-bit seed; the next draw regenerates it.
  seed(seed: number): void {
    const key = this.key;
    key[0] = seed;
    for (let i = 1; i < MT_STATE_WORDS; i++) {
      const previous = key[i - 1];
      key[i] = Math.imul(SEED_MULTIPLIER, previous ^ (previous >>> 30)) + i;
    }
    this.pos = MT_STATE_WORDS;
  }

  // mt19937_next32: one tempered 32-bit output, as an unsigned integer.
  nextUint32(): number {
    if (this.pos === MT_STATE_WORDS) this.regenerate();
    let y = this.key[this.pos++];
    y ^= y >>> 11;
    y ^= (y << 7) & TEMPER_B;
    y ^= (y << 15) & TEMPER_C;
    y ^= y >>> 18;
    return y >>> 0;
  }

  // mt19937_next_double: a double in [0, 1) on the 2^-53 grid, from two outputs (high bits first).
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * TWO_POW_26 + b) / TWO_POW_53;
  }

  // mt19937_gen: the twist that produces the next 624 words.
  private regenerate(): void {
    const key = this.key;
    for (let i = 0; i < MT_STATE_WORDS; i++) {
      const y = (key[i] & UPPER_MASK) | (key[(i + 1) % MT_STATE_WORDS] & LOWER_MASK);
      key[i] = key[(i + MT_MIDDLE) % MT_STATE_WORDS] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    this.pos = 0;
  }
}
