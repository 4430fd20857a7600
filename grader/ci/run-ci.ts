// `grader ci` as a function: check the grading setup, grade each submission, write the reports, and
// return what happened as data (the command prints it and sets the exit status).
import { defaultRubricPath, loadRubricOption } from "../cli/rubric-option.js";
import { expandSubmissionPaths } from "../cli/submission-files.js";
import { gradeSubmission } from "../grade/grade-submission.js";
import type { GradeResult } from "../grade/types.js";
import { renderJunit } from "../report/junit.js";
import { renderStepSummary } from "../report/step-summary.js";
import { annotationTargets } from "./annotation-targets.js";
import { renderCiConsole } from "./console-report.js";
import type { CiOptions } from "./options.js";
import { type AcceptedRubric, checkRubric, type Refusal } from "./rubric-integrity.js";
import { type CiVerdict, ciExitCode, verdictOf } from "./verdict.js";
import { appendStepSummary, writeJunitFile } from "./write-reports.js";

/** The outcome of a CI run: refused before grading, verified only, or graded. */
export type CiOutcome =
  | { readonly kind: "refused"; readonly refusal: Refusal }
  | { readonly kind: "verified"; readonly rubric: string; readonly check: AcceptedRubric }
  | {
      readonly kind: "graded";
      readonly results: readonly GradeResult[];
      readonly verdicts: readonly CiVerdict[];
      readonly exitCode: number;
      /** The text for the job log (annotations, the list, the verdict). */
      readonly log: string;
    };

// Runs the CI mode. Nothing from the submissions is read or run before the rubric has been checked.
export async function runCi(options: CiOptions, cwd: string = process.cwd()): Promise<CiOutcome> {
  const rubricPath = options.rubric ?? defaultRubricPath();
  const check = checkRubric({
    rubric: rubricPath,
    expectedSha256: options.rubricSha256,
    workspace: options.workspace,
  });
  if (check.kind === "refused") return { kind: "refused", refusal: check.refusal };
  const rubric = loadRubricOption(rubricPath);
  if (options.verifyOnly) return { kind: "verified", rubric: rubricPath, check };

  const results: GradeResult[] = [];
  for (const path of expandSubmissionPaths(options.paths)) {
    results.push(
      await gradeSubmission(path, { rubric, visibleOnly: options.visibleOnly, displayName: path }),
    );
  }
  const verdicts = results.map((result) => verdictOf(result, options.minScore));

  const showHidden = options.showHidden;
  writeJunitFile(options.junitPath, renderJunit(results, { visibleOnly: options.visibleOnly, showHidden }));
  const written: [string, string][] = [["JUnit report", options.junitPath]];
  if (options.summaryPath !== undefined) {
    appendStepSummary(options.summaryPath, renderStepSummary(results, { showHidden }));
    written.push(["step summary", options.summaryPath]);
  }
  const log = renderCiConsole(results, verdicts, {
    minScore: options.minScore,
    rubricTitle: rubric.title,
    annotations: { ...annotationTargets(options.workspace ?? cwd), showHidden },
    written,
  });
  return { kind: "graded", results, verdicts, exitCode: ciExitCode(verdicts), log };
}
