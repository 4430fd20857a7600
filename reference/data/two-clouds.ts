// Two Gaussian clouds of 2-D points, one per label, on a seeded legacy RandomState: data on which a
// straight boundary does well, so logistic regression (layers [2, 1]) has something to learn.
import { fromData } from "../linalg/matrix.js";
import { RandomState } from "../random/random-state.js";
import type { LabelledData } from "./positive-fraction.js";

/** Options of twoClouds; every one has a default. */
export interface TwoCloudsOptions {
  /** Total points: floor(n/2) labelled 0 around (−d, −d), the rest labelled 1 around (d, d). */
  readonly nSamples?: number;
  /** d, the distance of each centre from the origin along each axis. */
  readonly offset?: number;
  /** Standard deviation of each coordinate around its centre. */
  readonly spread?: number;
  readonly seed?: number;
}

/** Defaults: 200 points, centres (±1, ±1), spread 0.8 (the clouds overlap a little), seed 1. */
export const TWO_CLOUDS_DEFAULTS = { nSamples: 200, offset: 1, spread: 0.8, seed: 1 } as const;

/**
 * Label-0 points then label-1 points, each drawn as centre + normal(0, spread) per coordinate (x then y,
 * point by point), then shuffled together with one rng.shuffle of their indices. X is (2, m), Y is (1, m).
 * @example twoClouds().Y.cols // 200, half of them labelled 1
 */
export function twoClouds(options: TwoCloudsOptions = {}): LabelledData {
  const { nSamples: n, offset, spread, seed } = { ...TWO_CLOUDS_DEFAULTS, ...options };
  if (!Number.isSafeInteger(n) || n < 2) {
    throw new RangeError(`twoClouds nSamples: expected an integer ≥ 2, got ${n}`);
  }
  if (!(spread >= 0) || !Number.isFinite(offset)) {
    throw new RangeError(`twoClouds: expected a finite offset and a spread ≥ 0, got ${offset} and ${spread}`);
  }
  const rng = new RandomState(seed);
  const negatives = Math.floor(n / 2);
  const noise = rng.normal(0, spread, [n, 2]);
  const order = Float64Array.from({ length: n }, (_, i) => i);
  rng.shuffle(order);
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const k = order[j];
    const centre = k < negatives ? -offset : offset;
    x[j] = centre + noise[2 * k];
    x[n + j] = centre + noise[2 * k + 1];
    y[j] = k < negatives ? 0 : 1;
  }
  return { X: fromData(2, n, x), Y: fromData(1, n, y) };
}
