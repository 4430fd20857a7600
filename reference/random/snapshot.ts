// The complete state of a RandomState as plain data, like numpy's RandomState.get_state() tuple
// ('MT19937', key, pos, has_gauss, cached_gaussian): enough to replay any stream exactly.
import { MT_STATE_WORDS } from "./mt19937.js";

/** A RandomState's state: JSON-friendly, so a failing check can print it for replay. */
export interface RandomStateSnapshot {
  /** The 624 MT19937 state words, each an unsigned 32-bit integer. */
  readonly key: readonly number[];
  /** Read position in key, 0..624 (624: the next draw regenerates the state first). */
  readonly pos: number;
  /** Whether a second polar-method value is waiting (numpy's has_gauss). */
  readonly hasGauss: boolean;
  /** The waiting value, 0 when there is none (numpy's cached_gaussian). */
  readonly cachedGaussian: number;
}

const UINT32_MAX = 0xffffffff;

// Throws a RangeError naming the first field of s that is not a valid state.
export function checkSnapshot(s: RandomStateSnapshot): void {
  if (!Array.isArray(s.key) || s.key.length !== MT_STATE_WORDS) {
    const got = Array.isArray(s.key) ? `${s.key.length} values` : typeof s.key;
    throw new RangeError(
      `RandomState state key: expected ${MT_STATE_WORDS} unsigned 32-bit integers, got ${got}`,
    );
  }
  for (let i = 0; i < MT_STATE_WORDS; i++) {
    const word = s.key[i];
    if (!Number.isInteger(word) || word < 0 || word > UINT32_MAX) {
      throw new RangeError(
        `RandomState state key[${i}]: expected an unsigned 32-bit integer, got ${String(word)}`,
      );
    }
  }
  if (!Number.isInteger(s.pos) || s.pos < 0 || s.pos > MT_STATE_WORDS) {
    throw new RangeError(
      `RandomState state pos: expected an integer from 0 to ${MT_STATE_WORDS}, got ${String(s.pos)}`,
    );
  }
  if (typeof s.hasGauss !== "boolean") {
    throw new RangeError(`RandomState state hasGauss: expected a boolean, got ${String(s.hasGauss)}`);
  }
  if (typeof s.cachedGaussian !== "number") {
    throw new RangeError(
      `RandomState state cachedGaussian: expected a number, got ${String(s.cachedGaussian)}`,
    );
  }
}
