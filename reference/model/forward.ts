// Forward propagation (the course's forward_propagation, any depth): Z_l = W_l·A_{l−1} + b_l with
// b broadcast over the columns, A_l = g(Z_l) for hidden layers and the sigmoid for the output.
import { fromData, type Matrix } from "../linalg/matrix.js";
import { activateInto, RELU, SIGMOID } from "./kernels/activations.js";
import { denseInto } from "./kernels/dense.js";
import * as epilogue from "./kernels/epilogue.js";
import { createNetwork, type Network } from "./network.js";
import type { HiddenActivation, Parameters } from "./types.js";

/** Output of forward(): AL and the course's cache, keyed Z1, A1, …, ZL, AL. */
export interface ForwardResult {
  readonly AL: Matrix;
  readonly cache: Record<string, Matrix>;
}

// Fills net.Z and net.A from X through the output layer; allocates nothing. ReLU layers are
// computed in one fused pass unless their pre-activations are kept.
export function forwardPass(net: Network): void {
  const { sizes, depth, m } = net;
  for (let l = 1; l <= depth; l++) {
    const n = sizes[l];
    const activation = l === depth ? SIGMOID : net.hidden;
    if (activation === RELU && net.Z[l] === net.A[l]) {
      denseInto(net.W[l], n, sizes[l - 1], net.A[l - 1], m, net.b[l], epilogue.RELU, net.A[l], net.A[l]);
    } else {
      denseInto(net.W[l], n, sizes[l - 1], net.A[l - 1], m, net.b[l], epilogue.NONE, net.Z[l], net.Z[l]);
      activateInto(net.Z[l], net.A[l], n * m, activation);
    }
  }
}

/**
 * Forward propagation of X (n0, m) through the network; returns the output and every Z_l, A_l.
 * @example forward(X, parameters, "relu").AL // (1, m) sigmoid outputs
 */
export function forward(X: Matrix, parameters: Parameters, hidden: HiddenActivation = "relu"): ForwardResult {
  const net = createNetwork(parameters, X, hidden, { keepZ: true });
  forwardPass(net);
  const cache: Record<string, Matrix> = {};
  for (let l = 1; l <= net.depth; l++) {
    cache[`Z${l}`] = fromData(net.sizes[l], net.m, net.Z[l]);
    cache[`A${l}`] = fromData(net.sizes[l], net.m, net.A[l]);
  }
  return { AL: cache[`A${net.depth}`], cache };
}
