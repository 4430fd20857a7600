import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../grader/report/html-text.js";
import { runCli } from "./run-cli.js";

describe("grader train with pictures", () => {
  it("--json gains the cost log at --log-every and the boundary grid (zeros: flat at ln 2, predicts 0 everywhere)", async () => {
    const run = await runCli([
      "train",
      "--init",
      "zeros",
      "--iterations",
      "300",
      "--log-every",
      "50",
      "--json",
    ]);
    expect(run.exitCode).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.costs).toEqual([{ iteration: 0, cost: Math.LN2 }]);
    expect(doc.log_every).toBe(50);
    expect(doc.cost_log.map((c: { iteration: number }) => c.iteration)).toEqual([0, 50, 100, 150, 200, 250]);
    // ln 2 to 2 ulp: the ±1/600 output-bias terms leave a rounding residue (see the README).
    for (const c of doc.cost_log) expect(Math.abs(c.cost - Math.LN2)).toBeLessThanOrEqual(2.3e-16);
    expect(doc.boundary_grid).toMatchObject({ cols: 100, rows: 100 });
    expect(doc.boundary_grid.labels).toHaveLength(100);
    expect(doc.boundary_grid.labels.every((row: string) => row === "0".repeat(100))).toBe(true);
    expect(doc.source).toBe("reference");
    // The lesson's fields stay beside the pictures' (one document, both branches' keys).
    expect(doc.finding).toBe("nothing-moves");
    expect(doc.steps[0].layers.map((l: { dW_class: string }) => l.dW_class)).toEqual([
      "zero",
      "zero",
      "zero",
    ]);
    expect(doc.rounding_threshold).toBe(1e-12);
  });

  it("--init all --html writes one page with the three starts' figures and says so on stdout", async () => {
    const dir = await mkdtemp(join(tmpdir(), "train-html-"));
    const file = join(dir, "train.html");
    const run = await runCli(["train", "--init", "all", "--iterations", "200", "--html", file]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(`wrote ${file} (3 runs)`);
    const html = await readFile(file, "utf8");
    expect(html.match(/<svg /g)).toHaveLength(7);
    expect(html).toContain("Decision boundary: random ×10");
    // Each start's gradient flow is captioned by the conclusion `grader train --json` gives for that start.
    const zeros = JSON.parse(
      (await runCli(["train", "--init", "zeros", "--iterations", "200", "--json"])).stdout,
    );
    expect(html).toContain(`<figcaption>${escapeHtml(zeros.conclusion.join(" "))}</figcaption>`);
    expect(html).not.toMatch(/<script|<link|<img|https?:\/\/(?!www\.w3\.org)/);
  });

  it("--from trains from the student's own initializer beside the reference's", async () => {
    const run = await runCli([
      "train",
      "--init",
      "he",
      "--iterations",
      "100",
      "--from",
      "submissions/python/correct.py",
      "--json",
    ]);
    expect(run.exitCode).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.runs.map((r: { source: string }) => r.source)).toEqual([
      "initialize_parameters_he",
      "reference",
    ]);
    expect(doc.runs[0].cost_log).toEqual(doc.runs[1].cost_log);
  });

  it("--init all with --value trains the constant start too, with the lesson's options (--layers, --data)", async () => {
    const run = await runCli([
      "train",
      "--init",
      "all",
      "--value",
      "0.5",
      "--layers",
      "2,3,1",
      "--data",
      "clouds",
      "--iterations",
      "50",
      "--json",
    ]);
    expect(run.exitCode).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.runs.map((r: { init: string; value: number | null }) => [r.init, r.value])).toEqual([
      ["zeros", null],
      ["constant", 0.5],
      ["random", null],
      ["he", null],
    ]);
    for (const r of doc.runs) {
      expect(r.layers_dims).toEqual([2, 3, 1]);
      expect(r.data).toBe("clouds");
    }
    expect(doc.runs[1].finding).toBe("symmetric");
  });

  it.each([
    [["--lesson", "--html", "x.html"], "grader: --lesson runs its own cases; it does not take --html"],
    [
      ["--init", "constant", "--value", "1", "--from", "submissions/python/correct.py"],
      "grader: --from: a submission has no initializer for --init constant; use zeros, random, he or all",
    ],
    [
      ["--init", "all", "--layers", "2,3,2", "--json"],
      "grader: --layers: expected 2 inputs first and 1 output last (the data has 2 features and one label), got 2,3,2",
    ],
  ])("refuses %j with a usage error", async (args, message) => {
    const run = await runCli(["train", ...args]);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(message);
  });
});
