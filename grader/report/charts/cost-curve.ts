// The cost curve: each run's cost log against the iteration, on shared axes; costs that cannot be
// drawn on the scale (inf, nan, ≤ 0 on a log axis) are pinned to an edge with a text label.
import { CHART_CONFIG, CHART_HEIGHT, COST_CHART_WIDTH } from "./chart-style.js";
import { type CostScale, type CostSeries, placeCosts } from "./cost-scale.js";
import { RUN_COLOURS, RUN_DASHES, TEXT_COLOUR } from "./palette.js";
import { type ChartSpec, renderSvg } from "./render-svg.js";

/** What a cost chart needs: its runs (the first drawn on top) and its title. */
export interface CostCurveInput {
  readonly title: string;
  readonly series: readonly CostSeries[];
}

// The cost curves as an SVG string, with a description that counts the costs pinned off the scale.
export async function costCurveSvg(input: CostCurveInput, id: string): Promise<string> {
  const scale = placeCosts(input.series);
  return renderSvg(costCurveSpec(input, scale), { id, description: describe(input, scale) });
}

// The Vega-Lite spec of the cost chart (exported for tests that read the spec rather than the SVG).
export function costCurveSpec(input: CostCurveInput, scale: CostScale): ChartSpec {
  const names = input.series.map((s) => s.name);
  const last = Math.max(0, ...scale.points.map((p) => p.iteration));
  const x = {
    field: "iteration",
    type: "quantitative",
    title: "iteration",
    scale: { domain: [0, Math.max(last, 1)], nice: false },
  } as const;
  const y = {
    field: "y",
    type: "quantitative",
    title: scale.type === "log" ? "cost (log scale)" : "cost",
    scale: {
      type: scale.type,
      domain: [...scale.domain],
      nice: false,
      ...(scale.type === "linear" ? { zero: false } : {}),
    },
  } as const;
  const run = { field: "run", type: "nominal", title: null, scale: { domain: names } } as const;
  return {
    title: input.title,
    width: COST_CHART_WIDTH,
    height: CHART_HEIGHT,
    config: CHART_CONFIG,
    data: { values: scale.points.map((p) => ({ ...p, label: p.offScale })) },
    encoding: { x, y },
    layer: [
      {
        name: "lines",
        transform: [{ filter: "datum.offScale === ''" }],
        mark: { type: "line", strokeWidth: 2, clip: true, point: false },
        encoding: {
          color: { ...run, scale: { domain: names, range: RUN_COLOURS.slice(0, names.length) } },
          strokeDash: {
            ...run,
            scale: { domain: names, range: RUN_DASHES.slice(0, names.length).map((d) => [...d]) },
          },
        },
      },
      {
        name: "offscale",
        transform: [{ filter: "datum.offScale !== ''" }],
        mark: { type: "point", shape: "triangle-up", filled: true, size: 60 },
        encoding: {
          color: { ...run, scale: { domain: names, range: RUN_COLOURS.slice(0, names.length) } },
        },
      },
      {
        name: "offscale-labels",
        transform: [{ filter: "datum.offScale !== ''" }],
        mark: { type: "text", dy: -10, fontSize: 11, color: TEXT_COLOUR },
        encoding: { text: { field: "label" } },
      },
    ],
  } as ChartSpec;
}

// "Cost per iteration for A and B, log scale; 1 cost of A is inf, marked ▲ at the top."
function describe(input: CostCurveInput, scale: CostScale): string {
  const names = input.series.map((s) => s.name).join(" and ");
  const pinned = Object.entries(scale.offScaleCounts).map(
    ([kind, n]) => `${n} ${n === 1 ? "cost is" : "costs are"} ${kind === "0" ? "0 or below" : kind}`,
  );
  const where =
    pinned.length === 0 ? "" : `; ${pinned.join(", ")}, marked by a labelled triangle at the edge`;
  return `${input.title}: cost against iteration for ${names}, ${scale.type} scale${where}.`;
}
