// `grader merge` in full: the merged outputs, then the class pages over the merged students.
import { resolve } from "node:path";
import { writeClassPages } from "./class-pages.js";
import { type MergeReport, mergeBatches } from "./merge.js";

// Merges `dirs` into `out` and writes index.html and students/*.html there, as `grader batch` does.
export async function mergeWithPages(dirs: readonly string[], out: string): Promise<MergeReport> {
  const report = mergeBatches(dirs, out);
  await writeClassPages(resolve(out), report.identity, report.outcomes);
  return report;
}
