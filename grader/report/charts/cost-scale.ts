// Where each cost goes on a chart's y axis: finite costs on the scale, inf / nan / non-positive costs
// (on a log scale) pinned at the top or bottom edge and labelled, never dropped.
import type { CostRecord } from "../../../reference/model/index.js";

/** A finite positive span wider than this (max / min) is drawn on a log scale. */
export const LOG_SCALE_RATIO = 100;

/** One run's cost log to draw. */
export interface CostSeries {
  /** Legend label, e.g. "your parameters" or "reference". */
  readonly name: string;
  readonly costs: readonly CostRecord[];
}

/** A cost as placed on the chart; `offScale` names what the edge marker stands for. */
export interface PlacedCost {
  readonly run: string;
  readonly iteration: number;
  readonly cost: number;
  readonly y: number;
  readonly offScale: "" | "inf" | "-inf" | "nan" | "0";
}

/** The y axis of a cost chart and every point on it. */
export interface CostScale {
  readonly type: "linear" | "log";
  readonly domain: readonly [number, number];
  readonly points: readonly PlacedCost[];
  /** How many costs sit on an edge marker instead of the scale, by kind (e.g. { inf: 1 }). */
  readonly offScaleCounts: Readonly<Record<string, number>>;
}

// Chooses the scale (log when a cost is not finite or the finite ones span more than LOG_SCALE_RATIO)
// and places every cost on it.
export function placeCosts(series: readonly CostSeries[]): CostScale {
  const all = series.flatMap((s) => s.costs.map((c) => c.cost));
  const finite = all.filter(Number.isFinite);
  const positive = finite.filter((c) => c > 0);
  const max = positive.length > 0 ? Math.max(...positive) : 1;
  const min = positive.length > 0 ? Math.min(...positive) : 1;
  const log = finite.length < all.length || max / min > LOG_SCALE_RATIO;
  const top = log ? max * 3 : Math.max(...finite.map(Math.abs), 1e-12) * 1.25;
  const bottom = log ? min / 3 : Math.min(0, ...finite) * 1.25;
  const counts: Record<string, number> = {};
  const points = series.flatMap((s) =>
    s.costs.map(({ iteration, cost }): PlacedCost => {
      const offScale = kindOf(cost, log);
      if (offScale !== "") counts[offScale] = (counts[offScale] ?? 0) + 1;
      return { run: s.name, iteration, cost, y: placed(cost, offScale, log, top, bottom), offScale };
    }),
  );
  return { type: log ? "log" : "linear", domain: [bottom, top], points, offScaleCounts: counts };
}

// Finite costs where they are; markers just inside the top edge (inf, nan) or the bottom edge.
function placed(
  cost: number,
  offScale: PlacedCost["offScale"],
  log: boolean,
  top: number,
  bottom: number,
): number {
  if (offScale === "") return cost;
  const high = offScale === "inf" || offScale === "nan";
  if (log) return high ? top / 1.5 : bottom * 1.5;
  return high ? top * 0.95 : bottom;
}

function kindOf(cost: number, log: boolean): PlacedCost["offScale"] {
  if (Number.isNaN(cost)) return "nan";
  if (cost === Number.POSITIVE_INFINITY) return "inf";
  if (cost === Number.NEGATIVE_INFINITY) return "-inf";
  return log && cost <= 0 ? "0" : "";
}
