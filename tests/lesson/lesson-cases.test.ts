// Every case of `grader train --lesson`: the explanation matches the run's numbers, the key sentences are
// exact, and no line calls a rounding-level number a gradient.
import { beforeAll, describe, expect, it } from "vitest";
import { classOf, formatNumber } from "../../grader/lesson/index.js";
import { LESSON_CASES } from "../../grader/train/lesson-cases.js";
import { renderTrainText } from "../../grader/train/render-training.js";
import { type ModelRun, runModel } from "../../grader/train/run-model.js";

const runs = new Map<string, ModelRun>();
beforeAll(() => {
  for (const c of LESSON_CASES) runs.set(c.title, runModel(c.request));
});

function run(title: string): ModelRun {
  const r = runs.get(title);
  if (r === undefined) throw new Error(`no lesson case titled ${title}`);
  return r;
}

// The classes of dW and db per step and layer, as "dW1:zero db1:zero | …" one string per step.
function classes(r: ModelRun): string[] {
  return r.account.steps.map((s) =>
    s.layers.map((l) => `dW${l.layer}:${l.dW.kind} db${l.layer}:${l.db.kind}`).join(" "),
  );
}

describe("grader train --lesson, case by case", () => {
  it("classifies every number by its size against the He yardstick of its layer (threshold 1e-12)", () => {
    for (const r of runs.values()) {
      r.account.steps.forEach((s, i) => {
        s.layers.forEach((l, k) => {
          expect(l.dW.kind).toBe(classOf(r.steps[i].layers[k].dWNorm, r.scale[k]));
          expect(l.db.kind).toBe(classOf(r.steps[i].layers[k].dbNorm, r.scale[k]));
        });
      });
    }
  });

  it("keeps residue and real gradients far apart: residue at most 1e-16 of the yardstick, real ones at least 1e-10", () => {
    const all = [...runs.values()].flatMap((r) =>
      r.account.steps.flatMap((s) => s.layers.flatMap((l) => [l.dW, l.db])),
    );
    const residue = all.filter((q) => q.kind === "rounding").map((q) => q.relative);
    const real = all.filter((q) => q.kind === "real").map((q) => q.relative);
    expect(Math.max(...residue)).toBeLessThan(1e-16);
    expect(Math.min(...real)).toBeGreaterThan(1e-10);
  });

  it.each(["relu", "tanh"])(
    "zeros, %s, balanced: every weight gradient exactly 0, db3 rounding residue",
    (act) => {
      const r = run(`zeros, ${act} hidden units, balanced labels`);
      expect(classes(r)).toEqual(Array(3).fill("dW1:zero db1:zero dW2:zero db2:zero dW3:zero db3:rounding"));
      expect(r.account.finding).toBe("nothing-moves");
      expect(r.account.conclusion).toContain(
        `Every hidden activation is 0 (${act}(0) = 0), so each dW_l = δ_l·a_(l−1)ᵀ with l ≥ 2 is exactly 0.`,
      );
      expect(r.account.conclusion).toContain(
        "Every W stays 0, so nothing flows back to the hidden layers at any step shown.",
      );
      expect(r.account.conclusion).toContain(
        "The cost is 0.6931471805599453 at every step shown and after 1000 iterations: the loss value is not the reason, the gradients are.",
      );
      const residue = formatNumber(r.account.steps[0].layers[2].db.relative);
      expect(r.account.conclusion).toContain(
        `The output error averages to exactly zero: mean(a3 − y) = 0, since every a3 is 0.5 and half the labels are 1; db3 and dW3 are sums of it, so they are 0 up to rounding residue, at most ${residue} of what a He start gives.`,
      );
    },
  );

  it.each(["relu", "tanh"])("zeros, %s, 70 %% positive: only b3 learns, toward ln(p/(1 − p))", (act) => {
    const r = run(`zeros, ${act} hidden units, 70 % of labels 1`);
    expect(classes(r)).toEqual(Array(3).fill("dW1:zero db1:zero dW2:zero db2:zero dW3:zero db3:real"));
    expect(r.account.finding).toBe("only-output-bias");
    expect(r.account.conclusion[0]).toBe(
      "Only the output bias learns: mean(a3 − y) = -0.2009 gives a real gradient ‖db3‖ = 0.2009, while every dW stays exactly 0.",
    );
    expect(r.account.conclusion).toContain(
      `After 1000 iterations b3 = ${formatNumber(r.finalOutputBias)}, on its way to ln(p/(1 − p)) = 0.8518 for p = 0.7009: the network can only learn how often y = 1 (train accuracy 0.7009345794392523).`,
    );
    expect(r.positiveFraction).toBe(150 / 214);
  });

  it("zeros, sigmoid, balanced: alive units, yet nothing beyond rounding anywhere", () => {
    const r = run("zeros, sigmoid hidden units, balanced labels");
    expect(classes(r)).toEqual([
      "dW1:zero db1:zero dW2:zero db2:zero dW3:rounding db3:rounding",
      "dW1:zero db1:zero dW2:rounding db2:rounding dW3:rounding db3:rounding",
      "dW1:rounding db1:zero dW2:rounding db2:rounding dW3:rounding db3:rounding",
    ]);
    expect(r.account.conclusion.slice(0, 2)).toEqual([
      "Nothing learns: in the 3 steps shown, every dW and db is exactly 0 or rounding residue.",
      "The hidden units are alive — every hidden activation is 0.5 (sigmoid(0) = 0.5) — so inactivity is not the cause.",
    ]);
    expect(r.account.conclusion).toContain(
      "Every W is 0 at step 1, so nothing flows back to the hidden layers; what reaches them later is rounding residue.",
    );
    expect(r.account.steps[1].layers[1].text).toBe(
      "W3 holds only rounding residue, so what flows back is residue too; W2 now has 1 distinct row of 5",
    );
  });

  it("zeros, sigmoid, 70 % positive: W3, then W2, then W1 move, every layer's units as copies", () => {
    const r = run("zeros, sigmoid hidden units, 70 % of labels 1");
    expect(classes(r)).toEqual([
      "dW1:zero db1:zero dW2:zero db2:zero dW3:real db3:real",
      "dW1:zero db1:zero dW2:real db2:real dW3:real db3:real",
      "dW1:real db1:real dW2:real db2:real dW3:real db3:real",
    ]);
    for (const s of r.steps)
      expect(s.layers.map((d) => [d.distinctUnitGradients, d.distinctRows])).toEqual([
        [1, 1],
        [1, 1],
        [1, 1],
      ]);
    expect(r.account.finding).toBe("symmetric");
    expect(r.account.conclusion).toEqual([
      "Real gradients flow, but symmetry is kept: at every step shown, all units of a layer receive the same gradient.",
      "The hidden units are alive (every hidden activation is 0.5 at step 1) and the output error does not average to zero (mean(a3 − y) = -0.2009).",
      "W3 moves from step 1 (all 5 entries equal), W2 from step 2, W1 from step 3.",
      "After 1000 iterations every W still has identical rows (W1: 1 of 10, W2: 1 of 5 distinct): the units of each layer stay exact copies, so symmetry is preserved, not broken.",
    ]);
  });

  it("constant 0.5: real gradients from step 1, rows identical to the end", () => {
    const r = run("constant 0.5, relu hidden units");
    expect(classes(r)).toEqual(Array(3).fill("dW1:real db1:real dW2:real db2:real dW3:real db3:real"));
    expect(r.finalDistinctRows).toEqual([1, 1, 1]);
    expect(r.account.conclusion[1]).toBe(
      "Every W starts with identical rows, so the units of a layer compute the same function and get the same update.",
    );
  });

  it("He: distinct gradients per unit from step 1, and the published accuracies", () => {
    const r = run("He, relu hidden units");
    expect(r.account.finding).toBe("symmetry-broken");
    expect(r.account.conclusion[0]).toBe(
      "Symmetry is broken: the units of a layer receive different gradients from step 1 (dW1: 10 distinct rows of 10, dW2: 5 distinct rows of 5), because the start gave them different weights.",
    );
    expect([r.trainAccuracy, r.testAccuracy]).toEqual([0.9933333333333333, 0.96]);
  });

  it("logistic regression from zeros: a real dW1 at step 1 while db1 is at most residue, and the cost falls", () => {
    const r = run("logistic regression (layers 2,1) from zeros, on two clouds");
    expect(r.account.steps[0].layers[0].dW.kind).toBe("real");
    expect(r.account.steps[0].layers[0].db.kind).not.toBe("real");
    expect(r.account.finding).toBe("no-hidden-layer");
    expect(r.account.conclusion).toContain(
      "There is no layer of identical units, so there is no symmetry to break.",
    );
    expect(r.account.conclusion).toContain(
      `The cost falls from 0.6931471805599452 to ${r.finalCost} in 1000 iterations.`,
    );
    expect(r.finalCost).toBeLessThan(0.2);
    expect(r.trainAccuracy).toBeGreaterThan(0.9);
  });

  it("no line of any case calls a rounding-level number a gradient", () => {
    let residues = 0;
    for (const r of runs.values()) {
      const lines = [...renderTrainText(r, false).split("\n"), ...r.account.conclusion];
      for (const s of r.account.steps) {
        for (const q of s.layers.flatMap((l) => [l.dW, l.db]).filter((g) => g.kind === "rounding")) {
          residues++;
          for (const shown of [formatNumber(q.norm), formatNumber(q.relative)]) {
            for (const line of lines.filter((x) => x.includes(shown))) {
              expect(line, line).not.toMatch(/gradient/i);
            }
          }
          expect(
            lines.some((x) => x.includes(`${q.name} ≈ 0 (rounding residue ${formatNumber(q.norm)})`)),
          ).toBe(true);
        }
      }
    }
    expect(residues).toBeGreaterThan(10);
  });
});
