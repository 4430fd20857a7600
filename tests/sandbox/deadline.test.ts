// calibratedDeadline: a multiple of the reference's time on this machine, between a floor and a ceiling.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calibratedDeadline, DEADLINE_DEFAULTS } from "../../grader/sandbox/index.js";

describe("calibratedDeadline", () => {
  it.each([
    [350, {}, 3500],
    [12, {}, 2000],
    [0, {}, 2000],
    [9000, {}, 60_000],
    [9000, { ceilingMs: 30_000 }, 30_000],
    [100, { multiple: 3, floorMs: 0 }, 300],
    [0.25, { multiple: 10, floorMs: 0 }, 3],
  ])("reference %d ms with %j gives %d ms", (reference, options, expected) => {
    expect(calibratedDeadline(reference, options)).toBe(expected);
  });

  it("is a whole number within [floor, ceiling], never below multiple × reference unless capped", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 50 }),
        (reference, multiple) => {
          const deadline = calibratedDeadline(reference, { multiple });
          expect(Number.isInteger(deadline)).toBe(true);
          expect(deadline).toBeGreaterThanOrEqual(DEADLINE_DEFAULTS.floorMs);
          expect(deadline).toBeLessThanOrEqual(DEADLINE_DEFAULTS.ceilingMs);
          if (deadline < DEADLINE_DEFAULTS.ceilingMs)
            expect(deadline).toBeGreaterThanOrEqual(reference * multiple);
        },
      ),
      { seed: 20240611 },
    );
  });

  it.each([
    [-1, {}, "calibratedDeadline referenceMs: expected a finite number ≥ 0, got -1"],
    [Number.NaN, {}, "calibratedDeadline referenceMs: expected a finite number ≥ 0, got NaN"],
    [10, { multiple: 0.5 }, "calibratedDeadline multiple: expected at least 1, got 0.5"],
    [
      10,
      { floorMs: 5000, ceilingMs: 1000 },
      "calibratedDeadline floorMs: expected at most ceilingMs (1000), got 5000",
    ],
  ])("refuses reference %d with %j", (reference, options, message) => {
    expect(() => calibratedDeadline(reference, options)).toThrow(message);
  });
});
