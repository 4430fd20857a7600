// Property d: with no hidden layer (logistic regression) there is no symmetry to break, so zero
// initialisation learns. The step counts come from the standard bound for gradient descent on a
// convex, L-smooth loss, so "learns" is a theorem about these inputs, not a hope.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromData, type Matrix } from "../../../reference/linalg/matrix.js";
import { accuracy, computeLoss, forward, train } from "../../../reference/model/index.js";
import { constantParameters, FC_SEED, propertyOptions } from "./arbitraries.js";

const RUNS = 60;
/** Every point lies at least MARGIN from the separating hyperplane through 0 (unit normal u). */
const MARGIN = 0.25;
/** Margin used in the bound, below MARGIN to absorb rounding in the construction. */
const BOUND_MARGIN = 0.2;
/** Target loss: below ln(2)/2, so fewer than half the points can be misclassified. */
const TARGET_LOSS = 0.3;

interface Separable {
  readonly X: Matrix;
  readonly Y: Matrix;
}

// Points x with |u·x| ≥ MARGIN (pushed along u if needed), each with its mirror −x; y = [u·x > 0].
// Mirroring balances the labels exactly, so chance accuracy is 1/2.
const separable: fc.Arbitrary<Separable> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) =>
    fc.tuple(
      fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
      fc.array(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n }), {
        minLength: 1,
        maxLength: 16,
      }),
    ),
  )
  .filter(([normal]) => Math.hypot(...normal) > 0.1)
  .map(([normal, points]) => {
    const n = normal.length;
    const norm = Math.hypot(...normal);
    const u = normal.map((v) => v / norm);
    const m = 2 * points.length;
    const X = new Float64Array(n * m);
    const Y = new Float64Array(m);
    points.forEach((point, q) => {
      const t = point.reduce((s, v, k) => s + v * u[k], 0);
      const shift = Math.abs(t) >= MARGIN ? 0 : (t >= 0 ? MARGIN : -MARGIN) - t;
      for (let k = 0; k < n; k++) {
        const x = point[k] + shift * u[k];
        X[k * m + 2 * q] = x;
        X[k * m + 2 * q + 1] = -x;
      }
      const positive = t + shift > 0;
      Y[2 * q] = positive ? 1 : 0;
      Y[2 * q + 1] = positive ? 0 : 1;
    });
    return { X: fromData(n, m, X), Y: fromData(1, m, Y) };
  });

describe(`logistic regression from zeros (fast-check seed ${FC_SEED}; set FC_SEED to change)`, () => {
  // Bound: the Hessian of the loss is ≼ (1/4m) Σ x̃x̃ᵀ (x̃ = x with a 1 for the bias), so the loss is
  // L-smooth with L ≤ R²/4, R² = max ‖x̃‖². With lr = 1/L, for any w*: loss(w_t) ≤ loss(w*) +
  // ‖w*‖²/(2·lr·t). Take w* = s·u with s = 3/margin: loss(w*) ≤ ln(1 + e⁻³) ≈ 0.049. Enough steps
  // make loss(w_t) ≤ 0.3 < ln(2)/2; each misclassified point costs ≥ ln(2)/m, so accuracy > 1/2.
  it("d. loss falls at every step and accuracy rises above chance (1/2) on separable data", () => {
    fc.assert(
      fc.property(separable, ({ X, Y }) => {
        const m = X.cols;
        let radius2 = 0;
        for (let j = 0; j < m; j++) {
          let r = 1;
          for (let k = 0; k < X.rows; k++) r += X.data[k * m + j] ** 2;
          radius2 = Math.max(radius2, r);
        }
        const lr = 4 / radius2;
        const s = 3 / BOUND_MARGIN;
        const steps = Math.ceil((s * s) / (2 * lr * (TARGET_LOSS - Math.log1p(Math.exp(-3)))));
        const sizes = [X.rows, 1];
        expect(accuracy(X, Y, constantParameters(sizes, 0))).toBe(0.5);

        const result = train({
          X,
          Y,
          parameters: constantParameters(sizes, 0),
          learningRate: lr,
          iterations: steps,
          logEvery: 1,
        });
        const costs = result.costs.map((c) => c.cost);
        costs.slice(1).forEach((cost, i) => {
          expect(cost, `cost at step ${i + 1} vs step ${i}`).toBeLessThanOrEqual(costs[i] + 1e-15);
        });
        const finalLoss = computeLoss(forward(X, result.parameters).AL, Y);
        expect(finalLoss).toBeLessThan(TARGET_LOSS);
        expect(finalLoss).toBeLessThan(costs[0]);
        expect(result.accuracy(X, Y)).toBeGreaterThan(0.5);
      }),
      propertyOptions(RUNS),
    );
  });
});
