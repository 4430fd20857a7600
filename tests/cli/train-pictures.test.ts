import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
});
