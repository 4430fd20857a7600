// Per-step training diagnostics shown to students: how large each layer's gradients are, what the
// forward pass fed them (activations, the output error) and whether the units of a layer are still
// identical (symmetry). Measured in two halves: before the step's update (gradients, activations,
// the weights the gradients were computed with), then after it (the updated weights' distinct rows).
import { distinctColumnCount, distinctRowCount, distinctUnitGradientCount } from "./distinct.js";
import type { Network } from "./network.js";

/** One layer during and after one step. */
export interface LayerDiagnostics {
  /** 1-based layer index l. */
  readonly layer: number;
  /** Frobenius norm ‖dW_l‖ of this step's weight gradient. */
  readonly dWNorm: number;
  /** Euclidean norm ‖db_l‖ of this step's bias gradient. */
  readonly dbNorm: number;
  /** Frobenius norm of δ_l = dZ_l, the error signal that reached layer l in this step. */
  readonly deltaNorm: number;
  /** Distinct rows of [dW_l | db_l]: 1 means every unit of layer l received the same gradient. */
  readonly distinctUnitGradients: number;
  /** True when every entry of W_l was exactly 0 while this step's gradients were computed. */
  readonly weightsZero: boolean;
  /** Smallest and largest activation a_l over every unit and example of this step's forward pass. */
  readonly activationMin: number;
  readonly activationMax: number;
  /** Distinct rows of A_l: units whose outputs differ somewhere over the examples. */
  readonly distinctUnits: number;
  /** Number of distinct rows of W_l after this step's update (1 means every unit is identical). */
  readonly distinctRows: number;
  /** Number of distinct columns of W_l after this step's update (1: the units below look alike to it). */
  readonly distinctColumns: number;
}

/** One training step: its iteration, its cost (before the update), the mean output error, every layer. */
export interface StepDiagnostics {
  readonly iteration: number;
  readonly cost: number;
  /** mean(a_L − y) over every output and example, summed in order: db_L before the 1/m rounding. */
  readonly meanOutputError: number;
  readonly layers: readonly LayerDiagnostics[];
}

/** What is measured before the update; the row and column counts come after it. */
export type PendingStep = Omit<StepDiagnostics, "layers"> & {
  readonly layers: readonly Omit<LayerDiagnostics, "distinctRows" | "distinctColumns">[];
};

// sqrt of the sum of squares (np.linalg.norm of a matrix, 'fro').
export function frobeniusNorm(data: Float64Array): number {
  let s = 0;
  for (let i = 0; i < data.length; i++) s += data[i] * data[i];
  return Math.sqrt(s);
}

// Everything of a step that the update would overwrite: call after backward, before update.
export function measureStep(net: Network, Y: Float64Array, iteration: number, cost: number): PendingStep {
  const layers: PendingStep["layers"][number][] = [];
  for (let l = 1; l <= net.depth; l++) {
    const n = net.sizes[l];
    const A = net.A[l];
    let activationMin = Number.POSITIVE_INFINITY;
    let activationMax = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < A.length; i++) {
      activationMin = Math.min(activationMin, A[i]);
      activationMax = Math.max(activationMax, A[i]);
    }
    layers.push({
      layer: l,
      dWNorm: frobeniusNorm(net.dW[l]),
      dbNorm: frobeniusNorm(net.db[l]),
      deltaNorm: frobeniusNorm(net.dZ[l]),
      distinctUnitGradients: distinctUnitGradientCount(net.dW[l], net.db[l], n, net.sizes[l - 1]),
      weightsZero: net.W[l].every((w) => w === 0),
      activationMin,
      activationMax,
      distinctUnits: distinctRowCount(A, n, net.m),
    });
  }
  const AL = net.A[net.depth];
  let error = 0;
  for (let i = 0; i < AL.length; i++) error += AL[i] - Y[i];
  return { iteration, cost, meanOutputError: error / AL.length, layers };
}

// Completes a measured step with the updated weights' distinct rows and columns.
export function finishStep(net: Network, pending: PendingStep): StepDiagnostics {
  return {
    ...pending,
    layers: pending.layers.map((d) => {
      const rows = net.sizes[d.layer];
      const cols = net.sizes[d.layer - 1];
      return {
        ...d,
        distinctRows: distinctRowCount(net.W[d.layer], rows, cols),
        distinctColumns: distinctColumnCount(net.W[d.layer], rows, cols),
      };
    }),
  };
}
