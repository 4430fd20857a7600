// Runs a batch: finds the students (of this shard), settles each with bounded concurrency, then writes
// the outputs. Returns what happened as data; the command prints it.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import pLimit from "p-limit";
import { UsageError } from "../cli/usage-error.js";
import { writeClassPages } from "./class-pages.js";
import { discoverStudents } from "./discover.js";
import { gradedKeys, JOURNAL_FILE, openJournal, readJournal } from "./journal.js";
import type { BatchOptions } from "./options.js";
import type { StudentOutcome } from "./outcome.js";
import type { Progress } from "./progress.js";
import type { GradeFunction, RetryPolicy } from "./retry.js";
import { safeNamesFor } from "./safe-name.js";
import { settleStudent } from "./settle-student.js";
import { formatShard, inShard } from "./shard.js";
import { writeOutputs } from "./write-outputs.js";

/** What a batch uses from outside: the grading engine, the retry policy, the progress display. */
export interface BatchDependencies {
  readonly grade: GradeFunction;
  readonly retry: RetryPolicy;
  /** Called once the number of students is known. */
  readonly progress: (total: number) => Progress;
  /** Aborted on Ctrl-C: the batch stops at once; what the journal holds is kept for --resume. */
  readonly interrupt?: AbortSignal;
}

/** Thrown when the interrupt signal stops a batch: the progress display is already stopped. */
export class BatchInterrupted extends Error {
  override readonly name = "BatchInterrupted";
  constructor(
    /** Students finished (and journaled) before the interrupt. */
    readonly finished: number,
    readonly total: number,
  ) {
    super(`batch interrupted after ${finished} of ${total} students`);
  }
}

/** What a batch did, for the closing line. */
export interface BatchReport {
  /** Outcomes sorted by student id. */
  readonly outcomes: readonly StudentOutcome[];
  /** Students in the folder, before sharding. */
  readonly found: number;
  /** Entries that were not taken as submissions (with why, for links). */
  readonly skipped: readonly string[];
  /** Journal bytes of a torn last line cut off on resume. */
  readonly tornBytes: number;
}

// Grades the folder into options.outDir; see docs/batch.md for the layout of the output folder.
export async function runBatch(options: BatchOptions, deps: BatchDependencies): Promise<BatchReport> {
  const { outDir } = options;
  const discovery = discoverStudents(options.dir, [outDir]);
  if (discovery.students.length === 0) throw new UsageError(`no submissions found in ${options.dir}`);
  const students = discovery.students.filter((s) => inShard(s.id, options.shard));
  safeNamesFor(students.map((s) => s.id));
  mkdirSync(outDir, { recursive: true });
  const journalPath = join(outDir, JOURNAL_FILE);
  const contents = readJournal(journalPath);
  const journal = openJournal(journalPath, contents);
  const progress = deps.progress(students.length);
  const limit = pLimit(options.jobs);
  // After an interrupt, gradings still running may finish before the process exits: they write nothing.
  let stopped = false;
  let finished = 0;
  const context = {
    outDir,
    rubric: options.rubric,
    identity: options.identity,
    journaled: gradedKeys(contents.entries),
    journal: {
      append: (entry: Parameters<typeof journal.append>[0]) => {
        if (!stopped) journal.append(entry);
      },
      close: () => journal.close(),
    },
    grade: deps.grade,
    retry: deps.retry,
    note: (message: string) => {
      if (!stopped) progress.note(message);
    },
  };
  // allSettled: a harness bug in one student must not close the journal under the others still running.
  const all = Promise.allSettled(
    students.map((student) =>
      limit(async () => {
        if (stopped) throw new BatchInterrupted(finished, students.length);
        const outcome = await settleStudent(student, context);
        if (!stopped) {
          finished++;
          progress.finished(outcome);
        }
        return outcome;
      }),
    ),
  );
  const settled = await untilInterrupted(all, deps.interrupt);
  if (settled === INTERRUPTED) {
    stopped = true;
    progress.stop();
    journal.close();
    throw new BatchInterrupted(finished, students.length);
  }
  progress.stop();
  journal.close();
  const outcomes: StudentOutcome[] = [];
  for (const s of settled) {
    if (s.status === "rejected") throw s.reason;
    outcomes.push(s.value);
  }
  const shard = options.shard === undefined ? null : formatShard(options.shard);
  writeOutputs(outDir, options.identity, shard, outcomes);
  await writeClassPages(outDir, options.identity, outcomes);
  return {
    outcomes,
    found: discovery.students.length,
    skipped: discovery.skipped,
    tornBytes: contents.tornBytes,
  };
}

const INTERRUPTED = Symbol("interrupted");

// The work's result, or INTERRUPTED as soon as the signal is aborted (the work is left running). The
// work never rejects (it is an allSettled).
function untilInterrupted<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T | typeof INTERRUPTED> {
  if (signal === undefined) return work;
  return new Promise((resolve) => {
    const onAbort = () => resolve(INTERRUPTED);
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    void work.then((value) => {
      signal.removeEventListener("abort", onAbort);
      resolve(value);
    });
  });
}
