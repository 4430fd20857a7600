import { describe, expect, it } from "vitest";
import { computeCourseRun, courseData } from "../../grader/checks/training/course-run.js";
import { initializeParametersZeros } from "../../reference/initializers.js";
import { train } from "../../reference/model/index.js";

describe("course run from a dead start", () => {
  it("matches the full model bit for bit (costs, output bias, accuracies), output bias 0.3 to make it move", () => {
    const start = initializeParametersZeros([2, 10, 5, 1]);
    start.b3.data[0] = 0.3;
    const { trainX, trainY, testX, testY } = courseData();
    const full = train({ X: trainX, Y: trainY, parameters: start, iterations: 3000 });
    const shortcut = computeCourseRun(start, 3000);
    expect(shortcut.deadStart).toBe(true);
    expect(shortcut.costs).toEqual(full.costs);
    expect(Object.is(shortcut.final.b3.data[0], full.parameters.b3.data[0])).toBe(true);
    expect(shortcut.final.b3.data[0]).not.toBe(0.3);
    expect(Array.from(full.parameters.W3.data)).toEqual(new Array(5).fill(0));
    expect(shortcut.trainAccuracy).toBe(full.accuracy(trainX, trainY));
    expect(shortcut.testAccuracy).toBe(full.accuracy(testX, testY));
  });

  // The output bias moves by lr·Σ(a3 − y)/m, and the ±1/600 terms of that sum leave a rounding residue of
  // ~1e-19 per step: numpy 2.4.6 itself logs 0.6931471805599455 at two checkpoints (tests/fixtures/model).
  // Tolerance: 2 ulp of ln 2 (2.2e-16).
  it("reproduces the published zeros run: cost 0.6931471805599453 (±2 ulp) at all 15 checkpoints, 0.5 / 0.5", () => {
    const run = computeCourseRun(initializeParametersZeros([2, 10, 5, 1]), 15000);
    expect(run.costs.map((c) => c.iteration)).toEqual(Array.from({ length: 15 }, (_, i) => i * 1000));
    for (const { cost } of run.costs)
      expect(Math.abs(cost - Math.LN2)).toBeLessThanOrEqual(2 * Number.EPSILON * 0.5);
    expect(run.costs[0].cost).toBe(Math.LN2);
    expect([run.trainAccuracy, run.testAccuracy]).toEqual([0.5, 0.5]);
  });
});
