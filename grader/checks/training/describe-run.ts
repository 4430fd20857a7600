// Words for a training run: the live per-layer numbers that show dead gradients and kept symmetry.

import type { StepDiagnostics } from "../../../reference/model/index.js";
import type { Parameters } from "../../../reference/model/types.js";
import { formatValue } from "../evidence/format.js";
import type { CourseRun } from "./course-run.js";

// One line per recorded step: the cost, each layer's gradient norms and how many distinct rows W has.
export function describeSteps(steps: readonly StepDiagnostics[]): string[] {
  return steps.map((step) => {
    const layers = step.layers.map(
      (d) =>
        `‖dW${d.layer}‖ = ${formatValue(d.dWNorm)}, ‖db${d.layer}‖ = ${formatValue(d.dbNorm)}, ` +
        `W${d.layer} has ${d.distinctRows} distinct row${d.distinctRows === 1 ? "" : "s"}`,
    );
    return `step ${step.iteration + 1} (cost ${formatCost(step.cost)}): ${layers.join("; ")}`;
  });
}

// The cost log in one line: "iteration 0: inf, 1000: 0.6931, …".
export function describeCosts(run: CourseRun): string {
  const shown = run.costs.map((c) => `${c.iteration}: ${formatCost(c.cost)}`);
  return `cost by iteration: ${shown.join(", ")}`;
}

// Accuracy line: "train accuracy 0.9933, test accuracy 0.96 after 15000 iterations".
export function describeAccuracy(run: CourseRun): string {
  return `train accuracy ${run.trainAccuracy}, test accuracy ${run.testAccuracy} after ${run.iterations} iterations`;
}

// A cost as Python prints it: inf, nan or the shortest round-trip decimal.
export function formatCost(cost: number): string {
  if (Number.isNaN(cost)) return "nan";
  if (cost === Number.POSITIVE_INFINITY) return "inf";
  return String(cost);
}

// Weight matrices with any non-zero entry, as "W1 (20 of 20 entries non-zero)".
export function nonZeroWeights(params: Parameters): string[] {
  const found: string[] = [];
  for (const [key, m] of Object.entries(params)) {
    if (!key.startsWith("W")) continue;
    let count = 0;
    for (let i = 0; i < m.data.length; i++) if (m.data[i] !== 0) count++;
    if (count > 0) found.push(`${key} (${count} of ${m.data.length} entries non-zero)`);
  }
  return found;
}

// Matrices whose rows (W) or entries (b) are not all identical: symmetry broken.
export function asymmetric(params: Parameters): string[] {
  const found: string[] = [];
  for (const [key, m] of Object.entries(params)) {
    const rowLength = key.startsWith("b") ? 1 : m.cols;
    for (let i = rowLength; i < m.data.length; i++) {
      if (!Object.is(m.data[i] + 0, m.data[i % rowLength] + 0)) {
        found.push(key);
        break;
      }
    }
  }
  return found;
}
