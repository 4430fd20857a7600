// Facts about a whole run, read off its classified steps: what moved when, and whether units stayed alike.
import type { HiddenActivation, StepDiagnostics } from "../../reference/model/index.js";
import type { LessonContext, LessonFinding, LessonOutcome, StepVerdict } from "./types.js";

/** The facts the conclusion is written from. */
export interface RunFacts {
  readonly depth: number;
  readonly steps: readonly StepDiagnostics[];
  readonly verdicts: readonly StepVerdict[];
  readonly context: LessonContext;
  readonly outcome: LessonOutcome | undefined;
  /** 1-based step at which dW_l was first real, per layer (index l − 1); null if never in the steps shown. */
  readonly firstRealWeight: readonly (number | null)[];
  /** True when every hidden activation of step 1 is the same value, and that value. */
  readonly hiddenUniform: number | null;
}

// Gathers the facts; steps and verdicts are the same length.
export function factsOf(
  steps: readonly StepDiagnostics[],
  verdicts: readonly StepVerdict[],
  context: LessonContext,
  outcome: LessonOutcome | undefined,
): RunFacts {
  const depth = context.layersDims.length - 1;
  const firstRealWeight = Array.from({ length: depth }, (_, i) => {
    const s = verdicts.findIndex((v) => v.layers[i]?.dW.kind === "real");
    return s < 0 ? null : s + 1;
  });
  const hidden = steps[0]?.layers.slice(0, depth - 1) ?? [];
  const value = hidden[0]?.activationMin;
  const uniform =
    value !== undefined && hidden.every((d) => d.activationMin === value && d.activationMax === value);
  return { depth, steps, verdicts, context, outcome, firstRealWeight, hiddenUniform: uniform ? value : null };
}

// The finding the numbers support.
export function findingOf(f: RunFacts): LessonFinding {
  const all = f.verdicts.flatMap((v) => v.layers);
  const real = all.filter((q) => q.dW.kind === "real" || q.db.kind === "real");
  if (real.length === 0) return "nothing-moves";
  if (f.depth === 1) return "no-hidden-layer";
  if (all.every((q) => q.dW.kind !== "real" && (q.db.kind !== "real" || q.layer === f.depth))) {
    return "only-output-bias";
  }
  if (f.context.layersDims.slice(1, -1).every((n) => n === 1)) return "single-units";
  return unitsStayAlike(f) ? "symmetric" : "symmetry-broken";
}

// Every layer with more than one unit kept identical units through every step shown (and to the end).
export function unitsStayAlike(f: RunFacts): boolean {
  const wide = f.verdicts.flatMap((v) => v.layers).filter((q) => q.units > 1);
  if (wide.length === 0) return false;
  const final = f.outcome?.finalDistinctRows ?? [];
  return (
    wide.every((q) => q.distinctUnitGradients === 1 && q.distinctRows === 1) &&
    final.every((rows, i) => rows === 1 || f.context.layersDims[i + 1] === 1)
  );
}

/** Each activation's value at 0, for the sentences that explain it. */
export const ACTIVATION_AT_ZERO: Record<HiddenActivation, string> = {
  relu: "relu(0) = 0",
  tanh: "tanh(0) = 0",
  sigmoid: "sigmoid(0) = 0.5",
};

// The largest rounding residue of the run, relative to its layer's He scale (0 when there is none).
export function largestResidue(verdicts: readonly StepVerdict[]): number {
  let max = 0;
  for (const v of verdicts)
    for (const q of v.layers)
      for (const g of [q.dW, q.db]) if (g.kind === "rounding") max = Math.max(max, g.relative);
  return max;
}
