import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

describe("grader train", () => {
  it("reproduces the published He run as JSON: first cost 0.8830537463419761, accuracies 0.9933333333333333 / 0.96", async () => {
    const run = await runCli(["train", "--init", "he", "--json"]);
    expect(run.exitCode).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.costs).toHaveLength(15);
    expect(doc.costs[0]).toEqual({ iteration: 0, cost: 0.8830537463419761 });
    expect([doc.train_accuracy, doc.test_accuracy]).toEqual([0.9933333333333333, 0.96]);
    expect(doc.steps).toHaveLength(3);
    expect(doc.steps[0].layers.map((l: { distinct_rows: number }) => l.distinct_rows)).toEqual([10, 5, 1]);
    expect(doc.steps[0].layers.map((l: { dW_class: string }) => l.dW_class)).toEqual([
      "real",
      "real",
      "real",
    ]);
    expect(doc.finding).toBe("symmetry-broken");
    expect(doc.rounding_threshold).toBe(1e-12);
  });

  it("shows zeros' dead gradients, the residue called residue, with the numbers of the run", async () => {
    const run = await runCli(["train", "--init", "zeros", "--iterations", "2000"]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      "    layer 1: dW1 = 0, db1 = 0 — W2 = 0 passes nothing back, so δ1 = 0; W1 now has 1 distinct row of 10\n",
    );
    expect(run.stdout).toContain("    layer 3: dW3 = 0, db3 ≈ 0 (rounding residue 2.60e-18) — every a2 is 0");
    expect(run.stdout).toContain(
      "Nothing learns: in the 3 steps shown, every dW and db is exactly 0 or rounding residue.\n",
    );
    expect(run.stdout).toContain("  iteration  1000: 0.6931471805599453\n");
    expect(run.stdout).toContain("On the train set: accuracy 0.5\nOn the test set:  accuracy 0.5");
  });

  it("no longer claims sigmoid units from zeros get gradients on the balanced course data", async () => {
    const run = await runCli(["train", "--init", "zeros", "--activation", "sigmoid", "--iterations", "10"]);
    expect(run.stdout).toContain(
      "The hidden units are alive — every hidden activation is 0.5 (sigmoid(0) = 0.5) — so inactivity is not the cause.\n",
    );
    expect(run.stdout).toContain(
      "    layer 2: dW2 ≈ 0 (rounding residue 2.60e-39), db2 ≈ 0 (rounding residue 1.64e-38)",
    );
    expect(run.stdout).not.toContain("The gradients are not 0");
  });

  it("shows sigmoid units from zeros moving as copies when 70 % of the labels are 1", async () => {
    const run = await runCli([
      "train",
      "--init",
      "zeros",
      "--activation",
      "sigmoid",
      "--positive-fraction",
      "0.7",
      "--iterations",
      "50",
    ]);
    expect(run.stdout).toContain(
      "Data: the course's two circles, 214 training examples, fraction of labels 1: 0.7009 (subsampled for --positive-fraction 0.7)\n",
    );
    expect(run.stdout).toContain(
      "W3 moves from step 1 (all 5 entries equal), W2 from step 2, W1 from step 3.\n",
    );
    expect(run.stdout).toContain(
      "After 50 iterations every W still has identical rows (W1: 1 of 10, W2: 1 of 5 distinct)",
    );
  });

  it("trains logistic regression from zeros on the two clouds with --layers 2,1", async () => {
    const doc = JSON.parse(
      (
        await runCli([
          "train",
          "--init",
          "zeros",
          "--layers",
          "2,1",
          "--data",
          "clouds",
          "--iterations",
          "300",
          "--json",
        ])
      ).stdout,
    );
    expect(doc.layers_dims).toEqual([2, 1]);
    expect(doc.finding).toBe("no-hidden-layer");
    expect(doc.final_cost).toBeLessThan(doc.costs[0].cost);
  });

  it("keeps a constant start's rows identical with --init constant --value 0.5", async () => {
    const doc = JSON.parse(
      (await runCli(["train", "--init", "constant", "--value", "0.5", "--iterations", "20", "--json"]))
        .stdout,
    );
    expect(doc.value).toBe(0.5);
    expect(doc.final_distinct_rows).toEqual([1, 1, 1]);
    expect(doc.finding).toBe("symmetric");
  });

  it("writes random ×10's infinite first cost as the string Infinity in JSON", async () => {
    const doc = JSON.parse(
      (await runCli(["train", "--init", "random", "--iterations", "1", "--json"])).stdout,
    );
    expect(doc.costs).toEqual([{ iteration: 0, cost: "Infinity" }]);
  });

  it("--lesson runs every case and ends with the answer, case by case", async () => {
    const run = await runCli(["train", "--lesson"]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      "  9. logistic regression (layers 2,1) from zeros, on two clouds  no symmetry to break, not stuck at zeros",
    );
    expect(run.stdout).toContain(
      "1. zeros, relu hidden units, balanced labels (1000 iterations, not the course's 15000: the first steps already decide this case)\n",
    );
  });

  it.each([
    [
      ["--init", "xavier"],
      "error: option '--init <kind>' argument 'xavier' is invalid. Allowed choices are zeros, constant, random, he, all.",
    ],
    [
      ["--activation", "gelu"],
      "error: option '--activation <name>' argument 'gelu' is invalid. Allowed choices are relu, tanh, sigmoid.",
    ],
    [
      ["--iterations", "-5"],
      "error: option '--iterations <n>' argument '-5' is invalid. expected a positive whole number, got \"-5\"",
    ],
    [
      ["--positive-fraction", "1"],
      "error: option '--positive-fraction <p>' argument '1' is invalid. expected a number between 0 and 1 (exclusive), got \"1\"",
    ],
    [
      ["--layers", "2,0,1"],
      "error: option '--layers <sizes>' argument '2,0,1' is invalid. expected 2 to 21 comma-separated sizes from 1 to 1000, e.g. 2,10,5,1, got \"2,0,1\"",
    ],
    [["--value", "x"], "error: option '--value <c>' argument 'x' is invalid. expected a number, got \"x\""],
    [["--init", "constant"], "grader: --init constant needs --value c (every weight starts at c)"],
    [["--init", "he", "--value", "1"], "grader: --value is for --init constant, not --init he"],
    [
      ["--layers", "3,4,1"],
      "grader: --layers: expected 2 inputs first and 1 output last (the data has 2 features and one label), got 3,4,1",
    ],
  ])("refuses %j with one line naming the option and exit status 2", async (args, message) => {
    const run = await runCli(["train", ...args]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(message);
  });
});
