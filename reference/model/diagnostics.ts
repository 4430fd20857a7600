// Per-step training diagnostics shown to students: how large each layer's gradients are and
// whether the units of a layer are still identical (symmetry) after the step.
import type { Network } from "./network.js";

/** One layer after one step. */
export interface LayerDiagnostics {
  /** 1-based layer index l. */
  readonly layer: number;
  /** Frobenius norm ‖dW_l‖ of this step's weight gradient. */
  readonly dWNorm: number;
  /** Euclidean norm ‖db_l‖ of this step's bias gradient. */
  readonly dbNorm: number;
  /** Number of distinct rows of W_l after this step's update (1 means every unit is identical). */
  readonly distinctRows: number;
}

/** One training step: its iteration, its cost (before the update) and every layer. */
export interface StepDiagnostics {
  readonly iteration: number;
  readonly cost: number;
  readonly layers: readonly LayerDiagnostics[];
}

// sqrt of the sum of squares (np.linalg.norm of a matrix, 'fro').
export function frobeniusNorm(data: Float64Array): number {
  let s = 0;
  for (let i = 0; i < data.length; i++) s += data[i] * data[i];
  return Math.sqrt(s);
}

// Number of distinct rows of a row-major rows × cols matrix; NaN equals NaN and 0 equals −0 here.
export function distinctRowCount(data: Float64Array, rows: number, cols: number): number {
  let distinct = 0;
  for (let i = 0; i < rows; i++) {
    let seen = false;
    for (let p = 0; p < i && !seen; p++) seen = sameRow(data, i * cols, p * cols, cols);
    if (!seen) distinct++;
  }
  return distinct;
}

// Diagnostics of the network right after a step's update.
export function stepDiagnostics(net: Network, iteration: number, cost: number): StepDiagnostics {
  const layers: LayerDiagnostics[] = [];
  for (let l = 1; l <= net.depth; l++) {
    layers.push({
      layer: l,
      dWNorm: frobeniusNorm(net.dW[l]),
      dbNorm: frobeniusNorm(net.db[l]),
      distinctRows: distinctRowCount(net.W[l], net.sizes[l], net.sizes[l - 1]),
    });
  }
  return { iteration, cost, layers };
}

function sameRow(data: Float64Array, a: number, b: number, cols: number): boolean {
  for (let k = 0; k < cols; k++) {
    const x = data[a + k];
    const y = data[b + k];
    if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) return false;
  }
  return true;
}
