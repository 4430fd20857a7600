// sklearn.datasets.make_circles, step by step on a legacy RandomState (docs/assignment.md), so that the points,
// labels and their order match sklearn's on numpy's global RNG. X comes out as the course uses it:
// features × examples.
import { fromData, type Matrix } from "../linalg/matrix.js";
import type { RandomState } from "../random/random-state.js";

/** Options of makeCircles, named as in sklearn (n_samples, noise, factor) plus the generator to draw from. */
export interface MakeCirclesOptions {
  /** Total number of points: floor(n/2) on the outer circle, the rest on the inner one. */
  readonly nSamples: number;
  /** Standard deviation of the Gaussian noise added to every coordinate (0 still draws, as in sklearn). */
  readonly noise: number;
  /** Radius of the inner circle relative to the outer one, in [0, 1); sklearn's default 0.8. */
  readonly factor?: number;
  /** The stream to shuffle and add noise with; sklearn's random_state=None is numpy's global RandomState. */
  readonly rng: RandomState;
}

/** Points as columns: X is (2, m), Y is (1, m) with label 0 for the outer circle and 1 for the inner. */
export interface CirclesData {
  readonly X: Matrix;
  readonly Y: Matrix;
}

// sklearn's default factor.
const DEFAULT_FACTOR = 0.8;
// np.pi * 2, the stop of the angle grid (exact doubling of Math.PI, which equals np.pi).
const TWO_PI = 2 * Math.PI;

/**
 * make_circles(n_samples, shuffle=True, noise, factor) on the given RandomState: the outer circle's points
 * (label 0), then the inner circle's (label 1); rng.shuffle of arange(n) reorders them; then
 * rng.normal(0, noise, (n, 2)) is added in row order. Angles come from Math.cos / Math.sin, which may
 * differ from glibc's by 1 ulp on a few angles; labels and order are exact.
 */
export function makeCircles(options: MakeCirclesOptions): CirclesData {
  const { nSamples: n, noise, factor = DEFAULT_FACTOR, rng } = checkOptions(options);
  const nOut = Math.floor(n / 2);
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  const labels = new Float64Array(n);
  placeOnCircle(px, py, 0, nOut, 1);
  placeOnCircle(px, py, nOut, n - nOut, factor);
  labels.fill(1, nOut);
  const order = Float64Array.from({ length: n }, (_, i) => i);
  rng.shuffle(order);
  const jitter = rng.normal(0, noise, [n, 2]);
  const x = new Float64Array(2 * n);
  const y = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const k = order[j];
    x[j] = px[k] + jitter[2 * j];
    x[n + j] = py[k] + jitter[2 * j + 1];
    y[j] = labels[k];
  }
  return { X: fromData(2, n, x), Y: fromData(1, n, y) };
}

// Writes count points of radius `scale` (1 for the outer circle: ×1 is exact) at angles i·(2π/count) (np.linspace(0, 2π, count, endpoint=False),
// which numpy computes as arange(count) * step) into px, py from index start. sklearn scales the inner
// circle after taking cos and sin, so the product is cos(θ)·factor, not cos of anything scaled.
function placeOnCircle(
  px: Float64Array,
  py: Float64Array,
  start: number,
  count: number,
  scale: number,
): void {
  const step = TWO_PI / count;
  for (let i = 0; i < count; i++) {
    const angle = i * step;
    px[start + i] = Math.cos(angle) * scale;
    py[start + i] = Math.sin(angle) * scale;
  }
}

function checkOptions(options: MakeCirclesOptions): MakeCirclesOptions {
  const { nSamples, noise, factor = DEFAULT_FACTOR } = options;
  if (!Number.isSafeInteger(nSamples) || nSamples < 1) {
    throw new RangeError(`makeCircles nSamples: expected a positive integer, got ${nSamples}`);
  }
  if (!(noise >= 0)) throw new RangeError(`makeCircles noise: expected a non-negative number, got ${noise}`);
  if (!(factor >= 0 && factor < 1)) {
    throw new RangeError(`makeCircles factor: expected a number in [0, 1), got ${factor}`);
  }
  return options;
}
