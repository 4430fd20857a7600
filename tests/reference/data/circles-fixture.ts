// The two-circles fixture (scripts/fixtures_data.py) and how a computed dataset compares with it.
import type { Matrix } from "../../../reference/linalg/matrix.js";
import { fromBitsList, readFixture } from "../random/fixture-io.js";

/** One make_circles call as numpy + sklearn's steps produced it. */
export interface CirclesCase {
  readonly seed: number;
  readonly nSamples: number;
  readonly noise: number;
  readonly factor: number;
  /** The shuffled order: row j of X came from unshuffled point order[j]. */
  readonly order: readonly number[];
  readonly Y: readonly number[];
  /** X transposed (2 rows of bit patterns), after the noise. */
  readonly X: readonly [readonly string[], readonly string[]];
}

export const circles = readFixture<{ train: CirclesCase; test: CirclesCase; extra: CirclesCase[] }>(
  "data/circles.json",
);

/** How far computed coordinates are from numpy's. */
export interface Deviation {
  readonly differing: number;
  readonly maxAbs: number;
}

// Counts coordinates that differ from the fixture (bitwise) and the largest absolute difference.
export function deviation(X: Matrix, stored: CirclesCase): Deviation {
  const expected = new Float64Array([...fromBitsList(stored.X[0]), ...fromBitsList(stored.X[1])]);
  let differing = 0;
  let maxAbs = 0;
  for (let i = 0; i < expected.length; i++) {
    if (Object.is(X.data[i], expected[i])) continue;
    differing++;
    maxAbs = Math.max(maxAbs, Math.abs(X.data[i] - expected[i]));
  }
  return { differing, maxAbs };
}
