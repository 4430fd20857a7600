// The course's predict: label 1 where the output a_L > 0.5 strictly, else 0; accuracy is
// np.mean(p == y), the fraction of examples whose prediction equals the label.
import { fromData, type Matrix } from "../linalg/matrix.js";
import { forwardPass } from "./forward.js";
import { createNetwork } from "./network.js";
import { exampleCountOf } from "./shapes.js";
import type { HiddenActivation, Parameters } from "./types.js";

/** The decision threshold of the course's predict (a prediction is 1 only strictly above it). */
export const DECISION_THRESHOLD = 0.5;

// Fraction of positions where (AL > 0.5 ? 1 : 0) equals Y, as np.mean over booleans computes it.
export function accuracyOf(AL: Float64Array, Y: Float64Array): number {
  let hits = 0;
  for (let i = 0; i < AL.length; i++) if ((AL[i] > DECISION_THRESHOLD ? 1 : 0) === Y[i]) hits++;
  return hits / AL.length;
}

/**
 * Predicted labels (0 or 1) for the columns of X, shaped like the output layer (nL, m).
 * @example predict(X, parameters).data // Float64Array of 0s and 1s
 */
export function predict(X: Matrix, parameters: Parameters, hidden: HiddenActivation = "relu"): Matrix {
  const net = createNetwork(parameters, X, hidden);
  forwardPass(net);
  const AL = net.A[net.depth];
  const labels = new Float64Array(AL.length);
  for (let i = 0; i < AL.length; i++) labels[i] = AL[i] > DECISION_THRESHOLD ? 1 : 0;
  return fromData(net.sizes[net.depth], net.m, labels);
}

/**
 * Accuracy of the network on (X, Y): np.mean(predict(X) == Y).
 * @example accuracy(trainX, trainY, trained.parameters) // 0.9933333333333333 for the course's He run
 */
export function accuracy(
  X: Matrix,
  Y: Matrix,
  parameters: Parameters,
  hidden: HiddenActivation = "relu",
): number {
  const net = createNetwork(parameters, X, hidden);
  exampleCountOf(net.sizes, X, Y);
  forwardPass(net);
  return accuracyOf(net.A[net.depth], Y.data);
}
