// Property f: backward propagation agrees with finite differences of compute_loss.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromData, type Matrix } from "../../../reference/linalg/matrix.js";
import {
  backward,
  createNetwork,
  forwardPass,
  HIDDEN_ACTIVATIONS,
  type HiddenActivation,
  type Network,
  networkLoss,
  type Parameters,
} from "../../../reference/model/index.js";
import { FC_SEED, labels, layerSizes, matrixOf, propertyOptions } from "./arbitraries.js";

const RUNS = 60;
/**
 * Step of the fourth-order centred difference f′ ≈ (−f(θ+2h) + 8f(θ+h) − 8f(θ−h) + f(θ−2h)) / 12h.
 * Its truncation error is h⁴·|f⁽⁵⁾|/30 ≈ 3e-14·|f⁽⁵⁾| and its rounding error ≈ 1.5·ε·|f|/h ≈ 3e-13
 * per component, so over ≤ 1,632 parameters ‖error‖ stays below ~1e-9 here.
 */
const STEP = 1e-3;
/** ‖g − fd‖ / (‖g‖ + ‖fd‖) must stay below this (the course's gradient-check measure). */
const TOLERANCE = 1e-6;
/** Cases whose gradient is smaller than this are skipped: a relative test means nothing there. */
const MIN_GRADIENT_NORM = 1e-3;
/** Cases with |z_L| beyond this are skipped: 1 − a loses digits and the loss is no longer smooth in practice. */
const MAX_OUTPUT_LOGIT = 8;
const MAX_EXAMPLES = 8;

interface Case {
  readonly sizes: number[];
  readonly parameters: Parameters;
  readonly X: Matrix;
  readonly Y: Matrix;
  readonly activation: HiddenActivation;
}

// Parameters W_l ~ U[−1, 1]·scale/√n_{l−1}, b_l ~ U[−0.5, 0.5]; inputs in [−2, 2]; random labels.
const gradientCase: fc.Arbitrary<Case> = fc
  .tuple(
    layerSizes(1),
    fc.integer({ min: 1, max: MAX_EXAMPLES }),
    fc.double({ min: 0.5, max: 2, noNaN: true }),
  )
  .chain(([sizes, m, scale]) => {
    const layers = sizes.slice(1).map((n, i) =>
      fc.tuple(matrixOf(n, sizes[i], -1, 1), matrixOf(n, 1, -0.5, 0.5)).map(([W, b]) => {
        const s = scale / Math.sqrt(sizes[i]);
        return [
          fromData(
            W.rows,
            W.cols,
            W.data.map((v) => v * s),
          ),
          b,
        ] as const;
      }),
    );
    return fc.record({
      sizes: fc.constant(sizes),
      parameters: fc.tuple(...layers).map((pairs) => {
        const out: Parameters = {};
        pairs.forEach(([W, b], i) => {
          out[`W${i + 1}`] = W;
          out[`b${i + 1}`] = b;
        });
        return out;
      }),
      X: matrixOf(sizes[0], m, -2, 2),
      Y: labels(m),
      activation: fc.constantFrom(...HIDDEN_ACTIVATIONS),
    });
  });

// ReLU pattern (A_l > 0) of every hidden layer, one byte per unit and example.
function reluPattern(net: Network): Uint8Array {
  const out: number[] = [];
  for (let l = 1; l < net.depth; l++) for (const a of net.A[l]) out.push(a > 0 ? 1 : 0);
  return Uint8Array.from(out);
}

function samePattern(a: Uint8Array, b: Uint8Array): boolean {
  return a.every((v, i) => v === b[i]);
}

// Finite-difference and analytic gradients over every parameter; for ReLU, parameters whose ±2h
// perturbation flips any unit's pattern (a kink within reach) are left out of both.
function compare(c: Case): { error: number; gradientNorm: number; compared: number; total: number } {
  const net = createNetwork(c.parameters, c.X, c.activation);
  const analytic = backward(c.X, c.Y, c.parameters, c.activation);
  forwardPass(net);
  const base = reluPattern(net);
  let diff2 = 0;
  let g2 = 0;
  let fd2 = 0;
  let compared = 0;
  let total = 0;
  const lossAt = (values: Float64Array, p: number, value: number): number => {
    values[p] = value;
    forwardPass(net);
    return networkLoss(net, c.Y.data);
  };
  for (let l = 1; l <= net.depth; l++) {
    for (const [values, gradient] of [
      [net.W[l], analytic[`dW${l}`].data],
      [net.b[l], analytic[`db${l}`].data],
    ] as const) {
      for (let p = 0; p < values.length; p++) {
        total++;
        const theta = values[p];
        let smooth = true;
        const f = (offset: number): number => {
          const loss = lossAt(values, p, theta + offset);
          if (c.activation === "relu" && !samePattern(reluPattern(net), base)) smooth = false;
          return loss;
        };
        const fd = (-f(2 * STEP) + 8 * f(STEP) - 8 * f(-STEP) + f(-2 * STEP)) / (12 * STEP);
        values[p] = theta;
        if (!smooth) continue;
        compared++;
        diff2 += (gradient[p] - fd) ** 2;
        g2 += gradient[p] ** 2;
        fd2 += fd ** 2;
      }
    }
  }
  const gradientNorm = Math.sqrt(g2);
  return { error: Math.sqrt(diff2) / (gradientNorm + Math.sqrt(fd2)), gradientNorm, compared, total };
}

// Largest |z_L| over the examples.
function maxOutputLogit(c: Case): number {
  const net = createNetwork(c.parameters, c.X, c.activation, { keepZ: true });
  forwardPass(net);
  return net.Z[net.depth].reduce((mx, z) => Math.max(mx, Math.abs(z)), 0);
}

describe(`backward against finite differences (fast-check seed ${FC_SEED}; set FC_SEED to change)`, () => {
  it("f. relative error ‖g − fd‖ / (‖g‖ + ‖fd‖) < 1e-6 for every activation, depth 1–6, width 1–16", () => {
    fc.assert(
      fc.property(gradientCase, (c) => {
        fc.pre(maxOutputLogit(c) <= MAX_OUTPUT_LOGIT);
        const { error, gradientNorm, compared, total } = compare(c);
        fc.pre(gradientNorm >= MIN_GRADIENT_NORM && 2 * compared >= total);
        expect(error).toBeLessThan(TOLERANCE);
      }),
      propertyOptions(RUNS),
    );
  });
});
