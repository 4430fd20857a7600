// A batch in which an attacker sits between two classmates (graded at once, --jobs 3), under the namespaces
// level (no bubblewrap), then a regrade of the same folder: the classmates' results are exactly those they get
// when graded alone, and their files are untouched.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isolationWorks } from "../../grader/sandbox/index.js";
import { runCli, writePatientRubric } from "../batch/cli-helpers.js";

const CLASS: Readonly<Record<string, string>> = {
  "alice.py": "submissions/python/correct.py",
  "mallory.py": "submissions/hostile/tamper_grader.py",
  "zoe.py": "submissions/python/mistakes/xavier.py",
};
const CLASSMATES = ["alice", "zoe"];
const work = mkdtempSync(join(tmpdir(), "nn-grader-attacker-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// What a result says per test and in total (not timings).
function verdicts(outDir: string, student: string): unknown {
  const doc = JSON.parse(readFileSync(join(outDir, "results", `${student}.json`), "utf8"));
  return {
    score: doc.score,
    tests: doc.tests.map((t: { id: string; status: string; score: number }) => [t.id, t.status, t.score]),
  };
}

async function batch(
  dir: string,
  out: string,
  rubric: string,
  env: Record<string, string> = {},
): Promise<void> {
  const run = await runCli(["batch", dir, "--out", out, "--rubric", rubric, "--jobs", "3"], env);
  expect(run.code, run.stderr).toBe(0);
}

describe.runIf(await isolationWorks("namespaces"))("an attacker between two classmates", () => {
  it("changes nothing of theirs, in the batch and in a regrade", { timeout: 600_000 }, async () => {
    const rubric = join(work, "rubric.yaml");
    writePatientRubric(rubric);
    const dir = join(work, "class");
    mkdirSync(dir);
    for (const [student, source] of Object.entries(CLASS)) copyFileSync(source, join(dir, student));

    await batch(dir, join(work, "out"), rubric, { NN_GRADER_ISOLATION: "namespaces" });
    for (const [student, source] of Object.entries(CLASS))
      expect([student, readFileSync(join(dir, student), "utf8")]).toEqual([
        student,
        readFileSync(source, "utf8"),
      ]);
    await batch(dir, join(work, "regrade"), rubric);

    for (const student of CLASSMATES) {
      const alone = join(work, `alone-${student}`);
      mkdirSync(alone);
      copyFileSync(CLASS[`${student}.py`], join(alone, `${student}.py`));
      await batch(alone, join(work, `out-${student}`), rubric);
      const expected = verdicts(join(work, `out-${student}`), student);
      expect(verdicts(join(work, "out"), student)).toEqual(expected);
      expect(verdicts(join(work, "regrade"), student)).toEqual(expected);
    }
    const mallory = JSON.parse(readFileSync(join(work, "out", "results", "mallory.json"), "utf8"));
    expect(mallory.score).toBe(mallory.max_score);
  });
});
