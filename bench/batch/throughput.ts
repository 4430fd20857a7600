// Batch throughput: `grader batch --jobs 2` over 200 mixed submissions (the example submissions of
// submissions/python and submissions/python/mistakes, copied round-robin), against `grader grade FILE
// --format json` run one file at a time, in the same run. The one-at-a-time baseline is measured on a
// sample of 20 of the same files (every 10th) and extrapolated per file, unless BENCH_FULL_BASELINE=1.
// Needs a build (npm run build). Run: node --import tsx bench/batch/throughput.ts
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

/** Submissions in the class (BENCH_SUBMISSIONS overrides, for a quick try). */
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 200);
/** Files graded one at a time for the baseline; every (SUBMISSIONS / SAMPLE)-th student. */
const SAMPLE = process.env.BENCH_FULL_BASELINE === "1" ? SUBMISSIONS : Math.min(20, SUBMISSIONS);
const JOBS = 2;
const CLI = "dist/grader/cli/main.js";

function sources(): string[] {
  const python = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".py"))
      .sort()
      .map((f) => join(dir, f));
  return [...python("submissions/python"), ...python("submissions/python/mistakes")];
}

// Runs the CLI and returns the wall time in seconds; a failure of the grader itself stops the bench.
function timed(args: readonly string[], okCodes: readonly number[] = [0]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status === null || !okCodes.includes(run.status))
    throw new Error(`grader ${args[0]} failed (${run.status ?? run.signal}): ${run.stderr.slice(-2000)}`);
  return seconds;
}

const root = mkdtempSync(join(tmpdir(), "nn-grader-bench-batch-"));
try {
  const pool = sources();
  const classDir = join(root, "class");
  const files: string[] = [];
  mkdirSync(classDir);
  for (let i = 0; i < SUBMISSIONS; i++) {
    const file = join(classDir, `s${String(i).padStart(3, "0")}.py`);
    copyFileSync(pool[i % pool.length], file);
    files.push(file);
  }
  const load = loadavg()[0];
  const step = SUBMISSIONS / SAMPLE;
  const sample = Array.from({ length: SAMPLE }, (_, k) => files[Math.floor(k * step)]);
  let baseline = 0;
  for (const file of sample) baseline += timed(["grade", file, "--format", "json"]);
  const perFile = baseline / SAMPLE;
  const batch = timed(["batch", classDir, "--out", join(root, "out"), "--jobs", String(JOBS)], [0, 3]);
  const ratio = (perFile * SUBMISSIONS) / batch;
  console.log(
    `batch: ${SUBMISSIONS} submissions in ${batch.toFixed(1)} s (${(SUBMISSIONS / batch).toFixed(2)}/s) with --jobs ${JOBS}; grader grade one at a time: ${perFile.toFixed(2)} s per file; ratio ${ratio.toFixed(2)}×`,
  );
  console.log(
    `  (${pool.length} distinct example submissions round-robin; baseline ${SAMPLE === SUBMISSIONS ? `on all ${SUBMISSIONS} files` : `measured on a sample of ${SAMPLE} files (every ${step}th) and extrapolated per file`}, run before the batch; load average ${load.toFixed(2)} at the start on ${availableParallelism()} cores)`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
