// `grader batch DIR --out OUTDIR`: grades a class into a gradebook, per-student results and a summary,
// resumably, optionally as one shard of several (see docs/batch.md).
import { join } from "node:path";
import type { Command } from "commander";
import { graderVersion } from "../../batch/fingerprint.js";
import { JOURNAL_FILE } from "../../batch/journal.js";
import { normalizeBatchOptions, type RawBatchOptions } from "../../batch/options.js";
import { barProgress, lineProgress, oneLine } from "../../batch/progress.js";
import { DEFAULT_RETRY } from "../../batch/retry.js";
import { BatchInterrupted, type BatchReport, runBatch } from "../../batch/run-batch.js";
import { formatShard } from "../../batch/shard.js";
import { gradeSubmission } from "../../grade/grade-submission.js";
import { ALLOW_UNISOLATED, requirePrivateFilesystem } from "../isolation-gate.js";
import { loadRubricOption } from "../rubric-option.js";

/** Exit status of a batch that finished with infrastructure errors left (its gradebook is incomplete). */
export const INFRASTRUCTURE_EXIT_CODE = 3;
/** Exit status after Ctrl-C: 128 + SIGINT (2), as shells report a command stopped by it. */
export const INTERRUPTED_EXIT_CODE = 130;

// Adds `batch` to the program.
export function registerBatchCommand(program: Command): void {
  program
    .command("batch")
    .description("grade a folder of submissions (a file or a folder per student) into OUTDIR")
    .argument("<dir>", "folder with one submission file or one folder per student")
    .requiredOption(
      "--out <outdir>",
      "output folder: gradebook.csv, results/, summary.json/md, journal, cache",
    )
    .option("--jobs <n>", "submissions graded at once (default: the number of cores)")
    .option("--resume", "finish or update the batch already in OUTDIR, regrading nothing finished")
    .option("--shard <i/n>", "grade only shard i of n (1-based; a stable hash partition of student ids)")
    .option("--shards <n>", "shard count when the index comes from JOB_COMPLETION_INDEX (Kubernetes)")
    .option("--rubric <file>", "rubric YAML file (default: the bundled Initialization rubric)")
    .option(ALLOW_UNISOLATED, "grade even where no sandbox with a private filesystem works")
    .action(async (dir: string, raw: RawBatchOptions & { rubric?: string; allowUnisolated?: boolean }) => {
      await requirePrivateFilesystem("batch", raw.allowUnisolated);
      const rubric = loadRubricOption(raw.rubric);
      const options = normalizeBatchOptions(dir, raw, rubric, graderVersion());
      const stderr = process.stderr;
      const interrupt = new AbortController();
      const onSigint = () => interrupt.abort();
      process.once("SIGINT", onSigint);
      let report: BatchReport;
      try {
        report = await runBatch(options, {
          grade: (file, name) => gradeSubmission(file, { rubric, visibleOnly: false, displayName: name }),
          retry: DEFAULT_RETRY,
          progress: (total) => (stderr.isTTY ? barProgress(stderr, total) : lineProgress(stderr, total)),
          interrupt: interrupt.signal,
        });
      } catch (error) {
        if (!(error instanceof BatchInterrupted)) throw error;
        stderr.write(interruptedText(error, raw.out, process.argv.slice(2)));
        // Gradings still running are abandoned: their drivers are killed as the process exits.
        process.exit(INTERRUPTED_EXIT_CODE);
      } finally {
        process.removeListener("SIGINT", onSigint);
      }
      process.stdout.write(closingLine(report, raw.out, options.shard && formatShard(options.shard)));
      if (report.outcomes.some((o) => o.status === "infrastructure-error"))
        process.exitCode = INFRASTRUCTURE_EXIT_CODE;
    });
}

// "done: 8 students into out/ — graded 5, resumed 2, cached 1, submission problems 0, infrastructure errors 0"
function closingLine(report: BatchReport, out: string, shard: string | undefined): string {
  const count = (test: (o: BatchReport["outcomes"][number]) => boolean) =>
    report.outcomes.filter(test).length;
  const source = (s: string) => count((o) => o.status === "graded" && o.source === s);
  const parts = [
    `graded ${source("graded")}`,
    `resumed ${source("resumed")}`,
    `cached ${source("cached")}`,
    `submission problems ${count((o) => o.status === "submission-problem")}`,
    `infrastructure errors ${count((o) => o.status === "infrastructure-error")}`,
  ];
  const where = shard === undefined ? "" : ` (shard ${shard} of ${report.found} found)`;
  const notes = [
    ...(report.skipped.length > 0
      ? [`skipped (not submissions): ${report.skipped.map(oneLine).join(", ")}`]
      : []),
    ...(report.tornBytes > 0 ? [`journal: cut off a torn last line (${report.tornBytes} bytes)`] : []),
  ];
  return [
    ...notes,
    `done: ${report.outcomes.length} students${where} into ${out} — ${parts.join(", ")}`,
    "",
  ].join("\n");
}

// "interrupted: 2 of 6 students finished and kept in out/journal.jsonl; to grade the other 4, run:" and
// the same command line with --resume.
export function interruptedText(error: BatchInterrupted, out: string, args: readonly string[]): string {
  const resume = args.includes("--resume") ? args : [...args, "--resume"];
  const left = error.total - error.finished;
  return [
    `interrupted: ${error.finished} of ${error.total} students finished and kept in ${join(out, JOURNAL_FILE)}; to grade the other ${left}, run:`,
    `  grader ${resume.map(shellQuote).join(" ")}`,
    "",
  ].join("\n");
}

// An argument as a POSIX shell reads it back: bare when it is plain, else in single quotes.
function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
