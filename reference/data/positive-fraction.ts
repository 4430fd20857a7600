// A deterministic label-unbalancing subsample: keeps every example of the class that must stay and
// the first examples (in data order) of the other, so that the positives make up a chosen fraction.
import { fromData, type Matrix } from "../linalg/matrix.js";

/** Examples as columns: X is (n, m), Y is (1, m) with labels 0 or 1. */
export interface LabelledData {
  readonly X: Matrix;
  readonly Y: Matrix;
}

/**
 * The subsample of (X, Y) whose fraction of positives is closest to p: when p is above the data's own
 * fraction every positive is kept and the first round(P·(1−p)/p) negatives; below it, every negative and
 * the first round(N·p/(1−p)) positives (at least one of each class). Column order is kept.
 * @example withPositiveFraction(circles, 0.7) // 150 positives and the first 64 negatives: 150/214
 */
export function withPositiveFraction(data: LabelledData, p: number): LabelledData {
  const { X, Y } = data;
  if (!(p > 0 && p < 1)) throw new RangeError(`positive fraction: expected a number in (0, 1), got ${p}`);
  if (Y.rows !== 1 || Y.cols !== X.cols) {
    throw new RangeError(`labels: expected shape (1, ${X.cols}), got (${Y.rows}, ${Y.cols})`);
  }
  const positives: number[] = [];
  const negatives: number[] = [];
  for (let j = 0; j < Y.cols; j++) (Y.data[j] === 1 ? positives : negatives).push(j);
  if (positives.length === 0 || negatives.length === 0) {
    throw new RangeError("positive fraction: the data must hold examples of both labels");
  }
  const own = positives.length / Y.cols;
  let keepPositives = positives.length;
  let keepNegatives = negatives.length;
  if (p > own) keepNegatives = clamp(Math.round((positives.length * (1 - p)) / p), negatives.length);
  if (p < own) keepPositives = clamp(Math.round((negatives.length * p) / (1 - p)), positives.length);
  const kept = new Uint8Array(Y.cols);
  for (const j of positives.slice(0, keepPositives)) kept[j] = 1;
  for (const j of negatives.slice(0, keepNegatives)) kept[j] = 1;
  return selectColumns(data, kept);
}

function clamp(n: number, max: number): number {
  return Math.min(max, Math.max(1, n));
}

// The columns j of X and Y with kept[j] = 1, in order.
function selectColumns({ X, Y }: LabelledData, kept: Uint8Array): LabelledData {
  const columns: number[] = [];
  kept.forEach((k, j) => {
    if (k === 1) columns.push(j);
  });
  const m = columns.length;
  const x = new Float64Array(X.rows * m);
  const y = new Float64Array(m);
  columns.forEach((j, c) => {
    for (let r = 0; r < X.rows; r++) x[r * m + c] = X.data[r * X.cols + j];
    y[c] = Y.data[j];
  });
  return { X: fromData(X.rows, m, x), Y: fromData(1, m, y) };
}
