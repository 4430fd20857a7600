// One training run with everything its pictures need: the run itself (costs at a chosen interval, the
// lesson's classified first steps) and the trained model's predictions over a grid around its training points.
import { type DecisionGrid, decisionGrid, gridBoundsOf } from "../../../reference/model/index.js";
import type { LabelledPoints } from "../../report/charts/index.js";
import type { RunPictures } from "../../report/pictures/run-figures.js";
import type { ModelRun } from "../run-model.js";

/** Grid cells per side of a decision-boundary picture (the notebook's h = 0.01 would be 420). */
export const BOUNDARY_GRID_CELLS = 100;

/** A run ready to be drawn. */
export interface PicturedRun extends RunPictures {
  /** Legend and heading label, e.g. "He" or "your initialize_parameters_he". */
  readonly name: string;
  /** The run as `grader train` prints it (text and JSON). */
  readonly model: ModelRun;
  readonly grid: DecisionGrid;
  readonly points: LabelledPoints;
}

// What the pictures show of `run`: its full cost log, its lesson, its boundary and its training points.
export function picturedRun(name: string, run: ModelRun): PicturedRun {
  const { X, Y } = run.trainSet;
  const m = X.cols;
  return {
    name,
    model: run,
    costs: run.costLog,
    lesson: run.account,
    grid: decisionGrid(
      run.trained,
      gridBoundsOf(X),
      BOUNDARY_GRID_CELLS,
      BOUNDARY_GRID_CELLS,
      run.options.activation,
    ),
    points: { x: X.data.subarray(0, m), y: X.data.subarray(m), label: Y.data },
    trainAccuracy: run.trainAccuracy,
    testAccuracy: run.testAccuracy,
  };
}
