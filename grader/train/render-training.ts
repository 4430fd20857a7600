// Renders a run as text for a terminal: setup, the first steps with their classified gradients and the
// reasons, the lesson's conclusion, the cost log and the accuracies. Every sentence comes from ../lesson.
import { createColors } from "picocolors";
import {
  formatCost,
  formatNumber,
  formatQuantity,
  forwardText,
  ROUNDING_THRESHOLD,
} from "../lesson/index.js";
import type { ModelRun } from "./run-model.js";
import { architectureName } from "./run-options.js";

/** How the text and the train page name each data set. */
export const DATA_NAMES = {
  circles: "the course's two circles",
  clouds: "two clouds (a straight line separates them well)",
};

// The whole run as text.
export function renderTrainText(run: ModelRun, color: boolean): string {
  const c = createColors(color);
  const o = run.options;
  const start = o.init === "constant" ? `constant ${o.value} initialization` : `${o.init} initialization`;
  const out = [
    c.bold(
      `Model ${architectureName(o)}, layers [${o.layersDims.join(", ")}], ${start}, ${o.iterations} iterations, learning rate ${o.learningRate}`,
    ),
    `Data: ${DATA_NAMES[o.data]}, ${run.trainExamples} training examples, fraction of labels 1: ${formatNumber(run.positiveFraction)}${asked(run)}`,
    "",
    stepsLegend(),
    ...renderSteps(run),
    "",
    ...run.account.conclusion.map((line) => c.cyan(line)),
    "",
    "Cost every 1000 iterations:",
  ];
  for (const { iteration, cost } of run.costs)
    out.push(`  iteration ${String(iteration).padStart(5)}: ${formatCost(cost)}`);
  out.push(
    "",
    `On the train set: accuracy ${run.trainAccuracy}`,
    `On the test set:  accuracy ${run.testAccuracy}`,
  );
  return `${out.join("\n")}\n`;
}

// What the step lines' notation means.
export function stepsLegend(): string {
  return `First steps (‖·‖ a real gradient's norm; "rounding residue" a non-zero number at most ${ROUNDING_THRESHOLD} of what a He start gives that layer on the same data):`;
}

// The first steps: a forward line, then one line per layer with its classified gradients and why.
export function renderSteps(run: ModelRun): string[] {
  const out: string[] = [];
  run.account.steps.forEach((step, s) => {
    out.push(`  step ${step.iteration + 1}, cost ${formatCost(step.cost)}`);
    out.push(`    forward: ${forwardText(run.steps[s], run.options.layersDims)}`);
    for (const layer of step.layers) {
      out.push(
        `    layer ${layer.layer}: ${formatQuantity(layer.dW)}, ${formatQuantity(layer.db)} — ${layer.text}`,
      );
    }
  });
  return out;
}

function asked(run: ModelRun): string {
  const p = run.options.positiveFraction;
  return p === null ? "" : ` (subsampled for --positive-fraction ${p})`;
}
