// The conclusion of a run, one sentence per entry, each claim backed by a number of the run.
import { ACTIVATION_AT_ZERO, largestResidue, type RunFacts } from "./facts.js";
import { formatCost, formatNumber } from "./format.js";
import type { LessonFinding } from "./types.js";

// The sentences for a finding.
export function conclusionOf(finding: LessonFinding, f: RunFacts): string[] {
  switch (finding) {
    case "nothing-moves":
      return nothingMoves(f);
    case "only-output-bias":
      return onlyOutputBias(f);
    case "symmetric":
      return symmetric(f);
    case "symmetry-broken":
      return symmetryBroken(f);
    case "no-hidden-layer":
      return noHiddenLayer(f);
    case "single-units":
      return singleUnits(f);
  }
}

function nothingMoves(f: RunFacts): string[] {
  const L = f.depth;
  const first = f.steps[0];
  const out = [
    `Nothing learns: in the ${f.steps.length} steps shown, every dW and db is exactly 0 or rounding residue.`,
    ...hiddenActivity(f),
  ];
  if (first.meanOutputError === 0) {
    const output = first.layers[L - 1];
    const why =
      output.activationMin === 0.5 && output.activationMax === 0.5 && f.context.positiveFraction === 0.5
        ? `, since every a${L} is 0.5 and half the labels are 1`
        : "";
    const residue = largestResidue(f.verdicts);
    const size =
      residue > 0
        ? `, so they are 0 up to rounding residue, at most ${formatNumber(residue)} of what a He start gives`
        : ", so they are exactly 0";
    out.push(
      `The output error averages to exactly zero: mean(a${L} − y) = 0${why}; db${L} and dW${L} are sums of it${size}.`,
    );
  }
  if (L > 1 && first.layers.every((d) => d.weightsZero)) {
    out.push(
      f.steps.every((s) => s.layers.every((d) => d.weightsZero))
        ? "Every W stays 0, so nothing flows back to the hidden layers at any step shown."
        : "Every W is 0 at step 1, so nothing flows back to the hidden layers; what reaches them later is rounding residue.",
    );
  }
  out.push(`${costSentence(f)}: the loss value is not the reason, the gradients are.`);
  return out;
}

function onlyOutputBias(f: RunFacts): string[] {
  const L = f.depth;
  const first = f.steps[0];
  const out = [
    `Only the output bias learns: mean(a${L} − y) = ${formatNumber(first.meanOutputError)} gives a real gradient ‖db${L}‖ = ${formatNumber(first.layers[L - 1].dbNorm)}, while every dW stays exactly 0.`,
    ...hiddenActivity(f),
  ];
  if (f.steps.every((s) => s.layers.every((d) => d.weightsZero))) {
    out.push("Every W stays 0, so nothing flows back: every hidden δ is 0 at every step shown.");
  }
  const o = f.outcome;
  if (o !== undefined) {
    const p = f.context.positiveFraction;
    out.push(
      `After ${o.iterations} iterations b${L} = ${formatNumber(o.finalOutputBias)}, on its way to ln(p/(1 − p)) = ${formatNumber(Math.log(p / (1 - p)))} for p = ${formatNumber(p)}: the network can only learn how often y = 1 (train accuracy ${o.trainAccuracy}).`,
    );
  }
  return out;
}

function symmetric(f: RunFacts): string[] {
  const L = f.depth;
  const first = f.steps[0];
  const out = [
    "Real gradients flow, but symmetry is kept: at every step shown, all units of a layer receive the same gradient.",
  ];
  if (f.hiddenUniform !== null && f.hiddenUniform !== 0) {
    out.push(
      `The hidden units are alive (every hidden activation is ${formatNumber(f.hiddenUniform)} at step 1) and the output error does not average to zero (mean(a${L} − y) = ${formatNumber(first.meanOutputError)}).`,
    );
  }
  if (!first.layers[0].weightsZero && first.layers.every((d) => d.distinctUnitGradients === 1)) {
    out.push(
      "Every W starts with identical rows, so the units of a layer compute the same function and get the same update.",
    );
  }
  out.push(`${whenWeightsMove(f)}.`);
  const o = f.outcome;
  const last = f.steps[f.steps.length - 1];
  const rows = f.context.layersDims
    .slice(1)
    .map((n, i) => ({ n, l: i + 1, rows: o?.finalDistinctRows[i] ?? last.layers[i].distinctRows }))
    .filter(({ n }) => n > 1)
    .map(({ n, l, rows: r }) => `W${l}: ${r} of ${n}`);
  const when = o === undefined ? "After the steps shown" : `After ${o.iterations} iterations`;
  out.push(
    `${when} every W still has identical rows (${rows.join(", ")} distinct): the units of each layer stay exact copies, so symmetry is preserved, not broken.`,
  );
  return out;
}

// "W3 moves from step 1 (all 5 entries equal), W2 from step 2, W1 from step 3".
function whenWeightsMove(f: RunFacts): string {
  const L = f.depth;
  return f.firstRealWeight
    .map((s, i) => ({ s, l: i + 1 }))
    .reverse()
    .map(({ s, l }, k) => {
      if (s === null) return `W${l} has not moved yet`;
      const entries = l === L ? outputEntries(f, s) : "";
      return k === 0 ? `W${l} moves from step ${s}${entries}` : `W${l} from step ${s}${entries}`;
    })
    .join(", ");
}

// " (all 5 entries equal)" when W_L moved with identical entries.
function outputEntries(f: RunFacts, step: number): string {
  const L = f.depth;
  const width = f.context.layersDims[L - 1];
  return width > 1 && f.steps[step - 1].layers[L - 1].distinctColumns === 1
    ? ` (all ${width} entries equal)`
    : "";
}

function symmetryBroken(f: RunFacts): string[] {
  const distinct = f.verdicts[0].layers
    .filter((q) => q.units > 1)
    .map((q) => `dW${q.layer}: ${q.distinctUnitGradients} distinct rows of ${q.units}`);
  return [
    `Symmetry is broken: the units of a layer receive different gradients from step 1 (${distinct.join(", ")}), because the start gave them different weights.`,
    ...progress(f),
  ];
}

function noHiddenLayer(f: RunFacts): string[] {
  const first = f.verdicts[0].layers[0];
  const fromZero = f.steps[0].layers[0].weightsZero ? " even from W1 = 0" : "";
  const out = [
    `Logistic regression is not stuck at zeros: with no hidden layer, dW1 = (a1 − y)·Xᵀ/m is built from the inputs themselves, which differ between examples, so it is a real gradient (‖dW1‖ = ${formatNumber(first.dW.norm)} at step 1)${fromZero}.`,
  ];
  if (first.db.kind !== "real") {
    out.push(
      `At step 1 mean(a1 − y) = ${formatNumber(f.steps[0].meanOutputError)}, so the bias has nothing to learn at first; the weights do.`,
    );
  }
  out.push("There is no layer of identical units, so there is no symmetry to break.");
  return [...out, ...progress(f)];
}

function singleUnits(f: RunFacts): string[] {
  return [
    "Real gradients flow, and every hidden layer has a single unit, so there is no symmetry to keep or break.",
    `${whenWeightsMove(f)}.`,
    ...progress(f),
  ];
}

// What the hidden layers output at step 1, when that explains the zeros.
function hiddenActivity(f: RunFacts): string[] {
  const v = f.hiddenUniform;
  if (f.depth < 2 || v === null) return [];
  const act = ACTIVATION_AT_ZERO[f.context.activation];
  if (v === 0) {
    return [`Every hidden activation is 0 (${act}), so each dW_l = δ_l·a_(l−1)ᵀ with l ≥ 2 is exactly 0.`];
  }
  return [
    `The hidden units are alive — every hidden activation is ${formatNumber(v)} (${act}) — so inactivity is not the cause.`,
  ];
}

// "The cost is 0.69… at every step shown and after 1000 iterations", or how little it moved.
function costSentence(f: RunFacts): string {
  const first = f.steps[0].cost;
  const same = f.steps.every((s) => Object.is(s.cost, first));
  const last = f.outcome?.lastCost;
  if (same && (last === undefined || Object.is(last, first))) {
    const after = f.outcome === undefined ? "" : ` and after ${f.outcome.iterations} iterations`;
    return `The cost is ${formatCost(first)} at every step shown${after}`;
  }
  const end = last ?? f.steps[f.steps.length - 1].cost;
  return `The cost moves from ${formatCost(first)} to ${formatCost(end)}, by rounding residue alone`;
}

function progress(f: RunFacts): string[] {
  const o = f.outcome;
  return o === undefined
    ? []
    : [
        `The cost ${o.lastCost < o.firstCost ? "falls" : "goes"} from ${formatCost(o.firstCost)} to ${formatCost(o.lastCost)} in ${o.iterations} iterations.`,
      ];
}
