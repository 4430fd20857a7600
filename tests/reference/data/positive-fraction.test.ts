// The label-unbalancing subsample and the two clouds: deterministic, exact counts, order kept.
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../reference/data/load-dataset.js";
import { withPositiveFraction } from "../../../reference/data/positive-fraction.js";
import { twoClouds } from "../../../reference/data/two-clouds.js";
import { fromRows } from "../../../reference/linalg/matrix.js";

const { trainX, trainY } = loadDataset();
const circles = { X: trainX, Y: trainY };

function positives(Y: { data: Float64Array }): number {
  return Y.data.reduce((s, y) => s + y, 0);
}

describe("withPositiveFraction", () => {
  it("keeps all 150 positives and the first 64 negatives of the circles for p = 0.7 (150/214)", () => {
    const sub = withPositiveFraction(circles, 0.7);
    expect([positives(sub.Y), sub.Y.cols]).toEqual([150, 214]);
    const negatives = Array.from(trainY.data.keys())
      .filter((j) => trainY.data[j] === 0)
      .slice(0, 64);
    const kept = Array.from(trainY.data.keys()).filter((j) => trainY.data[j] === 1 || negatives.includes(j));
    expect(Array.from(sub.X.data.subarray(0, 214))).toEqual(kept.map((j) => trainX.data[j]));
    expect(Array.from(sub.X.data.subarray(214))).toEqual(kept.map((j) => trainX.data[300 + j]));
  });

  it("keeps all negatives below the data's own fraction: p = 0.25 gives 50 positives of 200", () => {
    const sub = withPositiveFraction(circles, 0.25);
    expect([positives(sub.Y), sub.Y.cols]).toEqual([50, 200]);
  });

  it("returns the same subsample every time, and the data itself at its own fraction", () => {
    expect(withPositiveFraction(circles, 0.6)).toEqual(withPositiveFraction(circles, 0.6));
    expect(withPositiveFraction(circles, 0.5).Y.cols).toBe(300);
  });

  it("keeps at least one example of each label", () => {
    const sub = withPositiveFraction(circles, 0.9999);
    expect([positives(sub.Y), sub.Y.cols]).toEqual([150, 151]);
  });

  it.each([
    [0, "positive fraction: expected a number in (0, 1), got 0"],
    [1, "positive fraction: expected a number in (0, 1), got 1"],
    [Number.NaN, "positive fraction: expected a number in (0, 1), got NaN"],
  ])("refuses p = %s", (p, message) => {
    expect(() => withPositiveFraction(circles, p)).toThrow(message);
  });

  it("refuses data with a single label, and labels of the wrong shape", () => {
    const X = fromRows([[1, 2]]);
    expect(() => withPositiveFraction({ X, Y: fromRows([[1, 1]]) }, 0.5)).toThrow(
      "positive fraction: the data must hold examples of both labels",
    );
    expect(() => withPositiveFraction({ X, Y: fromRows([[1], [0]]) }, 0.5)).toThrow(
      "labels: expected shape (1, 2), got (2, 1)",
    );
  });
});

describe("twoClouds", () => {
  it("gives 200 points, half labelled 1, the same for the same seed and different for another", () => {
    const a = twoClouds();
    expect([a.X.rows, a.X.cols, positives(a.Y)]).toEqual([2, 200, 100]);
    expect(twoClouds()).toEqual(a);
    expect(twoClouds({ seed: 2 }).X.data).not.toEqual(a.X.data);
  });

  it("is mostly separated by the line x + y = 0: more than 90 % of the points lie on their label's side", () => {
    const { X, Y } = twoClouds();
    let right = 0;
    for (let j = 0; j < 200; j++) if (X.data[j] + X.data[200 + j] > 0 === (Y.data[j] === 1)) right++;
    expect(right / 200).toBeGreaterThan(0.9);
  });

  it("refuses fewer than 2 points and a negative spread", () => {
    expect(() => twoClouds({ nSamples: 1 })).toThrow("twoClouds nSamples: expected an integer ≥ 2, got 1");
    expect(() => twoClouds({ spread: -1 })).toThrow(
      "twoClouds: expected a finite offset and a spread ≥ 0, got 1 and -1",
    );
  });
});
