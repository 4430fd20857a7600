// The lesson of a training run: why it learns or not, computed from the run's own numbers.
//
// API — explainRun(input: LessonInput): LessonAccount.
//   input.steps    consecutive StepDiagnostics from iteration 0, as train({ diagnostics: { steps } }) records;
//   input.context  { activation, layersDims, positiveFraction of the training labels, scale }, where scale[l−1]
//                  is ‖[dW_l, db_l]‖ of a He start's first step on the same data (heScale computes it);
//   input.outcome  optional end of the run (iterations, first/last cost, train accuracy, final distinct rows
//                  per W, final b_L), quoted by the conclusion when given.
//   Returns per step and layer: dW and db classified "zero" | "rounding" | "real" (rounding: non-zero and
//   at most ROUNDING_THRESHOLD of the He scale) with the reason from live quantities, the layer's sentence,
//   the step's forward-pass line (forwardText); then the run's finding and its conclusion sentences.
//   Every sentence is written here; renderers only lay them out. No sentence calls a residue a gradient.
import { classifySteps, ROUNDING_THRESHOLD } from "./classify.js";
import { conclusionOf } from "./conclusion.js";
import { factsOf, findingOf } from "./facts.js";
import type { LessonAccount, LessonInput } from "./types.js";

export { classOf, ROUNDING_THRESHOLD } from "./classify.js";
export { formatCost, formatNumber, formatQuantity } from "./format.js";
export { forwardText } from "./forward-text.js";
export { heScale } from "./scale.js";
export type * from "./types.js";

// Classifies every step's gradients and writes the conclusion.
export function explainRun(input: LessonInput): LessonAccount {
  const { steps, context, outcome } = input;
  if (steps.length === 0) throw new RangeError("lesson steps: expected at least one recorded step");
  const verdicts = classifySteps(steps, context);
  const facts = factsOf(steps, verdicts, context, outcome);
  const finding = findingOf(facts);
  return {
    threshold: ROUNDING_THRESHOLD,
    steps: verdicts,
    finding,
    conclusion: conclusionOf(finding, facts),
  };
}
