// Renders a course-model run: a readable report for a terminal, or JSON.
import { createColors } from "picocolors";
import type { CourseModelRun } from "./run-course-model.js";

const ACTIVATION_NAMES = { relu: "RELU", tanh: "TANH", sigmoid: "SIGMOID" } as const;

// The run as text: setup line, first steps with per-layer gradient norms and distinct rows, cost log,
// accuracies, and what the first step shows about symmetry.
export function renderTrainText(run: CourseModelRun, color: boolean): string {
  const c = createColors(color);
  const hidden = ACTIVATION_NAMES[run.activation];
  const out = [
    c.bold(
      `Course model LINEAR→${hidden}→LINEAR→${hidden}→LINEAR→SIGMOID, layers [${run.layersDims.join(", ")}], ` +
        `${run.init} initialization, ${run.iterations} iterations, learning rate ${run.learningRate}`,
    ),
    "",
    "First steps (gradient norms of this step; distinct rows of W after its update):",
  ];
  for (const step of run.steps) {
    out.push(`  step ${step.iteration + 1}, cost ${formatCost(step.cost)}`);
    for (const d of step.layers) {
      const rows = run.layersDims[d.layer];
      out.push(
        `    layer ${d.layer}: ‖dW${d.layer}‖ = ${formatNorm(d.dWNorm)}  ‖db${d.layer}‖ = ${formatNorm(d.dbNorm)}  ` +
          `W${d.layer}: ${d.distinctRows} distinct of ${rows} rows`,
      );
    }
  }
  out.push("", ...lesson(run).map((line) => c.cyan(line)), "", "Cost every 1000 iterations:");
  for (const { iteration, cost } of run.costs)
    out.push(`  iteration ${String(iteration).padStart(5)}: ${formatCost(cost)}`);
  out.push(
    "",
    `On the train set: accuracy ${run.trainAccuracy}`,
    `On the test set:  accuracy ${run.testAccuracy}`,
  );
  return `${out.join("\n")}\n`;
}

// The run as JSON; costs that are not finite are written as the strings "Infinity" / "NaN".
export function renderTrainJson(run: CourseModelRun): string {
  const doc = {
    init: run.init,
    activation: run.activation,
    iterations: run.iterations,
    learning_rate: run.learningRate,
    layers_dims: run.layersDims,
    costs: run.costs.map(({ iteration, cost }) => ({ iteration, cost: jsonNumber(cost) })),
    train_accuracy: run.trainAccuracy,
    test_accuracy: run.testAccuracy,
    steps: run.steps.map((s) => ({
      iteration: s.iteration,
      cost: jsonNumber(s.cost),
      layers: s.layers.map((d) => ({
        layer: d.layer,
        dW_norm: d.dWNorm,
        db_norm: d.dbNorm,
        distinct_rows: d.distinctRows,
        rows: run.layersDims[d.layer],
      })),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

// What the first step's numbers say, computed from them (DESIGN §1: the gradients are the mechanism).
function lesson(run: CourseModelRun): string[] {
  const first = run.steps[0];
  if (first === undefined) return [];
  const deadWeights = first.layers.every((d) => d.dWNorm === 0);
  const symmetric = first.layers.every((d) => d.distinctRows === 1);
  if (deadWeights) {
    const output = first.layers[first.layers.length - 1];
    return [
      "Every weight gradient is exactly 0: with all-zero weights each hidden unit outputs 0, so",
      "dW = delta · (a_prev)^T vanishes, and each hidden delta = W_next^T · delta_next is 0 because W_next is 0.",
      `No weight can ever move. Only the output bias can, by lr · mean(a − y); here ‖db${output.layer}‖ = ${formatNorm(output.dbNorm)},`,
      "which is 0 on these balanced labels up to the rounding of the sum. The loss value is not the reason: the gradients are.",
    ];
  }
  if (symmetric) {
    return [
      "The gradients are not 0, but every unit of a layer receives the same one: each W keeps identical rows.",
      "A constant start is never broken by gradient descent — the units stay copies of each other.",
    ];
  }
  return [
    "Every W has distinct rows: the random start broke the symmetry, so units can learn different features.",
  ];
}

function formatNorm(x: number): string {
  return x === 0 ? "0" : x.toPrecision(6);
}

function formatCost(cost: number): string {
  if (cost === Number.POSITIVE_INFINITY) return "inf";
  if (Number.isNaN(cost)) return "nan";
  return String(cost);
}

function jsonNumber(x: number): number | string {
  return Number.isFinite(x) ? x : String(x);
}
