// Renders a run as JSON with every number at full precision; costs that are not finite are written as
// the strings "Infinity" / "NaN".
import type { ModelRun } from "./run-model.js";

// The run as a JSON document (an object; the lesson wraps several in an array).
export function trainDocument(run: ModelRun): Record<string, unknown> {
  const o = run.options;
  return {
    init: o.init,
    value: o.value,
    activation: o.activation,
    data: o.data,
    positive_fraction_requested: o.positiveFraction,
    positive_fraction: run.positiveFraction,
    train_examples: run.trainExamples,
    iterations: o.iterations,
    learning_rate: o.learningRate,
    layers_dims: o.layersDims,
    costs: run.costs.map(({ iteration, cost }) => ({ iteration, cost: jsonNumber(cost) })),
    final_cost: jsonNumber(run.finalCost),
    train_accuracy: run.trainAccuracy,
    test_accuracy: run.testAccuracy,
    final_distinct_rows: run.finalDistinctRows,
    final_output_bias: run.finalOutputBias,
    rounding_threshold: run.account.threshold,
    he_scale: run.scale,
    steps: run.steps.map((s, i) => ({
      iteration: s.iteration,
      cost: jsonNumber(s.cost),
      mean_output_error: s.meanOutputError,
      layers: s.layers.map((d, k) => {
        const v = run.account.steps[i].layers[k];
        return {
          layer: d.layer,
          rows: o.layersDims[d.layer],
          dW_norm: d.dWNorm,
          dW_class: v.dW.kind,
          dW_relative: v.dW.relative,
          db_norm: d.dbNorm,
          db_class: v.db.kind,
          db_relative: v.db.relative,
          delta_norm: d.deltaNorm,
          distinct_unit_gradients: d.distinctUnitGradients,
          weights_zero: d.weightsZero,
          activation_min: d.activationMin,
          activation_max: d.activationMax,
          distinct_units: d.distinctUnits,
          distinct_rows: d.distinctRows,
          distinct_columns: d.distinctColumns,
          explanation: v.text,
        };
      }),
    })),
    finding: run.account.finding,
    conclusion: run.account.conclusion,
  };
}

// One run as JSON text.
export function renderTrainJson(run: ModelRun): string {
  return `${JSON.stringify(trainDocument(run), null, 2)}\n`;
}

function jsonNumber(x: number): number | string {
  return Number.isFinite(x) ? x : String(x);
}
