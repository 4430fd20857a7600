// grader merge over shards graded with the fake engine: equal to one run, and what it refuses.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mergeBatches } from "../../grader/batch/merge.js";
import { mergeWithPages } from "../../grader/batch/merge-with-pages.js";
import { UsageError } from "../../grader/cli/usage-error.js";
import {
  COMPARED_LEAVE_OUT,
  fakeBatch,
  removeAll,
  snapshot,
  tempFolder,
  writeTree,
} from "./batch-fixture.js";

const folders: string[] = [];
afterAll(() => removeAll(folders));

function folder(prefix: string): string {
  const dir = tempFolder(prefix);
  folders.push(dir);
  return dir;
}

const CLASS = Object.fromEntries([
  ...Array.from({ length: 12 }, (_, i) => [`s${i}.py`, `solution ${i}`]),
  ["broken.py", "INFRA"],
  ["empty/notes.txt", ""],
  ['Ünïcode "id".py', "quoted"],
]);

async function shards(dir: string, count: number): Promise<string[]> {
  const outs = Array.from({ length: count }, () => folder("shard"));
  for (const [i, out] of outs.entries()) await fakeBatch(dir, { out, shard: `${i + 1}/${count}` });
  return outs;
}

describe("grader merge (fake engine)", () => {
  it.each([1, 2, 3, 5])(
    "merges %i shards into exactly what one run writes, class pages included",
    async (count) => {
      const dir = folder("class");
      writeTree(dir, CLASS);
      const single = folder("single");
      await fakeBatch(dir, { out: single });
      const merged = join(folder("merged"), "out");
      const report = await mergeWithPages(await shards(dir, count), merged);
      expect(report.outcomes).toHaveLength(15);
      expect(snapshot(merged, COMPARED_LEAVE_OUT)).toEqual(snapshot(single, COMPARED_LEAVE_OUT));
    },
  );

  it("gives a merged folder that a batch can resume without regrading", async () => {
    const dir = folder("class");
    writeTree(dir, CLASS);
    const merged = join(folder("merged"), "out");
    mergeBatches(await shards(dir, 2), merged);
    const resumed = await fakeBatch(dir, { out: merged, resume: true });
    expect(resumed.engine.calls).toEqual(["broken.py", "broken.py", "broken.py"]);
  });

  it("refuses an incomplete set of shards", async () => {
    const dir = folder("class");
    writeTree(dir, CLASS);
    const [first, , third] = await shards(dir, 3);
    expect(() => mergeBatches([first, third], folder("merged"))).toThrow("shard 2/3 missing");
  });

  it("refuses shards graded under different grader versions or rubrics", async () => {
    const dir = folder("class");
    writeTree(dir, CLASS);
    const a = folder("shard");
    const b = folder("shard");
    await fakeBatch(dir, { out: a, shard: "1/2" });
    await fakeBatch(dir, { out: b, shard: "2/2" }, {}, "test-grader 2");
    expect(() => mergeBatches([a, b], folder("merged"))).toThrow(
      `${b} was graded with grader version "test-grader 2", ${a} with "test-grader 1"`,
    );
    const manifest = JSON.parse(readFileSync(join(b, "batch.json"), "utf8"));
    manifest.grader = "test-grader 1";
    manifest.rubric.sha256 = "0".repeat(64);
    writeFileSync(join(b, "batch.json"), JSON.stringify(manifest));
    expect(() => mergeBatches([a, b], folder("merged"))).toThrow("rubric sha256");
  });

  it("refuses a student graded differently in two folders, and accepts one graded identically", async () => {
    const one = folder("class");
    const two = folder("class");
    writeTree(one, { "alice.py": "v1", "bob.py": "b" });
    writeTree(two, { "alice.py": "v2", "carol.py": "c" });
    const [a, b, c] = [folder("out"), folder("out"), folder("out")];
    await fakeBatch(one, { out: a });
    await fakeBatch(two, { out: b });
    expect(() => mergeBatches([a, b], folder("merged"))).toThrow(
      /student "alice" is in .* with different content/,
    );
    await fakeBatch(one, { out: c });
    expect(mergeBatches([a, c], folder("merged")).outcomes).toHaveLength(2);
  });

  it("refuses an unfinished batch and an output folder that already holds one", async () => {
    const dir = folder("class");
    writeTree(dir, { "a.py": "a" });
    const out = folder("out");
    await fakeBatch(dir, { out });
    expect(() => mergeBatches([folder("empty")], folder("merged"))).toThrow(UsageError);
    expect(() => mergeBatches([out], out)).toThrow("is one of the folders to merge");
    const other = folder("out");
    await fakeBatch(dir, { out: other });
    expect(() => mergeBatches([out], other)).toThrow("already holds a batch");
  });

  it("keeps a hostile id from a tampered batch.json inside the output folder", async () => {
    const dir = folder("class");
    writeTree(dir, { "a.py": "a" });
    const out = folder("out");
    await fakeBatch(dir, { out });
    const manifest = JSON.parse(readFileSync(join(out, "batch.json"), "utf8"));
    manifest.students[0].student = "../../escape";
    writeFileSync(join(out, "batch.json"), JSON.stringify(manifest));
    const merged = join(folder("merged"), "out");
    mergeBatches([out], merged);
    expect([...snapshot(merged).keys()].filter((k) => k.startsWith("results/"))).toEqual([
      expect.stringMatching(/^results\/escape-[0-9a-f]{10}\.gradescope\.json$/),
      expect.stringMatching(/^results\/escape-[0-9a-f]{10}\.json$/),
    ]);
  });
});
