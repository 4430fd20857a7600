// Backward propagation (the course's backward_propagation, any depth):
// dZ_L = 1/m · (A_L − Y) (the only place 1/m appears); dW_l = dZ_l · A_{l−1}ᵀ;
// db_l = np.sum(dZ_l, axis=1, keepdims=True); dA_{l−1} = W_lᵀ · dZ_l; dZ_{l−1} = dA_{l−1} ⊙ g′.
import type { Matrix } from "../linalg/matrix.js";
import { forwardPass } from "./forward.js";
import { multiplyByDerivative, RELU } from "./kernels/activations.js";
import { denseInto } from "./kernels/dense.js";
import * as epilogue from "./kernels/epilogue.js";
import { matmulTransposedInto } from "./kernels/matmul-transposed.js";
import { rowSumsInto } from "./kernels/pairwise-sum.js";
import { copyMatrices, createNetwork, gradientViews, type Network } from "./network.js";
import { exampleCountOf } from "./shapes.js";
import type { Gradients, HiddenActivation, Parameters } from "./types.js";

// Fills net.dZ, net.dW and net.db from the activations of the last forward pass; allocates nothing.
export function backwardPass(net: Network, Y: Float64Array): void {
  const { sizes, depth, m } = net;
  const AL = net.A[depth];
  const dZL = net.dZ[depth];
  const invM = 1 / m;
  for (let i = 0; i < AL.length; i++) dZL[i] = invM * (AL[i] - Y[i]);
  for (let l = depth; l >= 1; l--) {
    const n = sizes[l];
    const fanIn = sizes[l - 1];
    matmulTransposedInto(net.dZ[l], n, net.A[l - 1], fanIn, m, net.dW[l]);
    rowSumsInto(net.dZ[l], n, m, net.db[l]);
    if (l > 1 && net.hidden === RELU) {
      denseInto(net.Wt[l], fanIn, n, net.dZ[l], m, null, epilogue.RELU_GRADIENT, net.A[l - 1], net.dZ[l - 1]);
    } else if (l > 1) {
      denseInto(net.Wt[l], fanIn, n, net.dZ[l], m, null, epilogue.NONE, net.dZ[l - 1], net.dZ[l - 1]);
      multiplyByDerivative(net.dZ[l - 1], net.A[l - 1], fanIn * m, net.hidden);
    }
  }
}

/**
 * Gradients of compute_loss at these parameters (forward then backward propagation), keyed dW1, db1, ….
 * @example backward(X, Y, parameters, "relu").dW1 // same shape as parameters.W1
 */
export function backward(
  X: Matrix,
  Y: Matrix,
  parameters: Parameters,
  hidden: HiddenActivation = "relu",
): Gradients {
  const net = createNetwork(parameters, X, hidden);
  exampleCountOf(net.sizes, X, Y);
  forwardPass(net);
  backwardPass(net, Y.data);
  return copyMatrices(gradientViews(net));
}
