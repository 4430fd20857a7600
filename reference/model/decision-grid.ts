// The notebook's plot_decision_boundary as data: the model's predicted label on a regular grid
// (np.meshgrid over the points' range widened by a margin, then predict on every grid point).
import { fromData, type Matrix } from "../linalg/matrix.js";
import { predict } from "./predict.js";
import type { HiddenActivation, Parameters } from "./types.js";

/** The notebook widens the plotted range by 1 on each side of the data (x_min = X[0].min() − 1, …). */
export const GRID_MARGIN = 1;

/** A rectangle of the input plane. */
export interface GridBounds {
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

/** Predicted labels at the centres of cols × rows equal cells; labels[r * cols + c], row 0 at yMin. */
export interface DecisionGrid extends GridBounds {
  readonly cols: number;
  readonly rows: number;
  readonly labels: Uint8Array;
}

// The range of a (2, m) input matrix's two features, widened by `margin` on every side.
export function gridBoundsOf(X: Matrix, margin: number = GRID_MARGIN): GridBounds {
  if (X.rows !== 2 || X.cols === 0) {
    throw new RangeError(`decision grid X: expected shape (2, m) with m ≥ 1, got (${X.rows}, ${X.cols})`);
  }
  let [xMin, xMax, yMin, yMax] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let j = 0; j < X.cols; j++) {
    const x = X.data[j];
    const y = X.data[X.cols + j];
    xMin = Math.min(xMin, x);
    xMax = Math.max(xMax, x);
    yMin = Math.min(yMin, y);
    yMax = Math.max(yMax, y);
  }
  return { xMin: xMin - margin, xMax: xMax + margin, yMin: yMin - margin, yMax: yMax + margin };
}

/**
 * Predicts every cell centre of a cols × rows grid over `bounds` (a 2-input, 1-output network).
 * @example decisionGrid(trained.parameters, gridBoundsOf(trainX), 80, 80).labels // 0s and 1s
 */
export function decisionGrid(
  parameters: Parameters,
  bounds: GridBounds,
  cols: number,
  rows: number,
  hidden: HiddenActivation = "relu",
): DecisionGrid {
  for (const [name, n] of [
    ["cols", cols],
    ["rows", rows],
  ] as const) {
    if (!Number.isSafeInteger(n) || n < 1)
      throw new RangeError(`decision grid ${name}: expected an integer ≥ 1, got ${n}`);
  }
  const m = cols * rows;
  const X = new Float64Array(2 * m);
  const dx = (bounds.xMax - bounds.xMin) / cols;
  const dy = (bounds.yMax - bounds.yMin) / rows;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      X[r * cols + c] = bounds.xMin + (c + 0.5) * dx;
      X[m + r * cols + c] = bounds.yMin + (r + 0.5) * dy;
    }
  }
  const predicted = predict(fromData(2, m, X), parameters, hidden).data;
  const labels = new Uint8Array(m);
  for (let i = 0; i < m; i++) labels[i] = predicted[i];
  return { ...bounds, cols, rows, labels };
}
