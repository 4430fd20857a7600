import { describe, expect, it } from "vitest";
import { chiSquareZ, normalQuantile, twoSidedThreshold } from "../../../grader/checks/evidence/stats.js";

describe("normalQuantile", () => {
  // Reference values from Python's statistics.NormalDist().inv_cdf; Acklam's approximation is good to ~1e-9 relative.
  it.each([
    [0.975, 1.9599639845400536],
    [0.3, -0.5244005127080407],
    [5e-8, -5.326723886384497],
    [1e-12, -7.034483825301132],
  ])("Φ⁻¹(%d) = %d", (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(2e-8 * Math.abs(z));
  });
});

describe("twoSidedThreshold", () => {
  it("gives z ≈ 5.33 for 1e-6 shared by 10 tests (1e-7 each)", () => {
    expect(twoSidedThreshold(1e-6, 10)).toBeCloseTo(5.3267, 3);
  });
});

describe("chiSquareZ", () => {
  it("is 0 near the chi-square median and symmetric in the cube-root scale", () => {
    const k = 10_000;
    expect(Math.abs(chiSquareZ(k * (1 - 2 / (9 * k)) ** 3, k))).toBeLessThan(1e-9);
    expect(chiSquareZ(k * 1.1, k)).toBeGreaterThan(6);
  });
});
