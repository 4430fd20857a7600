// OUTDIR/batch.json: the finished batch's state, written last. `grader merge` reads it to combine shards;
// it holds no timestamps or counts of this run, so it is the same for one run and for merged shards.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../cli/usage-error.js";
import type { BatchIdentity, RubricInfo, StudentOutcome } from "./outcome.js";
import { resultFiles } from "./result-files.js";

/** Version of the batch.json format. */
export const MANIFEST_VERSION = 1;
/** The manifest's file name in OUTDIR. */
export const MANIFEST_FILE = "batch.json";

/** One student as batch.json lists it. */
export interface ManifestStudent {
  readonly student: string;
  readonly status: StudentOutcome["status"];
  readonly key: string;
  /** The submission's path relative to the submissions folder, and the sha256 of its bytes. */
  readonly submission?: string;
  readonly sha256?: string;
  /** The result file, relative to OUTDIR (grades and submission problems). */
  readonly result?: string;
  /** The submission problem or the infrastructure error. */
  readonly message?: string;
  /** Other candidate files of the student's folder that were not graded. */
  readonly ignored?: readonly string[];
}

/** The whole batch.json. */
export interface BatchManifest {
  readonly format_version: typeof MANIFEST_VERSION;
  readonly rubric: RubricInfo;
  readonly grader: string;
  /** "i/n" for a shard's output, null for a whole batch (or a merge of every shard). */
  readonly shard: string | null;
  readonly students: readonly ManifestStudent[];
}

// Renders batch.json for outcomes already sorted by student id.
export function renderManifest(
  identity: BatchIdentity,
  shard: string | null,
  outcomes: readonly StudentOutcome[],
  safeNames: ReadonlyMap<string, string>,
): string {
  const students: ManifestStudent[] = outcomes.map((o) => {
    const base = { student: o.student, status: o.status, key: o.key };
    const result = resultFiles(safeNames.get(o.student) ?? "").json;
    if (o.status === "submission-problem") return { ...base, result, message: o.problem };
    const source = { submission: o.submission, sha256: o.sha256 };
    if (o.status === "infrastructure-error") return { ...base, ...source, message: o.message };
    return { ...base, ...source, result, ...(o.ignored === undefined ? {} : { ignored: o.ignored }) };
  });
  const doc: BatchManifest = {
    format_version: MANIFEST_VERSION,
    rubric: identity.rubric,
    grader: identity.grader,
    shard,
    students,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

// Reads OUTDIR/batch.json; a missing or foreign file is a usage error naming the folder.
export function readManifest(outDir: string): BatchManifest {
  const path = join(outDir, MANIFEST_FILE);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new UsageError(
      missing
        ? `${outDir}: no ${MANIFEST_FILE}; the batch did not finish (run grader batch again with --resume)`
        : `${path}: not valid JSON`,
    );
  }
  const doc = data as Partial<BatchManifest>;
  if (doc?.format_version !== MANIFEST_VERSION || !Array.isArray(doc.students) || doc.rubric === undefined)
    throw new UsageError(`${path}: not a batch.json of version ${MANIFEST_VERSION}`);
  return doc as BatchManifest;
}
