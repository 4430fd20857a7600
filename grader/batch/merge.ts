// Merges the output folders of shards (or of separate batches) into one, exactly as one run over every
// student would have written it: the outputs are recomputed from the cached results, not concatenated.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError } from "../cli/usage-error.js";
import { writeFileAtomic } from "./atomic-write.js";
import { cacheFile, readCachedResult, writeCachedResult } from "./cache.js";
import { compareIds } from "./discover.js";
import { type EntryBase, JOURNAL_FILE, JOURNAL_VERSION, type JournalEntry } from "./journal.js";
import { MANIFEST_FILE, readManifest } from "./manifest.js";
import { checkSameIdentity, checkShards, combineStudents, type MergeInput } from "./merge-checks.js";
import type { BatchIdentity, StudentOutcome } from "./outcome.js";
import { resultFiles } from "./result-files.js";
import { safeFileName } from "./safe-name.js";
import { writeOutputs } from "./write-outputs.js";

/** What a merge did. */
export interface MergeReport {
  readonly inputs: number;
  readonly outcomes: readonly StudentOutcome[];
  /** Rubric and grader of the merged batch (for the class pages written after the merge). */
  readonly identity: BatchIdentity;
}

// Merges `dirs` into `out` (a new or empty folder).
export function mergeBatches(dirs: readonly string[], out: string): MergeReport {
  const outDir = resolve(out);
  if (dirs.some((d) => resolve(d) === outDir))
    throw new UsageError(`--out ${out} is one of the folders to merge`);
  const existing = [JOURNAL_FILE, MANIFEST_FILE].find((f) => existsSync(join(outDir, f)));
  if (existing !== undefined)
    throw new UsageError(`--out: ${out} already holds a batch (${existing}); choose an empty folder`);
  const inputs: MergeInput[] = dirs.map((dir) => ({ dir, manifest: readManifest(dir) }));
  checkSameIdentity(inputs);
  checkShards(inputs);
  const students = [...combineStudents(inputs)].sort(([a], [b]) => compareIds(a, b));
  const identity: BatchIdentity = { rubric: inputs[0].manifest.rubric, grader: inputs[0].manifest.grader };
  const outcomes = students.map(([, { dir, entry }]): StudentOutcome => {
    const base = { student: entry.student, key: entry.key };
    const source = { submission: entry.submission ?? "", sha256: entry.sha256 ?? "" };
    if (entry.status === "infrastructure-error")
      return { status: "infrastructure-error", ...base, ...source, message: entry.message ?? "" };
    const result = readCachedResult(dir, entry.key);
    if (result === undefined) throw new UsageError(`${cacheFile(dir, entry.key)}: missing or unreadable`);
    writeCachedResult(outDir, entry.key, result);
    if (entry.status === "submission-problem")
      return { status: "submission-problem", ...base, problem: entry.message ?? "", result };
    const ignored = Array.isArray(entry.ignored) && entry.ignored.every((name) => typeof name === "string");
    return {
      status: "graded",
      ...base,
      ...source,
      result,
      source: "cached",
      ...(ignored ? { ignored: entry.ignored } : {}),
    };
  });
  writeOutputs(outDir, identity, null, outcomes);
  writeFileAtomic(join(outDir, JOURNAL_FILE), journalOf(outcomes));
  return { inputs: inputs.length, outcomes, identity };
}

// The journal of the merged folder, so `grader batch --resume` can continue from it.
function journalOf(outcomes: readonly StudentOutcome[]): string {
  const lines = outcomes.flatMap((o): JournalEntry[] => {
    if (o.status === "submission-problem") return [];
    const entry: EntryBase = {
      v: JOURNAL_VERSION,
      student: o.student,
      submission: o.submission,
      sha256: o.sha256,
      key: o.key,
    };
    return o.status === "graded"
      ? [{ ...entry, status: "graded", result: resultFiles(safeFileName(o.student)).json }]
      : [{ ...entry, status: "infrastructure-error", message: o.message }];
  });
  return lines.map((line) => `${JSON.stringify(line)}\n`).join("");
}
