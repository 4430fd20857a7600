// Writes the CI run's files: the JUnit report (replaced) and the step summary (appended, as GitHub expects).
import { appendFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

// Writes the JUnit XML through a temporary file, so a reader never sees half a report.
export function writeJunitFile(path: string, xml: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  rmSync(temp, { force: true });
  writeFileSync(temp, xml, { flag: "wx" });
  renameSync(temp, path);
}

// Appends Markdown to the step summary file; other steps of the job write to the same file.
export function appendStepSummary(path: string, markdown: string): void {
  mkdirSync(dirname(path), { recursive: true });
  appendFileSync(path, markdown);
}
