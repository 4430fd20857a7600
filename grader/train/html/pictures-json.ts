// `grader train --json` with what a plot needs: the run's usual document (lesson included), then the
// cost log at --log-every and the boundary grid.
import { trainDocument } from "../render-json.js";
import { costsEvery, type PictureRequest, type SourcedRun } from "./train-pictures.js";

// One run's JSON object: the usual fields, then source, log_every, cost_log and boundary_grid
// (labels[r][c] is the prediction at cell (r, c), row 0 at y_min; non-finite costs as "Infinity"/"NaN").
export function picturedRunJson(sourced: SourcedRun, request: PictureRequest): Record<string, unknown> {
  const { run } = sourced;
  const { grid } = run;
  const rows: string[] = [];
  for (let r = 0; r < grid.rows; r++)
    rows.push(grid.labels.subarray(r * grid.cols, (r + 1) * grid.cols).join(""));
  return {
    ...trainDocument(run.model),
    source: sourced.source,
    log_every: request.logEvery,
    cost_log: costsEvery(run, request.logEvery).map(({ iteration, cost }) => ({
      iteration,
      cost: Number.isFinite(cost) ? cost : String(cost),
    })),
    boundary_grid: {
      x_min: grid.xMin,
      x_max: grid.xMax,
      y_min: grid.yMin,
      y_max: grid.yMax,
      cols: grid.cols,
      rows: grid.rows,
      labels: rows,
    },
  };
}
