// Properties tying the lesson's account to the reference model, over generated depths, widths and label
// balances (fast-check, fixed seed printed in the title; FC_SEED overrides).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainRun, heScale, type LessonAccount } from "../../grader/lesson/index.js";
import { fromData, type Matrix } from "../../reference/linalg/matrix.js";
import { computeLoss, forward, type HiddenActivation, train } from "../../reference/model/index.js";
import {
  constantParameters,
  FC_SEED,
  layerSizes,
  learningRate,
  matrixOf,
  type Problem,
  positives,
  problem,
  propertyOptions,
  stepCount,
} from "../reference/model/arbitraries.js";

const RUNS = 60;

// Trains from zeros for `steps` steps (at least 1) and explains every step.
function explainZeroStart(p: Problem, activation: HiddenActivation, lr: number, steps: number) {
  const result = train({
    ...p,
    parameters: constantParameters(p.sizes, 0),
    learningRate: lr,
    iterations: steps,
    hiddenActivation: activation,
    diagnostics: { steps },
  });
  const account: LessonAccount = explainRun({
    steps: result.diagnostics,
    context: {
      activation,
      layersDims: p.sizes,
      positiveFraction: positives(p.Y) / p.Y.cols,
      scale: heScale(p.X, p.Y, p.sizes, activation),
    },
  });
  return { result, account };
}

// Balanced labels on an even number of examples: half of them 1, at generated places.
const balancedProblem: fc.Arbitrary<Problem> = fc
  .tuple(layerSizes(2), fc.integer({ min: 1, max: 12 }))
  .chain(([sizes, half]) => {
    const m = 2 * half;
    const indices = Array.from({ length: m }, (_, j) => j);
    return fc.record({
      sizes: fc.constant(sizes),
      X: matrixOf(sizes[0], m, -2, 2),
      Y: fc.shuffledSubarray(indices, { minLength: half, maxLength: half }).map((ones) => {
        const y = new Float64Array(m);
        for (const j of ones) y[j] = 1;
        return fromData(1, m, y);
      }),
    });
  });

describe(`the lesson against the reference (fast-check seed ${FC_SEED}; set FC_SEED to change)`, () => {
  it("sigmoid units and unbalanced labels from zeros: W_L moves at step 1 with equal entries; every W keeps identical rows", () => {
    const unbalanced = problem(2).filter((p) => 2 * positives(p.Y) !== p.Y.cols);
    fc.assert(
      fc.property(unbalanced, learningRate, stepCount, (p, lr, k) => {
        const { result, account } = explainZeroStart(p, "sigmoid", lr, k);
        const L = p.sizes.length - 1;
        expect(account.steps[0].layers[L - 1].dW.kind).toBe("real");
        expect(result.diagnostics[0].layers[L - 1].distinctColumns).toBe(1);
        for (const step of result.diagnostics) for (const d of step.layers) expect(d.distinctRows).toBe(1);
        expect(account.finding).toBe(p.sizes.slice(1, -1).some((n) => n > 1) ? "symmetric" : "single-units");
      }),
      propertyOptions(RUNS),
    );
  });

  it("balanced labels from zeros, any activation: no dW or db above rounding level at any step", () => {
    fc.assert(
      fc.property(
        balancedProblem,
        fc.constantFrom<HiddenActivation>("relu", "tanh", "sigmoid"),
        learningRate,
        stepCount,
        (p, act, lr, k) => {
          const { account } = explainZeroStart(p, act, lr, k);
          const kinds = account.steps.flatMap((s) => s.layers.flatMap((l) => [l.dW.kind, l.db.kind]));
          expect(kinds).not.toContain("real");
          expect(account.finding).toBe("nothing-moves");
        },
      ),
      propertyOptions(RUNS),
    );
  });

  it("tanh behaves like relu from zeros: the same diagnostics, the same verdicts and conclusion", () => {
    fc.assert(
      fc.property(problem(2), learningRate, stepCount, (p, lr, k) => {
        const relu = explainZeroStart(p, "relu", lr, k);
        const tanh = explainZeroStart(p, "tanh", lr, k);
        expect(tanh.result.diagnostics).toEqual(relu.result.diagnostics);
        // The He yardstick differs between the activations, so compare everything but `relative`.
        expect(withoutRelative(tanh.account)).toEqual(withoutRelative(relu.account));
        expect(tanh.account.conclusion.join("\n").replaceAll("tanh(0)", "relu(0)")).toBe(
          relu.account.conclusion.join("\n"),
        );
      }),
      propertyOptions(RUNS),
    );
  });

  it("logistic regression from zeros on separable data: dW1 is real at step 1 and the loss falls", () => {
    fc.assert(
      fc.property(separable, ({ X, Y }) => {
        let radius2 = 0;
        for (let j = 0; j < X.cols; j++)
          radius2 = Math.max(radius2, 1 + X.data[j] ** 2 + X.data[X.cols + j] ** 2);
        // lr = 4/R² ≤ 1/(smoothness of the loss): each step cannot increase it, and the first strictly lowers it.
        const lr = 4 / radius2;
        const p = { sizes: [2, 1], X, Y };
        const { result, account } = explainZeroStart(p, "relu", lr, 20);
        expect(account.steps[0].layers[0].dW.kind).toBe("real");
        expect(account.finding).toBe("no-hidden-layer");
        expect(computeLoss(forward(X, result.parameters).AL, Y)).toBeLessThan(Math.log(2));
      }),
      propertyOptions(RUNS),
    );
  });
});

// The account's verdicts with each gradient's size relative to the He yardstick left out.
function withoutRelative(account: LessonAccount): unknown {
  return account.steps.map((s) =>
    s.layers.map(({ dW, db, ...rest }) => ({
      ...rest,
      dW: { ...dW, relative: 0 },
      db: { ...db, relative: 0 },
    })),
  );
}

/** Every point at least MARGIN from the line through 0 with unit normal u, each with its mirror image. */
const MARGIN = 0.25;

// 2-D points labelled by the side of a generated line through 0, pushed MARGIN away from it and mirrored.
const separable: fc.Arbitrary<{ X: Matrix; Y: Matrix }> = fc
  .tuple(
    fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
    fc.array(
      fc.tuple(fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true })),
      {
        minLength: 1,
        maxLength: 12,
      },
    ),
  )
  .map(([angle, points]) => {
    const u = [Math.cos(angle), Math.sin(angle)];
    const m = 2 * points.length;
    const X = new Float64Array(2 * m);
    const Y = new Float64Array(m);
    points.forEach(([x0, x1], q) => {
      const t = x0 * u[0] + x1 * u[1];
      const shift = Math.abs(t) >= MARGIN ? 0 : (t >= 0 ? MARGIN : -MARGIN) - t;
      const x = [x0 + shift * u[0], x1 + shift * u[1]];
      for (let k = 0; k < 2; k++) {
        X[k * m + 2 * q] = x[k];
        X[k * m + 2 * q + 1] = -x[k];
      }
      Y[2 * q] = t + shift > 0 ? 1 : 0;
      Y[2 * q + 1] = 1 - Y[2 * q];
    });
    return { X: fromData(2, m, X), Y: fromData(1, m, Y) };
  });
