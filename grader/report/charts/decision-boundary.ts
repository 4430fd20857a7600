// The decision boundary: the model's predicted label over a grid (light tints, one rectangle per run
// of equal cells in a row) under the training points, coloured and shaped by their true label.
import type { DecisionGrid } from "../../../reference/model/index.js";
import { CHART_CONFIG, CHART_HEIGHT, CHART_WIDTH } from "./chart-style.js";
import { CLASS_COLOURS, REGION_COLOURS } from "./palette.js";
import { type ChartSpec, renderSvg } from "./render-svg.js";

/** Training points: x[i], y[i] with label[i] ∈ {0, 1}. */
export interface LabelledPoints {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly label: ArrayLike<number>;
}

/** What a boundary chart needs. */
export interface BoundaryInput {
  readonly title: string;
  readonly grid: DecisionGrid;
  readonly points: LabelledPoints;
}

const REGION_NAMES = ["predicted 0", "predicted 1"];
const POINT_NAMES = ["label 0 (outer)", "label 1 (inner)"];

/** Each rectangle reaches this far (in cells) into its neighbours, so no hairline seam shows between them. */
const OVERLAP = 0.5;

// The boundary chart as an SVG string.
export async function decisionBoundarySvg(input: BoundaryInput, id: string): Promise<string> {
  const share = predictedShare(input.grid);
  const description =
    `${input.title}: the model's prediction over the plane (${Math.round(share * 100)}% of it predicted 1) ` +
    `under ${input.points.label.length} training points, circles for label 0 and squares for label 1.`;
  return renderSvg(decisionBoundarySpec(input), { id, description });
}

// The Vega-Lite spec of the boundary chart.
export function decisionBoundarySpec(input: BoundaryInput): ChartSpec {
  const { grid } = input;
  const x = {
    type: "quantitative",
    title: "x1",
    scale: { domain: [grid.xMin, grid.xMax], nice: false, zero: false },
  };
  const y = {
    type: "quantitative",
    title: "x2",
    scale: { domain: [grid.yMin, grid.yMax], nice: false, zero: false },
  };
  const points = Array.from(input.points.label, (label, i) => ({
    px: input.points.x[i],
    py: input.points.y[i],
    truth: POINT_NAMES[label === 1 ? 1 : 0],
  }));
  return {
    title: input.title,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    config: CHART_CONFIG,
    layer: [
      {
        name: "cells",
        data: { values: cellRuns(grid) },
        mark: { type: "rect", stroke: null, clip: true },
        encoding: {
          x: { field: "x0", ...x },
          x2: { field: "x1" },
          y: { field: "y0", ...y },
          y2: { field: "y1" },
          fill: {
            field: "predicted",
            type: "nominal",
            title: "region",
            scale: { domain: REGION_NAMES, range: [...REGION_COLOURS] },
          },
        },
      },
      {
        name: "points",
        data: { values: points },
        mark: { type: "point", filled: true, opacity: 1, size: 22, stroke: "#1F2328", strokeWidth: 0.5 },
        encoding: {
          x: { field: "px", ...x },
          y: { field: "py", ...y },
          color: {
            field: "truth",
            type: "nominal",
            title: "training point",
            scale: { domain: POINT_NAMES, range: [...CLASS_COLOURS] },
          },
          shape: {
            field: "truth",
            type: "nominal",
            title: "training point",
            scale: { domain: POINT_NAMES, range: ["circle", "square"] },
          },
        },
      },
    ],
  } as ChartSpec;
}

/** One rectangle of equal predictions: a run of cells within one grid row. */
export interface CellRun {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly predicted: string;
}

// Merges each row's neighbouring equal cells into one rectangle (a few per row instead of `cols`).
export function cellRuns(grid: DecisionGrid): CellRun[] {
  const dx = (grid.xMax - grid.xMin) / grid.cols;
  const dy = (grid.yMax - grid.yMin) / grid.rows;
  const runs: CellRun[] = [];
  for (let r = 0; r < grid.rows; r++) {
    let start = 0;
    for (let c = 1; c <= grid.cols; c++) {
      const label = grid.labels[r * grid.cols + start];
      if (c < grid.cols && grid.labels[r * grid.cols + c] === label) continue;
      runs.push({
        x0: grid.xMin + start * dx,
        x1: grid.xMin + Math.min(c + OVERLAP, grid.cols) * dx,
        y0: grid.yMin + r * dy,
        y1: grid.yMin + Math.min(r + 1 + OVERLAP, grid.rows) * dy,
        predicted: REGION_NAMES[label === 1 ? 1 : 0],
      });
      start = c;
    }
  }
  return runs;
}

function predictedShare(grid: DecisionGrid): number {
  let ones = 0;
  for (const label of grid.labels) ones += label === 1 ? 1 : 0;
  return ones / grid.labels.length;
}
