// runModel's options and the JSON it renders: every number at full precision, the lesson beside them.
import { describe, expect, it } from "vitest";
import { renderTrainJson } from "../../grader/train/render-json.js";
import { runModel } from "../../grader/train/run-model.js";
import { normaliseRunOptions } from "../../grader/train/run-options.js";

describe("runModel", () => {
  it("defaults to the course's model on the circles and refuses combinations that make no sense", () => {
    expect(normaliseRunOptions({ init: "he" })).toEqual({
      init: "he",
      value: null,
      activation: "relu",
      layersDims: [2, 10, 5, 1],
      data: "circles",
      positiveFraction: null,
      iterations: 15000,
      learningRate: 0.01,
    });
    expect(() => normaliseRunOptions({ init: "constant" })).toThrow("--init constant needs --value c");
    expect(() => normaliseRunOptions({ init: "zeros", value: 2 })).toThrow(
      "--value is for --init constant, not --init zeros",
    );
    expect(() => normaliseRunOptions({ init: "zeros", layersDims: [2, 3, 2] })).toThrow(
      "--layers: expected 2 inputs first and 1 output last (the data has 2 features and one label), got 2,3,2",
    );
  });

  it("keeps every number of the run in the JSON at full precision, with each gradient's class", () => {
    const run = runModel({ init: "zeros", activation: "sigmoid", positiveFraction: 0.7, iterations: 5 });
    const doc = JSON.parse(renderTrainJson(run));
    expect(doc.train_examples).toBe(214);
    expect(doc.positive_fraction).toBe(150 / 214);
    expect(doc.he_scale).toEqual(run.scale);
    expect(doc.steps[0].mean_output_error).toBe(run.steps[0].meanOutputError);
    expect(doc.steps[0].layers[2]).toMatchObject({
      layer: 3,
      dW_norm: run.steps[0].layers[2].dWNorm,
      dW_class: "real",
      db_class: "real",
      weights_zero: true,
      activation_min: 0.5,
      distinct_columns: 1,
    });
    expect(doc.conclusion).toEqual(run.account.conclusion);
    expect(doc.final_distinct_rows).toEqual([1, 1, 1]);
  });

  it("runs any depth: [2, 4, 4, 4, 1] with tanh from zeros keeps every weight at 0", () => {
    const run = runModel({ init: "zeros", activation: "tanh", layersDims: [2, 4, 4, 4, 1], iterations: 20 });
    expect(run.steps[0].layers).toHaveLength(4);
    expect(run.account.finding).toBe("nothing-moves");
    expect(run.trainAccuracy).toBe(0.5);
  });
});
