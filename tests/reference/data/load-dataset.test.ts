// loadDataset against the course's load_dataset (seed 1 → 300 training points, seed 2 → 100 test points).
// Labels exact; coordinates within 2^-52 of numpy (see make-circles.test.ts for why not bit for bit).
import { describe, expect, it } from "vitest";
import { loadDataset } from "../../../reference/data/load-dataset.js";
import { circles, deviation } from "./circles-fixture.js";

describe("loadDataset", () => {
  const data = loadDataset();

  it("has the course's shapes: X (2, m), Y (1, m)", () => {
    expect([data.trainX.rows, data.trainX.cols, data.trainY.rows, data.trainY.cols]).toEqual([
      2, 300, 1, 300,
    ]);
    expect([data.testX.rows, data.testX.cols, data.testY.rows, data.testY.cols]).toEqual([2, 100, 1, 100]);
  });

  it("has numpy's labels in numpy's order, exactly", () => {
    expect(Array.from(data.trainY.data)).toEqual(circles.train.Y);
    expect(Array.from(data.testY.data)).toEqual(circles.test.Y);
  });

  it("is exactly balanced: 150/150 and 50/50", () => {
    const ones = (y: Float64Array) => y.reduce((sum, v) => sum + v, 0);
    expect(ones(data.trainY.data)).toBe(150);
    expect(ones(data.testY.data)).toBe(50);
  });

  it("has numpy's coordinates within 2^-52 (train: 9 of 600 differ, test: 2 of 200, as measured)", () => {
    const train = deviation(data.trainX, circles.train);
    const test = deviation(data.testX, circles.test);
    expect(train.maxAbs).toBeLessThanOrEqual(2 ** -52);
    expect(test.maxAbs).toBeLessThanOrEqual(2 ** -52);
    expect(train.differing).toBeLessThanOrEqual(9);
    expect(test.differing).toBeLessThanOrEqual(2);
  });

  it("returns a fresh, identical dataset on every call (no shared RNG state)", () => {
    expect(loadDataset()).toEqual(data);
  });
});
