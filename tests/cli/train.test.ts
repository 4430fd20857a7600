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
  });

  it("shows zeros' dead gradients with the numbers of the run", async () => {
    const run = await runCli(["train", "--init", "zeros", "--iterations", "2000"]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain("    layer 1: ‖dW1‖ = 0  ‖db1‖ = 0  W1: 1 distinct of 10 rows\n");
    expect(run.stdout).toContain(
      "Every weight gradient is exactly 0: with all-zero weights each hidden unit outputs 0, so\n",
    );
    expect(run.stdout).toContain("  iteration  1000: 0.6931471805599453\n");
    expect(run.stdout).toContain("On the train set: accuracy 0.5\nOn the test set:  accuracy 0.5");
  });

  it("shows that sigmoid hidden units from zeros move but stay symmetric", async () => {
    const run = await runCli(["train", "--init", "zeros", "--activation", "sigmoid", "--iterations", "10"]);
    expect(run.stdout).toContain(
      "The gradients are not 0, but every unit of a layer receives the same one: each W keeps identical rows.",
    );
  });

  it("writes random ×10's infinite first cost as the string Infinity in JSON", async () => {
    const doc = JSON.parse(
      (await runCli(["train", "--init", "random", "--iterations", "1", "--json"])).stdout,
    );
    expect(doc.costs).toEqual([{ iteration: 0, cost: "Infinity" }]);
  });

  it.each([
    [
      ["--init", "xavier"],
      "error: option '--init <kind>' argument 'xavier' is invalid. Allowed choices are zeros, random, he, all.",
    ],
    [
      ["--activation", "gelu"],
      "error: option '--activation <name>' argument 'gelu' is invalid. Allowed choices are relu, tanh, sigmoid.",
    ],
    [
      ["--iterations", "-5"],
      "error: option '--iterations <n>' argument '-5' is invalid. expected a positive whole number, got \"-5\"",
    ],
  ])("refuses %j with one line naming the option and exit status 2", async (args, message) => {
    const run = await runCli(["train", ...args]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(message);
  });
});
