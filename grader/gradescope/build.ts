// `grader gradescope build` as a function: validate the rubric, assemble the entries, write the zip.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { sha256File } from "../ci/rubric-integrity.js";
import { defaultRubricPath, loadRubricOption } from "../cli/rubric-option.js";
import { autograderEntries } from "./autograder-files.js";
import { writeZip } from "./zip.js";

/** Where the zip goes and which rubric it carries (undefined: the bundled rubric). */
export interface BuildOptions {
  readonly out: string;
  readonly rubric: string | undefined;
}

/** What was written, for the command's report. */
export interface BuildOutcome {
  readonly out: string;
  readonly entries: number;
  readonly bytes: number;
  readonly rubric: string;
  readonly rubricSha256: string;
  readonly title: string;
}

// Writes the autograder zip. The rubric is loaded first, so a broken one fails here, not on Gradescope.
export function buildAutograder(options: BuildOptions): BuildOutcome {
  const rubricPath = options.rubric ?? defaultRubricPath();
  const rubric = loadRubricOption(rubricPath);
  const entries = autograderEntries(rubricPath);
  const zip = writeZip(entries);
  mkdirSync(dirname(options.out), { recursive: true });
  const temp = `${options.out}.${process.pid}.tmp`;
  rmSync(temp, { force: true });
  writeFileSync(temp, zip, { flag: "wx" });
  renameSync(temp, options.out);
  return {
    out: options.out,
    entries: entries.length,
    bytes: zip.length,
    rubric: rubricPath,
    rubricSha256: sha256File(rubricPath),
    title: rubric.title,
  };
}
