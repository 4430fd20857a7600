// makeCircles against sklearn's make_circles steps run in numpy. Labels and order: exact. Coordinates:
// V8's Math.cos / Math.sin differ from glibc's (which numpy uses) by 1 ulp on a few angles, so X is
// compared within 2.3e-16 (one ulp at 1, plus one rounding of the noise addition), and the number of
// coordinates that differ at all is pinned at its measured value so that any new difference fails.
import { describe, expect, it } from "vitest";
import { makeCircles } from "../../../reference/data/make-circles.js";
import { RandomState } from "../../../reference/random/random-state.js";
import { type CirclesCase, circles, deviation } from "./circles-fixture.js";

// Largest |ours − numpy| allowed on any coordinate: 2^-52, twice the largest difference measured.
const MAX_ABS_DIFFERENCE = 2 ** -52;
// Coordinates measured to differ from numpy (out of 2n) per case, keyed "seed/nSamples".
const MEASURED_DIFFERING: Record<string, number> = {
  "1/300": 9,
  "2/100": 2,
  "5/7": 1,
  "0/1": 0,
  "3/2": 0,
  "42/1001": 62,
};

function run(c: CirclesCase) {
  return makeCircles({
    nSamples: c.nSamples,
    noise: c.noise,
    factor: c.factor,
    rng: new RandomState(c.seed),
  });
}

describe("makeCircles", () => {
  for (const c of [circles.train, circles.test, ...circles.extra]) {
    const label = `seed ${c.seed}, n ${c.nSamples}, noise ${c.noise}, factor ${c.factor}`;

    it(`${label}: labels in numpy's shuffled order, exactly`, () => {
      const { X, Y } = run(c);
      expect([X.rows, X.cols, Y.rows, Y.cols]).toEqual([2, c.nSamples, 1, c.nSamples]);
      expect(Array.from(Y.data)).toEqual(c.Y);
    });

    it(`${label}: coordinates within ${MAX_ABS_DIFFERENCE} of numpy, ${MEASURED_DIFFERING[`${c.seed}/${c.nSamples}`]} differing`, () => {
      const { differing, maxAbs } = deviation(run(c).X, c);
      expect(maxAbs).toBeLessThanOrEqual(MAX_ABS_DIFFERENCE);
      expect(differing).toBeLessThanOrEqual(MEASURED_DIFFERING[`${c.seed}/${c.nSamples}`]);
    });
  }

  it("draws exactly what sklearn draws: n − 1 shuffle indices, then 2n normals", () => {
    const c = circles.train;
    const rng = new RandomState(c.seed);
    makeCircles({ nSamples: c.nSamples, noise: c.noise, rng });
    const replay = new RandomState(c.seed);
    const order = replay.permutation(c.nSamples);
    replay.normal(0, c.noise, [c.nSamples, 2]);
    expect(Array.from(order)).toEqual(c.order);
    expect(rng.getState()).toEqual(replay.getState());
  });

  it("puts points at radius 1 (label 0) and radius factor (label 1) before noise", () => {
    const { X, Y } = makeCircles({ nSamples: 9, noise: 0, factor: 0.3, rng: new RandomState(0) });
    for (let j = 0; j < 9; j++) {
      const radius = Math.hypot(X.data[j], X.data[9 + j]);
      expect(radius).toBeCloseTo(Y.data[j] === 0 ? 1 : 0.3, 15);
    }
    expect(Array.from(Y.data).filter((v) => v === 1).length).toBe(5);
  });

  it("refuses bad options, naming the option and the value", () => {
    const rng = new RandomState(0);
    expect(() => makeCircles({ nSamples: 0, noise: 0.1, rng })).toThrow(
      "makeCircles nSamples: expected a positive integer, got 0",
    );
    expect(() => makeCircles({ nSamples: 10, noise: -0.1, rng })).toThrow(
      "makeCircles noise: expected a non-negative number, got -0.1",
    );
    expect(() => makeCircles({ nSamples: 10, noise: 0.1, factor: 1, rng })).toThrow(
      "makeCircles factor: expected a number in [0, 1), got 1",
    );
  });
});
