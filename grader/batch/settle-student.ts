// One student's way through a batch: resumed from the journal, taken from the cache, or graded (with
// retries). Every grade is in the cache and results/ before its journal line is written, so a kill at
// any moment loses at most the grading in flight.
import { readFile } from "node:fs/promises";
import type { Rubric } from "../rubric/types.js";
import { readCachedResult, writeCachedResult } from "./cache.js";
import type { Student } from "./discover.js";
import { cacheKey, sha256 } from "./fingerprint.js";
import { type EntryBase, JOURNAL_VERSION, type JournalWriter, journalKey } from "./journal.js";
import type { BatchIdentity, StudentOutcome } from "./outcome.js";
import { submissionProblemResult } from "./problem-result.js";
import { oneLine } from "./progress.js";
import { resultFiles, writeStudentResults } from "./result-files.js";
import { type GradeFunction, gradeWithRetries, type RetryPolicy } from "./retry.js";
import { safeFileName } from "./safe-name.js";

/** What settling a student needs from the batch. */
export interface SettleContext {
  readonly outDir: string;
  readonly rubric: Rubric;
  readonly identity: BatchIdentity;
  /** journalKey(student, key) of every grade the journal already holds. */
  readonly journaled: ReadonlySet<string>;
  readonly journal: JournalWriter;
  readonly grade: GradeFunction;
  readonly retry: RetryPolicy;
  readonly note: (message: string) => void;
}

// Brings one student to a final outcome, writing their results and journal line.
export async function settleStudent(student: Student, ctx: SettleContext): Promise<StudentOutcome> {
  const { outDir, identity } = ctx;
  const safeName = safeFileName(student.id);
  if (student.kind === "problem") {
    const key = sha256(
      ["problem", identity.grader, identity.rubric.sha256, student.id, student.problem].join("\n"),
    );
    const result = submissionProblemResult(ctx.rubric, student.id, student.problem);
    writeCachedResult(outDir, key, result);
    writeStudentResults(outDir, safeName, result);
    return { status: "submission-problem", student: student.id, key, problem: student.problem, result };
  }
  const submissionSha = sha256(await readFile(student.file));
  const key = cacheKey({
    grader: identity.grader,
    rubricSha256: identity.rubric.sha256,
    name: student.name,
    submissionSha256: submissionSha,
  });
  const entry: EntryBase = {
    v: JOURNAL_VERSION,
    student: student.id,
    submission: student.name,
    sha256: submissionSha,
    key,
  };
  const cached = readCachedResult(outDir, key);
  if (cached !== undefined) {
    writeStudentResults(outDir, safeName, cached);
    const resumed = ctx.journaled.has(journalKey(student.id, key));
    if (!resumed) ctx.journal.append({ ...entry, status: "graded", result: resultFiles(safeName).json });
    const source = resumed ? "resumed" : "cached";
    return { status: "graded", ...identityOf(entry), result: cached, source, ...ignoredOf(student) };
  }
  const attempted = await gradeWithRetries(ctx.grade, student.file, student.name, ctx.retry, (n, why) =>
    ctx.note(
      `${oneLine(student.id)}: infrastructure error, attempt ${n} of ${ctx.retry.retries + 1}: ${oneLine(why)}`,
    ),
  );
  if (attempted.kind === "infrastructure-error") {
    ctx.journal.append({ ...entry, status: "infrastructure-error", message: attempted.message });
    return { status: "infrastructure-error", ...identityOf(entry), message: attempted.message };
  }
  writeCachedResult(outDir, key, attempted.result);
  writeStudentResults(outDir, safeName, attempted.result);
  ctx.journal.append({ ...entry, status: "graded", result: resultFiles(safeName).json });
  return {
    status: "graded",
    ...identityOf(entry),
    result: attempted.result,
    source: "graded",
    ...ignoredOf(student),
  };
}

function ignoredOf(student: Extract<Student, { kind: "submission" }>) {
  return student.ignored.length === 0 ? {} : { ignored: student.ignored };
}

function identityOf(entry: { student: string; submission: string; sha256: string; key: string }) {
  return { student: entry.student, submission: entry.submission, sha256: entry.sha256, key: entry.key };
}
