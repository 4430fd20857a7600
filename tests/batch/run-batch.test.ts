// The batch over the fake engine: caching, resuming, retries, infrastructure errors, hostile ids,
// determinism. The real engine and kill -9 are in cli.e2e.test.ts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { readJournal } from "../../grader/batch/journal.js";
import { normalizeBatchOptions } from "../../grader/batch/options.js";
import { UsageError } from "../../grader/cli/usage-error.js";
import {
  COMPARED_LEAVE_OUT,
  fakeBatch,
  removeAll,
  snapshot,
  tempFolder,
  writeTree,
} from "./batch-fixture.js";
import { RUBRIC } from "./fake-grade.js";

const folders: string[] = [];
afterAll(() => removeAll(folders));

function setup(files: Record<string, string>): { dir: string; out: string } {
  const dir = tempFolder("class");
  const out = tempFolder("out");
  folders.push(dir, out);
  writeTree(dir, files);
  return { dir, out };
}

const CLASS = {
  "alice.py": "alice's solution",
  "bob.py": "bob's solution PRINT",
  "carol/solution.py": "carol's solution",
  "dave/a.py": "one",
  "dave/b.py": "two",
  "erin.ipynb": "erin's notebook",
};

describe("grader batch (fake engine)", () => {
  it("grades each student once and writes the gradebook, results and summary", async () => {
    const { dir, out } = setup(CLASS);
    const { report, engine, lines } = await fakeBatch(dir, { out });
    expect(engine.calls.sort()).toEqual(["alice.py", "bob.py", "carol/solution.py", "erin.ipynb"]);
    expect(report.outcomes.map((o) => [o.student, o.status])).toEqual([
      ["alice", "graded"],
      ["bob", "graded"],
      ["carol", "graded"],
      ["dave", "submission-problem"],
      ["erin", "graded"],
    ]);
    expect(lines).toHaveLength(5);
    expect(
      lines.filter((l) =>
        /^\[\d\/5\] dave: 0\/38 \(several \.py files, expected one: a\.py, b\.py\)$/.test(l),
      ),
    ).toHaveLength(1);
    const rows = parseCsv(readFileSync(join(out, "gradebook.csv")), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => [r.student, r.status])).toEqual([
      ["alice", "graded"],
      ["bob", "graded"],
      ["carol", "graded"],
      ["dave", "graded, not loaded: several .py files, expected one: a.py, b.py"],
      ["erin", "graded"],
    ]);
    expect(rows[3].total).toBe("0");
    expect(readdirSync(join(out, "results")).sort()).toEqual(
      ["alice", "bob", "carol", "dave", "erin"].flatMap((s) => [`${s}.gradescope.json`, `${s}.json`]),
    );
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary).toMatchObject({
      students: 5,
      graded: 4,
      submission_problems: 1,
      infrastructure_errors: 0,
    });
    expect(summary.submission_problem_students).toEqual([
      { student: "dave", problem: "several .py files, expected one: a.py, b.py" },
    ]);
    expect(readJournal(join(out, "journal.jsonl")).entries).toHaveLength(4);
  });

  it("says in the gradebook and the summary which of a folder's candidate files was graded and which were not", async () => {
    const { dir, out } = setup({ "frank/work.ipynb": "frank's notebook", "frank/work.py": "frank's export" });
    await fakeBatch(dir, { out });
    const rows = parseCsv(readFileSync(join(out, "gradebook.csv")), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => [r.student, r.status])).toEqual([
      ["frank", "graded frank/work.ipynb (ignored frank/work.py)"],
    ]);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.ignored_files).toEqual([
      { student: "frank", graded: "frank/work.ipynb", ignored: ["frank/work.py"] },
    ]);
    expect(readFileSync(join(out, "summary.md"), "utf8")).toContain(
      "## Several candidate files (one graded, the others ignored)\n\n- frank: graded frank/work.ipynb; ignored frank/work.py\n",
    );
  });

  it("refuses an OUTDIR holding a batch unless --resume is given", async () => {
    const { dir, out } = setup(CLASS);
    await fakeBatch(dir, { out });
    expect(() => normalizeBatchOptions(dir, { out }, RUBRIC, "g")).toThrow(UsageError);
    expect(() => normalizeBatchOptions(dir, { out }, RUBRIC, "g")).toThrow(
      `--out: ${out} already holds a batch (journal.jsonl); pass --resume to finish or update it, or choose an empty folder`,
    );
  });

  it("resumes without regrading, regrades only a changed submission, and writes the same bytes", async () => {
    const { dir, out } = setup(CLASS);
    await fakeBatch(dir, { out });
    const before = snapshot(out, COMPARED_LEAVE_OUT);
    const again = await fakeBatch(dir, { out, resume: true });
    expect(again.engine.calls).toEqual([]);
    expect(again.report.outcomes.filter((o) => o.status === "graded").map((o) => o.source)).toEqual(
      Array(4).fill("resumed"),
    );
    expect(again.lines.filter((l) => l.endsWith("(resumed)"))).toHaveLength(4);
    expect(snapshot(out, COMPARED_LEAVE_OUT)).toEqual(before);

    writeFileSync(join(dir, "bob.py"), "bob's second try");
    const third = await fakeBatch(dir, { out, resume: true });
    expect(third.engine.calls).toEqual(["bob.py"]);
  });

  it("takes an unchanged submission from the cache even without a journal entry", async () => {
    const { dir, out } = setup(CLASS);
    await fakeBatch(dir, { out });
    writeFileSync(join(out, "journal.jsonl"), "");
    const again = await fakeBatch(dir, { out, resume: true });
    expect(again.engine.calls).toEqual([]);
    expect(new Set(again.report.outcomes.flatMap((o) => (o.status === "graded" ? [o.source] : [])))).toEqual(
      new Set(["cached"]),
    );
  });

  it("regrades everyone when the grader changes", async () => {
    const { dir, out } = setup(CLASS);
    await fakeBatch(dir, { out });
    const { engine } = await fakeBatch(dir, { out, resume: true }, {}, "test-grader 2");
    expect(engine.calls).toHaveLength(4);
  });

  it("retries an infrastructure error twice with a backoff, then records it: not a zero, no result file", async () => {
    const { dir, out } = setup({ "alice.py": "fine", "bob.py": "INFRA" });
    const { report, engine, waits, lines } = await fakeBatch(dir, { out, jobs: "1" });
    expect(engine.calls).toEqual(["alice.py", "bob.py", "bob.py", "bob.py"]);
    expect(waits).toEqual([10, 20]);
    expect(lines).toContain("bob: infrastructure error, attempt 2 of 3: python3 not found on PATH");
    expect(report.outcomes[1]).toMatchObject({
      status: "infrastructure-error",
      message: "python3 not found on PATH",
    });
    const [, , bob] = parseCsv(readFileSync(join(out, "gradebook.csv"))) as string[][];
    expect(bob[0]).toBe("bob");
    expect(bob.slice(1, -1).every((cell) => cell === "")).toBe(true);
    expect(bob.at(-1)).toBe("infrastructure-error: python3 not found on PATH");
    expect(existsSync(join(out, "results", "bob.json"))).toBe(false);
    expect(readJournal(join(out, "journal.jsonl")).entries.map((e) => e.status)).toEqual([
      "graded",
      "infrastructure-error",
    ]);
    expect(JSON.parse(readFileSync(join(out, "summary.json"), "utf8")).infrastructure_errors).toBe(1);
  });

  it("treats an exception from the engine as an infrastructure error, not as a crash of the batch", async () => {
    const { dir, out } = setup({ "alice.py": "THROW", "bob.py": "fine" });
    const { report } = await fakeBatch(dir, { out });
    expect(report.outcomes[0]).toMatchObject({
      status: "infrastructure-error",
      message: "internal error in the grader: bug in a check",
    });
  });

  it("never overwrites an earlier good result with an infrastructure error, and retries it on resume", async () => {
    const { dir, out } = setup({ "alice.py": "good work" });
    await fakeBatch(dir, { out });
    const good = readFileSync(join(out, "results", "alice.json"), "utf8");
    writeFileSync(join(dir, "alice.py"), "good work, edited INFRA");
    const broken = await fakeBatch(dir, { out, resume: true });
    expect(broken.report.outcomes[0].status).toBe("infrastructure-error");
    expect(readFileSync(join(out, "results", "alice.json"), "utf8")).toBe(good);
    expect(readFileSync(join(out, "gradebook.csv"), "utf8")).toContain("infrastructure-error");

    writeFileSync(join(dir, "alice.py"), "good work, edited");
    const fixed = await fakeBatch(dir, { out, resume: true });
    expect(fixed.engine.calls).toEqual(["alice.py"]);
    expect(fixed.report.outcomes[0].status).toBe("graded");
  });

  it("contains hostile student ids: files stay in OUTDIR, the gradebook keeps the id, escaped", async () => {
    const hostile = ['=HYPERLINK("x")', 'o\'brien "q"\nnext', "Alice", "alice", "CON", "x.gradescope"];
    const { dir, out } = setup(Object.fromEntries(hostile.map((id, i) => [`${id}.py`, `solution ${i}`])));
    await fakeBatch(dir, { out });
    const results = readdirSync(join(out, "results"));
    expect(results).toHaveLength(hostile.length * 2);
    for (const name of results)
      expect(resolve(out, "results", name).startsWith(resolve(out, "results"))).toBe(true);
    const ids = (parseCsv(readFileSync(join(out, "gradebook.csv"))) as string[][]).slice(1).map((r) => r[0]);
    expect(ids.sort()).toEqual(
      ['\'=HYPERLINK("x")', 'o\'brien "q"\nnext', "Alice", "alice", "CON", "x.gradescope"].sort(),
    );
    const manifest = JSON.parse(readFileSync(join(out, "batch.json"), "utf8"));
    expect(manifest.students.map((s: { student: string }) => s.student).sort()).toEqual([...hostile].sort());
  });

  it("writes byte-identical outputs for the same inputs, whatever the concurrency", async () => {
    const a = setup(CLASS);
    const b = setup(CLASS);
    await fakeBatch(a.dir, { out: a.out, jobs: "1" });
    await fakeBatch(b.dir, { out: b.out, jobs: "4" });
    expect(snapshot(b.out, COMPARED_LEAVE_OUT)).toEqual(snapshot(a.out, COMPARED_LEAVE_OUT));
  });

  it("grades only its shard", async () => {
    const { dir, out } = setup(
      Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`s${i}.py`, `${i}`])),
    );
    const one = await fakeBatch(dir, { out, shard: "1/3" });
    expect(one.report.found).toBe(20);
    expect(one.report.outcomes.length).toBeLessThan(20);
    expect(JSON.parse(readFileSync(join(out, "batch.json"), "utf8")).shard).toBe("1/3");
  });
});
