// Helpers shared by the batch tests: temporary class folders, a fast batch over the fake engine, and
// reading an output folder back as bytes.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { normalizeBatchOptions, type RawBatchOptions } from "../../grader/batch/options.js";
import { lineProgress } from "../../grader/batch/progress.js";
import type { RetryPolicy } from "../../grader/batch/retry.js";
import { type BatchReport, runBatch } from "../../grader/batch/run-batch.js";
import { type FakeEngine, fakeEngine, RUBRIC } from "./fake-grade.js";

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `nn-grader-${prefix}-`));
}

// Removes temporary folders.
export function removeAll(folders: readonly string[]): void {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}

// Writes files given as relative path → content under `root`.
export function writeTree(root: string, files: Readonly<Record<string, string>>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

/** A fast batch run: the report, its progress lines, the engine's calls and the retry waits. */
export interface FakeRun {
  readonly report: BatchReport;
  readonly lines: string[];
  readonly engine: FakeEngine;
  readonly waits: number[];
}

// Runs a batch of `dir` into `out` with the fake engine (no real grading, no sleeping).
export async function fakeBatch(
  dir: string,
  raw: RawBatchOptions,
  env: NodeJS.ProcessEnv = {},
  grader = "test-grader 1",
): Promise<FakeRun> {
  const engine = fakeEngine();
  const lines: string[] = [];
  const waits: number[] = [];
  const retry: RetryPolicy = { retries: 2, backoffMs: 10, sleep: async (ms) => void waits.push(ms) };
  const options = normalizeBatchOptions(dir, { jobs: "3", ...raw }, RUBRIC, grader, env);
  const sink = { write: (text: string) => lines.push(...text.trimEnd().split("\n")) };
  const report = await runBatch(options, {
    grade: engine.grade,
    retry,
    progress: (n) => lineProgress(sink, n),
  });
  return { report, lines, engine, waits };
}

// Every file under `root` (relative path → bytes), optionally leaving out some top-level entries.
export function snapshot(root: string, leaveOut: readonly string[] = []): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = relative(root, path);
      if (leaveOut.includes(rel)) continue;
      if (statSync(path).isDirectory()) walk(path);
      else files.set(rel, readFileSync(path, "latin1"));
    }
  };
  walk(root);
  return files;
}

/** The outputs that must be byte-identical between equivalent batches (not the journal, not the cache). */
export const COMPARED_LEAVE_OUT = ["journal.jsonl", "cache"];
