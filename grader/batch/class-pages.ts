// Writes the class page (OUT/index.html) and one page per student (OUT/students/<name>.html) from a
// batch's outcomes, for `grader batch` and `grader merge` alike (so both write the same bytes).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type ClassOutcome, classData } from "../report/class-page/class-data.js";
import { renderClassPage } from "../report/class-page/class-page.js";
import { renderHtml } from "../report/html.js";
import { writeFileIfChanged } from "./atomic-write.js";
import { compareIds } from "./discover.js";
import type { BatchIdentity, StudentOutcome } from "./outcome.js";
import { safeNamesFor } from "./safe-name.js";
import { summarize } from "./summary.js";

/** The class page's file name in OUTDIR, and the folder of the students' pages. */
export const CLASS_PAGE = "index.html";
export const STUDENT_PAGES = "students";

// Writes index.html and students/*.html (only files whose bytes change).
export async function writeClassPages(
  outDir: string,
  identity: BatchIdentity,
  outcomes: readonly StudentOutcome[],
): Promise<void> {
  const sorted = [...outcomes].sort((a, b) => compareIds(a.student, b.student));
  const safeNames = safeNamesFor(sorted.map((o) => o.student));
  mkdirSync(join(outDir, STUDENT_PAGES), { recursive: true });
  const classOutcomes = sorted.map((o): ClassOutcome => {
    if (o.status === "infrastructure-error")
      return { kind: o.status, student: o.student, message: o.message };
    const name = `${safeNames.get(o.student) ?? ""}.html`;
    writeFileIfChanged(join(outDir, STUDENT_PAGES, name), renderHtml(o.result));
    const page = `${STUDENT_PAGES}/${encodeURIComponent(name)}`;
    return o.status === "graded"
      ? { kind: "graded", student: o.student, page, result: o.result }
      : { kind: "submission-problem", student: o.student, page, result: o.result, problem: o.problem };
  });
  const page = await renderClassPage(summarize(identity, sorted), classData(classOutcomes));
  writeFileIfChanged(join(outDir, CLASS_PAGE), page);
}
