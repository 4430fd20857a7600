// The course's update_parameters: W ← W − lr·dW, b ← b − lr·db, for every layer.
import { fromData } from "../linalg/matrix.js";
import type { Network } from "./network.js";
import { shapeOf } from "./shapes.js";
import type { Gradients, Parameters } from "./types.js";

// Applies one gradient-descent step to the network's parameters in place (W and its transpose).
export function updatePass(net: Network, learningRate: number): void {
  const { sizes, depth } = net;
  for (let l = 1; l <= depth; l++) {
    const n = sizes[l];
    const fanIn = sizes[l - 1];
    const W = net.W[l];
    const Wt = net.Wt[l];
    const dW = net.dW[l];
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < fanIn; k++) {
        const p = i * fanIn + k;
        const w = W[p] - learningRate * dW[p];
        W[p] = w;
        Wt[k * n + i] = w;
      }
    }
    const b = net.b[l];
    const db = net.db[l];
    for (let i = 0; i < n; i++) b[i] = b[i] - learningRate * db[i];
  }
}

/**
 * One gradient-descent step on a parameter record; returns new matrices, leaves the inputs alone.
 * @example updateParameters(parameters, backward(X, Y, parameters), 0.01)
 */
export function updateParameters(
  parameters: Parameters,
  gradients: Gradients,
  learningRate: number,
): Parameters {
  const out: Parameters = {};
  for (const [key, p] of Object.entries(parameters)) {
    const g = gradients[`d${key}`];
    if (g === undefined || g.rows !== p.rows || g.cols !== p.cols) {
      throw new RangeError(
        `gradients.d${key}: expected shape ${shapeOf(p)} to match parameters.${key}, got ${g === undefined ? "nothing" : shapeOf(g)}`,
      );
    }
    const data = new Float64Array(p.data.length);
    for (let i = 0; i < data.length; i++) data[i] = p.data[i] - learningRate * g.data[i];
    out[key] = fromData(p.rows, p.cols, data);
  }
  return out;
}
