// The only conditions the grader reports as its own failure (InfrastructureError: no score, batch exit 3,
// "the grader failed" in CI and Gradescope). Everything a submission sends or does is the student's outcome;
// a reply without the arguments a purity check asked back is the case that used to slip through.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gradeSubmission } from "../../grader/grade/grade-submission.js";
import { loadRubric } from "../../grader/rubric/load.js";

/** Every place that raises one, and the condition it stands for. */
const INFRASTRUCTURE_ERRORS = [
  ["grader/runners/isolation/choose-isolation.ts", "NN_GRADER_ISOLATION names no known level"],
  ["grader/runners/isolation/choose-isolation.ts", "the level asked for is stronger than what works here"],
  ["grader/runners/node/bundle-in-sandbox.ts", "the bundler process could not be started"],
  ["grader/runners/python/python-plan.ts", "no python3 on PATH"],
  ["grader/runners/session/await-load.ts", "the driver process could not be started"],
  ["grader/runners/session/run-call.ts", "the driver process failed to spawn during a call"],
] as const;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sources(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("infrastructure errors", () => {
  it("are raised only where the grader itself cannot run, and nowhere else", () => {
    const raised = sources("grader").flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/new InfrastructureError\(/g)].map(() => file),
    );
    expect(raised.sort()).toEqual(INFRASTRUCTURE_ERRORS.map(([file]) => file).sort());
  });

  it("a reply missing argsAfter costs the student the purity check, not a grader failure", {
    timeout: 180_000,
  }, async () => {
    const full = loadRubric("rubrics/initialization.yaml");
    const rubric = { ...full, tests: full.tests.filter((t) => t.id === "he.purity") };
    const result = await gradeSubmission("submissions/hostile/omit_args_after.py", {
      rubric,
      visibleOnly: false,
    });
    expect(result.kind).not.toBe("infrastructure-error");
    const [purity] = result.tests;
    expect([purity.id, purity.status]).toEqual(["he.purity", "failed"]);
    expect(purity.score).toBeLessThan(purity.maxScore);
    expect(purity.summary).toContain("argsAfter: missing (the call asked for the arguments back)");
  });
});
