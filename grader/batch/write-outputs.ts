// Writes a finished batch's outputs from its outcomes: results/, gradebook.csv, summary.json,
// summary.md and batch.json. A pure function of the outcomes, so one run and merged shards agree byte
// for byte; every file is replaced atomically, and only when its bytes change.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { GradeResult } from "../grade/types.js";
import { type GradebookRow, renderGradebook } from "../report/gradebook.js";
import { writeFileIfChanged } from "./atomic-write.js";
import { compareIds } from "./discover.js";
import { MANIFEST_FILE, renderManifest } from "./manifest.js";
import type { BatchIdentity, StudentOutcome } from "./outcome.js";
import { writeStudentResults } from "./result-files.js";
import { safeNamesFor } from "./safe-name.js";
import { summarize } from "./summary.js";
import { renderSummaryMarkdown } from "./summary-markdown.js";

/** The output files at the top of OUTDIR. */
export const OUTPUT_FILES = ["gradebook.csv", "summary.json", "summary.md", MANIFEST_FILE] as const;

// Writes every output for `outcomes` (any order: they are sorted by student id here).
export function writeOutputs(
  outDir: string,
  identity: BatchIdentity,
  shard: string | null,
  outcomes: readonly StudentOutcome[],
): void {
  const sorted = [...outcomes].sort((a, b) => compareIds(a.student, b.student));
  const safeNames = safeNamesFor(sorted.map((o) => o.student));
  mkdirSync(outDir, { recursive: true });
  for (const o of sorted)
    if (o.status !== "infrastructure-error")
      writeStudentResults(outDir, safeNames.get(o.student) ?? "", o.result);
  const rows: GradebookRow[] = sorted.map((o) => ({
    student: o.student,
    result: gradebookResult(identity, o),
    ...(o.status === "graded" && o.ignored !== undefined
      ? { picked: { graded: o.submission, ignored: o.ignored } }
      : {}),
  }));
  const summary = summarize(identity, sorted);
  writeFileIfChanged(join(outDir, "gradebook.csv"), renderGradebook(rows));
  writeFileIfChanged(join(outDir, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
  writeFileIfChanged(join(outDir, "summary.md"), renderSummaryMarkdown(summary));
  writeFileIfChanged(join(outDir, MANIFEST_FILE), renderManifest(identity, shard, sorted, safeNames));
}

// The result a gradebook row shows. An infrastructure error has no test scores at all, so no cell of
// its row can read as a zero: the totals are empty and the status says why.
function gradebookResult(identity: BatchIdentity, o: StudentOutcome): GradeResult {
  if (o.status !== "infrastructure-error") return o.result;
  const { file, assignment, title } = identity.rubric;
  return {
    kind: "infrastructure-error",
    submission: o.submission,
    language: "unknown",
    notes: [],
    rubric: { file, assignment, title },
    tests: [],
    output: { stdout: "", stderr: "", truncated: false },
    isolation: "none",
    infrastructureError: o.message,
  };
}
