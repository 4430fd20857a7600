import { describe, expect, it } from "vitest";
import type {
  GradientClass,
  LayerVerdict,
  QuantityVerdict,
  StepVerdict,
} from "../../../grader/lesson/index.js";
import { cellRuns } from "../../../grader/report/charts/decision-boundary.js";
import { gradientBars } from "../../../grader/report/charts/gradient-flow.js";
import { costCurveSvg, decisionBoundarySvg, gradientFlowSvg } from "../../../grader/report/charts/index.js";
import type { DecisionGrid } from "../../../reference/model/index.js";

const grid: DecisionGrid = {
  xMin: 0,
  xMax: 4,
  yMin: 0,
  yMax: 2,
  cols: 4,
  rows: 2,
  labels: Uint8Array.from([0, 0, 1, 1, 1, 1, 1, 0]),
};
const points = { x: [0.5, 3.5], y: [0.5, 1.5], label: [0, 1] };
/** A gradient verdict as the lesson gives it (only kind and norm matter to the chart). */
function quantity(name: string, kind: GradientClass, norm: number): QuantityVerdict {
  return { name, kind, norm, relative: norm, reason: "" };
}
function layer(l: number, units: number, dW: QuantityVerdict, distinctRows: number): LayerVerdict {
  const db = quantity(`db${l}`, "zero", 0);
  return { layer: l, units, dW, db, distinctUnitGradients: 1, distinctRows, text: "" };
}
const steps: StepVerdict[] = [
  {
    iteration: 0,
    cost: Math.LN2,
    meanOutputError: 0,
    layers: [
      layer(1, 4, quantity("dW1", "zero", 0), 1),
      layer(2, 3, quantity("dW2", "rounding", 2.6e-18), 1),
      layer(3, 3, quantity("dW3", "real", 0.5), 3),
    ],
  },
];

describe("charts", () => {
  it("render the same bytes for the same input, with a title and an aria-label from the description", async () => {
    const series = [
      {
        name: "yours <b>",
        costs: [
          { iteration: 0, cost: Infinity },
          { iteration: 1000, cost: 0.5 },
        ],
      },
    ];
    const a = await costCurveSvg({ title: "Cost", series }, "cost-1");
    const b = await costCurveSvg({ title: "Cost", series }, "cost-1");
    expect(a).toBe(b);
    expect(a).toMatch(
      /^<svg [^>]* role="img" aria-label="Cost: cost against iteration for yours &lt;b&gt;, log scale; 1 cost is inf, marked by a labelled triangle at the edge\."><title>/,
    );
    expect(a).not.toContain("<b>");
    expect(a).toContain(">inf</text>");
    expect(a).not.toMatch(/ id="clip/);
  });

  it("gives every SVG id the chart's own prefix, so two charts on one page never share one", async () => {
    const svg = await decisionBoundarySvg({ title: "B", grid, points }, "bound-2");
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith("bound-2-"))).toBe(true);
    expect(svg).toContain("(63% of it predicted 1)");
  });

  it("merges each grid row's equal neighbours into one rectangle", () => {
    const runs = cellRuns(grid);
    expect(runs.map((r) => [r.predicted, r.x0, r.y0])).toEqual([
      ["predicted 0", 0, 0],
      ["predicted 1", 2, 0],
      ["predicted 1", 0, 1],
      ["predicted 0", 3, 1],
    ]);
  });

  it("draws an exact 0 and a rounding residue at 0, labelled in grader train's words, a real gradient at its norm", async () => {
    const input = { title: "G", steps };
    const bars = gradientBars(input);
    expect(bars.map((b) => b.rows)).toEqual(["= 0 · 1/4", "≈0 residue · 1/3", "3/3"]);
    expect(bars.map((b) => b.norm)).toEqual([0, 0, 0.5]);
    const svg = await gradientFlowSvg(input, "grad-1");
    expect(svg).toContain("a gradient of exactly 0 in W1; only rounding residue, drawn at 0, in W2.");
    expect(svg).toContain(">= 0 · 1/4</text>");
    expect(svg).toContain(">≈0 residue · 1/3</text>");
  });
});
