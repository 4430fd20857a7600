// Classifies each layer's gradients at each step as exactly zero, rounding residue or real, and says
// why from the run's own quantities (activations, the mean output error, zero weights, residue flow).
import type { LayerDiagnostics, StepDiagnostics } from "../../reference/model/index.js";
import type { GradientClass, LayerVerdict, LessonContext, QuantityVerdict, StepVerdict } from "./types.js";

/**
 * A non-zero gradient norm at most ROUNDING_THRESHOLD times the He start's first-step norm of the same
 * layer on the same data is rounding residue. Residue of summing m terms is at most about m·2⁻⁵³ of
 * their size (7e-14 for the course's 300 examples); in the lesson's cases the largest residue is 1.1e-17
 * of the He norm and the smallest real gradient 4.2e-10 of it (zeros, sigmoid, 70 % positives, step 3).
 */
export const ROUNDING_THRESHOLD = 1e-12;

/** What has moved W_l so far: nothing, only rounding residue, or a real gradient (or a non-zero start). */
type WeightState = "zero" | "residue" | "real";

// Every step's verdicts; steps must be consecutive from iteration 0 (weights are followed from the start).
export function classifySteps(steps: readonly StepDiagnostics[], context: LessonContext): StepVerdict[] {
  steps.forEach((s, i) => {
    if (s.iteration !== i)
      throw new RangeError(`lesson steps[${i}]: expected iteration ${i}, got ${s.iteration}`);
  });
  const depth = context.layersDims.length - 1;
  const state: WeightState[] = (steps[0]?.layers ?? []).map((d) => (d.weightsZero ? "zero" : "real"));
  return steps.map((step) => {
    const layers = step.layers.map((d) => verdictOf(step, d, depth, state, context));
    layers.forEach((v, i) => {
      if (v.dW.kind === "real") state[i] = "real";
      else if (v.dW.kind === "rounding" && state[i] === "zero") state[i] = "residue";
    });
    return { iteration: step.iteration, cost: step.cost, meanOutputError: step.meanOutputError, layers };
  });
}

// Zero, rounding or real, by the norm relative to the layer's He scale.
export function classOf(norm: number, scale: number): GradientClass {
  if (norm === 0) return "zero";
  return scale > 0 && norm <= ROUNDING_THRESHOLD * scale ? "rounding" : "real";
}

function verdictOf(
  step: StepDiagnostics,
  d: LayerDiagnostics,
  depth: number,
  state: readonly WeightState[],
  context: LessonContext,
): LayerVerdict {
  const l = d.layer;
  const scale = context.scale[l - 1] ?? 0;
  const quantity = (name: string, norm: number, why: (kind: GradientClass) => string): QuantityVerdict => {
    const kind = classOf(norm, scale);
    return {
      name,
      kind,
      norm,
      relative: scale > 0 ? norm / scale : 0,
      reason: kind === "real" ? "" : why(kind),
    };
  };
  const causes = { step, d, depth, state };
  const dW = quantity(`dW${l}`, d.dWNorm, (kind) => weightReason(causes, kind));
  const db = quantity(`db${l}`, d.dbNorm, (kind) => biasReason(causes, kind));
  const units = context.layersDims[l];
  return {
    layer: l,
    units,
    dW,
    db,
    distinctUnitGradients: d.distinctUnitGradients,
    distinctRows: d.distinctRows,
    text: layerText(dW, db, d, units),
  };
}

interface Causes {
  readonly step: StepDiagnostics;
  readonly d: LayerDiagnostics;
  readonly depth: number;
  readonly state: readonly WeightState[];
}

function weightReason({ step, d, depth, state }: Causes, kind: GradientClass): string {
  const l = d.layer;
  const below = step.layers[l - 2];
  if (kind === "zero" && below !== undefined && below.activationMin === 0 && below.activationMax === 0) {
    return `every a${l - 1} is 0, so dW${l} = δ${l}·a${l - 1}ᵀ is 0`;
  }
  return biasReason({ step, d, depth, state }, kind);
}

function biasReason({ step, d, depth, state }: Causes, kind: GradientClass): string {
  const l = d.layer;
  const above = step.layers[l];
  if (kind === "zero" && above?.weightsZero) return `W${l + 1} = 0 passes nothing back, so δ${l} = 0`;
  if (kind === "zero" && d.deltaNorm === 0) return `δ${l} = 0`;
  if (l === depth && step.meanOutputError === 0) {
    return kind === "zero"
      ? `mean(a${l} − y) = 0 exactly`
      : `mean(a${l} − y) = 0 exactly: what is left is the rounding of summing (a${l} − y)/m over the examples`;
  }
  if (l < depth && state[l] === "residue") {
    return `W${l + 1} holds only rounding residue, so what flows back is residue too`;
  }
  return kind === "zero"
    ? "the sum came out exactly 0"
    : `below ${ROUNDING_THRESHOLD} of the He start's, with no exact cause among the recorded quantities`;
}

// The sentence under a layer's numbers: the causes once each, or how the real gradients differ per unit.
function layerText(dW: QuantityVerdict, db: QuantityVerdict, d: LayerDiagnostics, units: number): string {
  const reasons = [...new Set([dW.reason, db.reason].filter((r) => r !== ""))];
  const parts = [...reasons];
  if ((dW.kind === "real" || db.kind === "real") && units > 1) {
    parts.push(
      d.distinctUnitGradients === 1
        ? `every one of the ${units} units gets the same update`
        : `${d.distinctUnitGradients} distinct unit updates of ${units}`,
    );
  }
  const rows = d.distinctRows === 1 ? "1 distinct row" : `${d.distinctRows} distinct rows`;
  parts.push(`W${d.layer} now has ${rows} of ${units}`);
  return parts.join("; ");
}
