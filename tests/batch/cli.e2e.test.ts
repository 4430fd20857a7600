// grader batch and grader merge end to end: the built CLI grading real example submissions. A batch
// killed with SIGKILL and resumed equals an uninterrupted one; merged shards equal one run; every output
// parses back; a grader without Python is retried and recorded, never a zero.
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readJournal } from "../../grader/batch/journal.js";
import { oneLine } from "../../grader/batch/progress.js";
import { COMPARED_LEAVE_OUT, removeAll, snapshot, tempFolder } from "./batch-fixture.js";
import { closingCounts, runCli, schemaValidator, writeClass, writePatientRubric } from "./cli-helpers.js";

const ROOT = tempFolder("batch-e2e");
const CLASS = join(ROOT, "class");
const RUBRIC = join(ROOT, "rubric.yaml");
const SINGLE = join(ROOT, "single");
const HOSTILE = '=1+1 "q"\nx';
const SUBMISSIONS = 5; // six students, one of whom (erin) has no submission file
const LONG = 300_000;

const batch = (out: string, ...more: string[]) => ["batch", CLASS, "--out", out, "--rubric", RUBRIC, ...more];

beforeAll(async () => {
  writeClass(CLASS);
  writePatientRubric(RUBRIC);
  const run = await runCli(batch(SINGLE, "--jobs", "2"));
  if (run.code !== 0) throw new Error(`the uninterrupted batch failed (${run.code}):\n${run.stderr}`);
}, LONG);
afterAll(() => removeAll([ROOT]));

describe("grader batch, end to end", () => {
  it("writes a gradebook that a CSV parser reads back, one row per student with the id intact", () => {
    const rows = parseCsv(readFileSync(join(SINGLE, "gradebook.csv")), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r.student)).toEqual([`'${HOSTILE}`, "alice", "bob", "carol", "dave", "erin"]);
    expect(rows.find((r) => r.student === "alice")).toMatchObject({
      total: "38",
      max_total: "38",
      status: "graded",
    });
    expect(rows.find((r) => r.student === "erin")).toMatchObject({
      total: "0",
      status: "graded, not loaded: no submission file (.ipynb, .py, .ts, .js, .mjs) in the folder",
    });
    expect(Object.keys(rows[0])).toContain("he.diagnosis");
  });

  it("writes results that are valid against the published result and Gradescope schemas", () => {
    const result = schemaValidator("schemas/result.schema.json");
    const gradescope = schemaValidator("schemas/gradescope-results.schema.json");
    const files = readdirSync(join(SINGLE, "results"));
    expect(files).toHaveLength(12);
    for (const file of files) {
      const doc = JSON.parse(readFileSync(join(SINGLE, "results", file), "utf8"));
      const validate = file.endsWith(".gradescope.json") ? gradescope : result;
      expect(validate(doc), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(readFileSync(join(SINGLE, "results", "dave.json"), "utf8")).toContain(
      '"submission": "dave/solution.py"',
    );
  });

  it("refuses to mix into an existing batch without --resume (exit 2)", async () => {
    const run = await runCli(batch(SINGLE));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `grader: --out: ${SINGLE} already holds a batch (journal.jsonl); pass --resume to finish or update it, or choose an empty folder\n`,
    );
  });

  it(
    "killed with SIGKILL and resumed, gives the same bytes as an uninterrupted run and regrades nothing journaled",
    async () => {
      const out = join(ROOT, "killed");
      const journal = join(out, "journal.jsonl");
      const killed = await runCli(batch(out, "--jobs", "1"), {}, (kill) => {
        const timer = setInterval(() => {
          if (existsSync(journal) && readFileSync(journal, "utf8").includes("\n")) kill();
        }, 25);
        return () => clearInterval(timer);
      });
      expect(killed.signal).toBe("SIGKILL");
      expect(existsSync(join(out, "batch.json"))).toBe(false);
      const journaled = readJournal(journal).entries.map((e) => e.student);
      expect(journaled.length).toBeGreaterThanOrEqual(1);
      expect(journaled.length).toBeLessThan(SUBMISSIONS);
      appendFileSync(journal, '{"v":1,"student":"bo'); // as if killed in the middle of an append

      const resumed = await runCli(batch(out, "--jobs", "2", "--resume"));
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(resumed.stdout).toContain("journal: cut off a torn last line (20 bytes)");
      const counts = closingCounts(resumed.stdout);
      expect(counts.resumed).toBe(journaled.length);
      expect(counts.graded + counts.cached).toBe(SUBMISSIONS - journaled.length);
      const resumedLines = resumed.stderr.split("\n").filter((line) => line.endsWith(" (resumed)"));
      expect(
        resumedLines.map((line) => line.replace(/^\[\d\/6\] (.*): \d+\/38 \(resumed\)$/, "$1")).sort(),
      ).toEqual(journaled.map(oneLine).sort());

      expect(readFileSync(join(out, "gradebook.csv"), "utf8")).toBe(
        readFileSync(join(SINGLE, "gradebook.csv"), "utf8"),
      );
      expect(snapshot(out, COMPARED_LEAVE_OUT)).toEqual(snapshot(SINGLE, COMPARED_LEAVE_OUT));
    },
    LONG,
  );

  it(
    "merges two shards graded separately into exactly what one run writes",
    async () => {
      const shards = [join(ROOT, "shard-1"), join(ROOT, "shard-2")];
      const runs = await Promise.all(
        shards.map((out, i) => runCli(batch(out, "--jobs", "1", "--shard", `${i + 1}/2`))),
      );
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
      expect(
        runs.map((r) => closingCounts(r.stdout).graded + closingCounts(r.stdout)["submission problems"]),
      ).toEqual([expect.any(Number), expect.any(Number)]);
      const merged = join(ROOT, "merged");
      const merge = await runCli(["merge", ...shards, "--out", merged]);
      expect(merge.code, merge.stderr).toBe(0);
      expect(merge.stdout).toBe(`merged 2 folders (6 students, 0 infrastructure errors) into ${merged}\n`);
      expect(snapshot(merged, COMPARED_LEAVE_OUT)).toEqual(snapshot(SINGLE, COMPARED_LEAVE_OUT));
    },
    LONG,
  );

  it(
    "retries a grader without Python, records an infrastructure error and keeps the earlier good result",
    async () => {
      const out = join(ROOT, "broken-python");
      cpSync(SINGLE, out, { recursive: true });
      const edited = join(ROOT, "class-edited");
      cpSync(CLASS, edited, { recursive: true });
      appendFileSync(join(edited, "alice.py"), "\n# resubmitted\n");
      const run = await runCli(["batch", edited, "--out", out, "--rubric", RUBRIC, "--resume"], {
        NN_GRADER_PYTHON: join(ROOT, "no-such-python"),
      });
      expect(run.code).toBe(3);
      expect(run.stderr).toContain("alice: infrastructure error, attempt 3 of 3:");
      expect(closingCounts(run.stdout)).toMatchObject({ resumed: 4, "infrastructure errors": 1 });
      expect(readFileSync(join(out, "results", "alice.json"), "utf8")).toBe(
        readFileSync(join(SINGLE, "results", "alice.json"), "utf8"),
      );
      const rows = parseCsv(readFileSync(join(out, "gradebook.csv")), { columns: true }) as Record<
        string,
        string
      >[];
      const alice = rows.find((r) => r.student === "alice");
      expect(alice?.total).toBe("");
      expect(alice?.status).toMatch(/^infrastructure-error: /);
      expect(Object.values(alice ?? {}).filter((cell) => cell === "0")).toEqual([]);
      expect(readJournal(join(out, "journal.jsonl")).entries.at(-1)).toMatchObject({
        student: "alice",
        status: "infrastructure-error",
      });
    },
    LONG,
  );
});
