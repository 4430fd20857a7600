// A pure-TypeScript numpy.random.RandomState (legacy MT19937 stream), bit-identical to numpy 2.4 with
// glibc's FMA log on x86-64: rand, randn, normal, shuffle and permutation return numpy's exact doubles.
import { type GaussCache, legacyGauss } from "./legacy-gauss.js";
import { Mt19937 } from "./mt19937.js";
import { randomInterval } from "./random-interval.js";
import { countOf } from "./shape.js";
import { checkSnapshot, type RandomStateSnapshot } from "./snapshot.js";

// numpy's legacy seeding accepts integers 0 … 2^32 − 1 and raises ValueError for anything else.
const MAX_SEED = 0xffffffff;

/**
 * numpy.random.RandomState with an integer seed; every method consumes the stream as numpy does.
 * Array results are row-major Float64Arrays; where numpy would return a scalar (rand() with no shape,
 * standard_normal() with no size) the array has one element.
 *
 * @example new RandomState(3).randn(2, 3) // [1.788628473…, 0.436509850…, 0.096497468…, …]
 */
export class RandomState {
  private readonly mt = new Mt19937();
  private readonly cache: GaussCache = { hasGauss: false, gauss: 0 };

  constructor(seed: number) {
    this.seed(seed);
  }

  /** np.random.seed(seed): init_genrand with the 32-bit seed, and the cached gauss value is dropped. */
  seed(seed: number): void {
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
      throw new RangeError(`RandomState seed: expected an integer from 0 to 2**32 - 1, got ${String(seed)}`);
    }
    this.mt.seed(seed);
    this.cache.hasGauss = false;
    this.cache.gauss = 0;
  }

  /** One raw MT19937 output, an unsigned 32-bit integer. */
  nextUint32(): number {
    return this.mt.nextUint32();
  }

  /** One double in [0, 1): ((a >>> 5)·2^26 + (b >>> 6)) / 2^53 from two outputs, like random_sample(). */
  randomSample(): number {
    return this.mt.nextDouble();
  }

  /** numpy-style alias of randomSample. */
  random_sample(): number {
    return this.mt.nextDouble();
  }

  /** np.random.rand(d0, d1, …): uniform [0, 1) doubles, row-major. */
  rand(...shape: number[]): Float64Array {
    const out = new Float64Array(countOf("rand shape", shape));
    for (let i = 0; i < out.length; i++) out[i] = this.mt.nextDouble();
    return out;
  }

  /** np.random.randn(d0, d1, …): legacy gauss draws, row-major. */
  randn(...shape: number[]): Float64Array {
    return this.fillGauss(countOf("randn shape", shape));
  }

  /** np.random.standard_normal(size): legacy gauss draws; size is a count or a shape. */
  standardNormal(size?: number | readonly number[]): Float64Array {
    return this.fillGauss(countOf("standardNormal size", size));
  }

  /** numpy-style alias of standardNormal. */
  standard_normal(size?: number | readonly number[]): Float64Array {
    return this.standardNormal(size);
  }

  /** np.random.normal(loc, scale, size): loc + scale·gauss per value (numpy's legacy_normal). */
  normal(loc: number, scale: number, size?: number | readonly number[]): Float64Array {
    if (scale < 0) throw new RangeError(`normal scale: expected a non-negative number, got ${scale}`);
    const out = new Float64Array(countOf("normal size", size));
    for (let i = 0; i < out.length; i++) out[i] = loc + scale * legacyGauss(this.mt, this.cache);
    return out;
  }

  /** One legacy gauss draw (numpy's legacy_gauss), using and refilling the cached second value. */
  gauss(): number {
    return legacyGauss(this.mt, this.cache);
  }

  /** numpy's random_interval: a uniform integer in [0, max] by masked rejection (max ≤ 2^53 − 1). */
  randomInterval(max: number): number {
    if (!Number.isSafeInteger(max) || max < 0) {
      throw new RangeError(`randomInterval max: expected an integer from 0 to 2**53 - 1, got ${String(max)}`);
    }
    return randomInterval(this.mt, max);
  }

  /** RandomState.shuffle of a 1-D array, in place: for i from n − 1 down to 1, swap i with randomInterval(i). */
  shuffle(values: { length: number; [i: number]: number }): void {
    for (let i = values.length - 1; i > 0; i--) {
      const j = randomInterval(this.mt, i);
      const held = values[i];
      values[i] = values[j];
      values[j] = held;
    }
  }

  /** RandomState.permutation(n): 0 … n − 1 shuffled, as a Float64Array (numpy returns int64). */
  permutation(n: number): Float64Array {
    const out = new Float64Array(countOf("permutation n", n));
    for (let i = 0; i < out.length; i++) out[i] = i;
    this.shuffle(out);
    return out;
  }

  /** The full state, like np.random.get_state(): key words, position and the gauss cache. */
  getState(): RandomStateSnapshot {
    const { hasGauss, gauss } = this.cache;
    return { key: Array.from(this.mt.key), pos: this.mt.pos, hasGauss, cachedGaussian: gauss };
  }

  /** Restores a state from getState() (or numpy's get_state()), after checking every field. */
  setState(state: RandomStateSnapshot): void {
    checkSnapshot(state);
    this.mt.key.set(state.key);
    this.mt.pos = state.pos;
    this.cache.hasGauss = state.hasGauss;
    this.cache.gauss = state.cachedGaussian;
  }

  private fillGauss(count: number): Float64Array {
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++) out[i] = legacyGauss(this.mt, this.cache);
    return out;
  }
}
