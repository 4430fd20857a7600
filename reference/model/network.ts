// The model's working memory: parameter copies and every buffer one training step needs,
// allocated once so that forward, backward and update passes allocate nothing.
import { fromData, type Matrix } from "../linalg/matrix.js";
import { type ActivationCode, activationCode } from "./kernels/activations.js";
import { exampleCountOf, layerSizesOf } from "./shapes.js";
import type { Gradients, HiddenActivation, Parameters } from "./types.js";

/** Buffers of a network of depth L on m examples; per-layer arrays are indexed 1..L (0 is X or unused). */
export interface Network {
  /** Layer sizes [n0, n1, …, nL]. */
  readonly sizes: readonly number[];
  /** L, the number of layers with parameters. */
  readonly depth: number;
  /** Number of examples (columns of X). */
  readonly m: number;
  readonly hidden: ActivationCode;
  /** W[l] (n_l × n_{l−1}) and its transpose Wt[l], kept in step by the update pass. */
  readonly W: Float64Array[];
  readonly Wt: Float64Array[];
  readonly b: Float64Array[];
  /** Z[l] = W[l]·A[l−1] + b[l]; the same array as A[l] unless pre-activations were kept. */
  readonly Z: Float64Array[];
  /** A[0] is the caller's X (never written); A[l] = g(Z[l]) (n_l × m). */
  readonly A: Float64Array[];
  readonly dZ: Float64Array[];
  readonly dW: Float64Array[];
  readonly db: Float64Array[];
  /** The per-example terms of compute_loss, before np.nansum. */
  readonly logprobs: Float64Array;
}

/** keepZ: store pre-activations separately (for forward caches); training does not need them. */
export interface NetworkOptions {
  readonly keepZ: boolean;
}

// Allocates a network for these parameters and inputs, copying the parameters (never mutated).
export function createNetwork(
  parameters: Parameters,
  X: Matrix,
  hidden: HiddenActivation,
  options: NetworkOptions = { keepZ: false },
): Network {
  const sizes = layerSizesOf(parameters);
  const m = exampleCountOf(sizes, X);
  const depth = sizes.length - 1;
  const none = new Float64Array(0);
  const net = {
    sizes,
    depth,
    m,
    hidden: activationCode(hidden),
    W: [none],
    Wt: [none],
    b: [none],
    Z: [none],
    A: [X.data],
    dZ: [none],
    dW: [none],
    db: [none],
    logprobs: new Float64Array(sizes[depth] * m),
  };
  for (let l = 1; l <= depth; l++) {
    const n = sizes[l];
    const fanIn = sizes[l - 1];
    const W = new Float64Array(parameters[`W${l}`].data);
    const Wt = new Float64Array(n * fanIn);
    for (let i = 0; i < n; i++) for (let k = 0; k < fanIn; k++) Wt[k * n + i] = W[i * fanIn + k];
    const A = new Float64Array(n * m);
    net.W.push(W);
    net.Wt.push(Wt);
    net.b.push(new Float64Array(parameters[`b${l}`].data));
    net.A.push(A);
    net.Z.push(options.keepZ ? new Float64Array(n * m) : A);
    net.dZ.push(new Float64Array(n * m));
    net.dW.push(new Float64Array(n * fanIn));
    net.db.push(new Float64Array(n));
  }
  return net;
}

// Views of the network's current parameters (no copy: they change as the network trains).
export function parameterViews(net: Network): Parameters {
  const out: Parameters = {};
  for (let l = 1; l <= net.depth; l++) {
    out[`W${l}`] = fromData(net.sizes[l], net.sizes[l - 1], net.W[l]);
    out[`b${l}`] = fromData(net.sizes[l], 1, net.b[l]);
  }
  return out;
}

// Views of the gradients of the last backward pass (no copy).
export function gradientViews(net: Network): Gradients {
  const out: Gradients = {};
  for (let l = 1; l <= net.depth; l++) {
    out[`dW${l}`] = fromData(net.sizes[l], net.sizes[l - 1], net.dW[l]);
    out[`db${l}`] = fromData(net.sizes[l], 1, net.db[l]);
  }
  return out;
}

// Deep copies of a record of matrices (to hand views out safely).
export function copyMatrices(views: Record<string, Matrix>): Record<string, Matrix> {
  const out: Record<string, Matrix> = {};
  for (const [key, v] of Object.entries(views)) out[key] = fromData(v.rows, v.cols, new Float64Array(v.data));
  return out;
}
