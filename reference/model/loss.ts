// The course's compute_loss: logprobs = −log(a)·y + −log(1 − a)·(1 − y); loss = 1/m · np.nansum.
// A saturated wrong answer makes a term +inf (the loss is then +inf); a saturated right one makes
// 0·inf = NaN, which nansum drops (counts as 0). The sum is numpy's pairwise sum, bit for bit.
import type { Matrix } from "../linalg/matrix.js";
import { sumLikeNumpy } from "./kernels/pairwise-sum.js";
import type { Network } from "./network.js";
import { shapeOf } from "./shapes.js";

// 1/m · nansum(logprobs), with logprobs written into scratch[0 .. AL.length); m = number of columns.
export function lossInto(AL: Float64Array, Y: Float64Array, m: number, scratch: Float64Array): number {
  const len = AL.length;
  for (let i = 0; i < len; i++) {
    const a = AL[i];
    const y = Y[i];
    const term = -Math.log(a) * y + -Math.log(1 - a) * (1 - y);
    // np.nansum replaces NaN with 0 before summing.
    scratch[i] = Number.isNaN(term) ? 0 : term;
  }
  return (1 / m) * sumLikeNumpy(scratch, 0, len);
}

// The loss of the network's current output against labels Y (same shape as A_L).
export function networkLoss(net: Network, Y: Float64Array): number {
  return lossInto(net.A[net.depth], Y, net.m, net.logprobs);
}

/**
 * The course's compute_loss(AL, Y): cross-entropy averaged over the m columns, NaN terms dropped.
 * @example computeLoss(fromRows([[1, 0.5]]), fromRows([[0, 1]])) // Infinity
 */
export function computeLoss(AL: Matrix, Y: Matrix): number {
  if (AL.rows !== Y.rows || AL.cols !== Y.cols) {
    throw new RangeError(`compute_loss: AL ${shapeOf(AL)} and Y ${shapeOf(Y)} must have the same shape`);
  }
  return lossInto(AL.data, Y.data, AL.cols, new Float64Array(AL.data.length));
}
