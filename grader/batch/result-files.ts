// Where a student's results go under OUTDIR, and writing them (only when their bytes change).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { GradeResult } from "../grade/types.js";
import { renderGradescope } from "../report/gradescope.js";
import { renderJson } from "../report/json.js";
import { writeFileIfChanged } from "./atomic-write.js";

/** The results folder's name in OUTDIR. */
export const RESULTS_FOLDER = "results";

// The two result files of a student with file name `safeName`, relative to OUTDIR ("/"-separated).
export function resultFiles(safeName: string): { json: string; gradescope: string } {
  return {
    json: `${RESULTS_FOLDER}/${safeName}.json`,
    gradescope: `${RESULTS_FOLDER}/${safeName}.gradescope.json`,
  };
}

// Writes results/<safeName>.json and .gradescope.json atomically. Never called for an infrastructure
// error, so an earlier good result stays where it is.
export function writeStudentResults(outDir: string, safeName: string, result: GradeResult): void {
  if (result.kind === "infrastructure-error")
    throw new Error(`results: an infrastructure error is not a result (${result.submission})`);
  mkdirSync(join(outDir, RESULTS_FOLDER), { recursive: true });
  const files = resultFiles(safeName);
  writeFileIfChanged(join(outDir, files.json), renderJson(result));
  writeFileIfChanged(join(outDir, files.gradescope), renderGradescope(result));
}
