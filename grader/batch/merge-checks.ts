// What `grader merge` refuses: inputs graded under different rubrics or grader versions, an incomplete
// or inconsistent set of shards, and one student graded differently in two inputs.
import { UsageError } from "../cli/usage-error.js";
import type { BatchManifest, ManifestStudent } from "./manifest.js";
import { inShard, parseShard } from "./shard.js";

/** An output folder to merge, with its batch.json. */
export interface MergeInput {
  readonly dir: string;
  readonly manifest: BatchManifest;
}

const STATUSES: readonly string[] = ["graded", "submission-problem", "infrastructure-error"];

// Every input was graded with the same rubric (path and bytes) and the same grader.
export function checkSameIdentity(inputs: readonly MergeInput[]): void {
  const [first, ...rest] = inputs;
  const fields = (m: BatchManifest) => ({
    "rubric file": m.rubric.file,
    "rubric sha256": m.rubric.sha256,
    "rubric assignment": m.rubric.assignment,
    "rubric title": m.rubric.title,
    "grader version": m.grader,
  });
  const expected = fields(first.manifest);
  for (const input of rest) {
    for (const [name, value] of Object.entries(fields(input.manifest))) {
      const want = expected[name as keyof typeof expected];
      if (value !== want)
        throw new UsageError(
          `${input.dir} was graded with ${name} ${JSON.stringify(value)}, ${first.dir} with ${JSON.stringify(want)}: regrade one of them so both use the same`,
        );
    }
  }
}

// Shards: all of one count, every index present, each student in its own shard. Whole batches merge freely.
export function checkShards(inputs: readonly MergeInput[]): void {
  const sharded = inputs.filter((i) => i.manifest.shard !== null);
  if (sharded.length === 0) return;
  if (sharded.length !== inputs.length) {
    const whole = inputs.find((i) => i.manifest.shard === null);
    throw new UsageError(
      `${whole?.dir} is a whole batch and the others are shards: merge shards only with shards`,
    );
  }
  const shards = inputs.map((i) => ({
    dir: i.dir,
    shard: parseShard(String(i.manifest.shard), `${i.dir}/batch.json shard`),
  }));
  const count = shards[0].shard.count;
  const other = shards.find((s) => s.shard.count !== count);
  if (other !== undefined)
    throw new UsageError(
      `${other.dir} is shard ${other.shard.index}/${other.shard.count}, ${shards[0].dir} one of ${count}`,
    );
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter(
    (i) => !shards.some((s) => s.shard.index === i),
  );
  if (missing.length > 0)
    throw new UsageError(
      `shard${missing.length === 1 ? "" : "s"} ${missing.map((i) => `${i}/${count}`).join(", ")} missing: pass every shard's output folder`,
    );
  for (const { dir, shard } of shards) {
    const stray = inputs
      .find((i) => i.dir === dir)
      ?.manifest.students.find((s) => !inShard(s.student, shard));
    if (stray !== undefined)
      throw new UsageError(
        `${dir}: student ${JSON.stringify(stray.student)} does not belong to shard ${shard.index}/${shard.count}`,
      );
  }
}

// The students of every input, each once; a student in two inputs must have been graded identically.
export function combineStudents(
  inputs: readonly MergeInput[],
): Map<string, { dir: string; entry: ManifestStudent }> {
  const all = new Map<string, { dir: string; entry: ManifestStudent }>();
  for (const { dir, manifest } of inputs) {
    for (const entry of manifest.students) {
      checkEntry(dir, entry);
      const seen = all.get(entry.student);
      if (seen === undefined) all.set(entry.student, { dir, entry });
      else if (JSON.stringify(seen.entry) !== JSON.stringify(entry))
        throw new UsageError(
          `student ${JSON.stringify(entry.student)} is in ${seen.dir} and ${dir} with different content or results (${seen.entry.status} ${seen.entry.key.slice(0, 12)} vs ${entry.status} ${entry.key.slice(0, 12)})`,
        );
    }
  }
  return all;
}

function checkEntry(dir: string, e: ManifestStudent): void {
  const ok =
    typeof e?.student === "string" &&
    STATUSES.includes(e.status) &&
    typeof e.key === "string" &&
    /^[0-9a-f]{64}$/.test(e.key) &&
    (e.status === "graded" || typeof e.message === "string") &&
    (e.status === "submission-problem" || (typeof e.submission === "string" && typeof e.sha256 === "string"));
  if (!ok) throw new UsageError(`${dir}/batch.json: malformed student entry ${JSON.stringify(e)}`);
}
