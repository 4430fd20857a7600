import { describe, expect, it } from "vitest";
import { LOG_SCALE_RATIO, placeCosts } from "../../../grader/report/charts/cost-scale.js";

const run = (name: string, costs: number[]) => ({
  name,
  costs: costs.map((cost, i) => ({ iteration: i * 1000, cost })),
});

describe("placeCosts", () => {
  it("keeps a flat finite log on a linear scale with every point on it", () => {
    const scale = placeCosts([run("zeros", [Math.LN2, Math.LN2, Math.LN2])]);
    expect(scale.type).toBe("linear");
    expect(scale.points.map((p) => p.y)).toEqual([Math.LN2, Math.LN2, Math.LN2]);
    expect(scale.offScaleCounts).toEqual({});
  });

  it("switches to a log scale when a cost is inf and pins the inf at the top edge, labelled", () => {
    const scale = placeCosts([run("random", [Infinity, 0.6, 0.4]), run("he", [0.88, 0.3])]);
    expect(scale.type).toBe("log");
    const inf = scale.points[0];
    expect(inf).toMatchObject({ run: "random", iteration: 0, offScale: "inf" });
    expect(inf.y).toBeGreaterThan(0.88);
    expect(inf.y).toBeLessThan(scale.domain[1]);
    expect(scale.points).toHaveLength(5);
    expect(scale.offScaleCounts).toEqual({ inf: 1 });
  });

  it(`uses a log scale when finite costs span more than ${LOG_SCALE_RATIO}× and marks nan and 0 there`, () => {
    const scale = placeCosts([run("a", [10, 0.01, Number.NaN, 0])]);
    expect(scale.type).toBe("log");
    expect(scale.points.map((p) => p.offScale)).toEqual(["", "", "nan", "0"]);
    expect(scale.points[3].y).toBeGreaterThan(scale.domain[0]);
    expect(scale.points[3].y).toBeLessThan(0.01);
  });
});
