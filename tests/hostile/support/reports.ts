// Every report a grading can end up in, rendered from one result, so that tests can search them all at once.
import type { GradeResult } from "../../../grader/grade/types.js";
import { renderAnnotations } from "../../../grader/report/annotations.js";
import { renderGradebook } from "../../../grader/report/gradebook.js";
import { REPORTERS } from "../../../grader/report/registry.js";
import { renderStepSummary } from "../../../grader/report/step-summary.js";

/** Format name → rendered text. */
export type RenderedReports = Readonly<Record<string, string>>;

// Each single-submission format, plus the batch formats (gradebook, annotations, step summary) for it alone.
export function renderEveryReport(result: GradeResult): RenderedReports {
  const context = { color: false, heading: "grader grade" };
  const rendered: Record<string, string> = {};
  for (const [name, reporter] of Object.entries(REPORTERS)) rendered[name] = reporter(result, context);
  rendered.gradebook = renderGradebook([{ student: result.submission, result }]);
  rendered.annotations = renderAnnotations([result], { file: (r) => r.submission });
  rendered.stepSummary = renderStepSummary([result]);
  rendered.capturedOutput = `${result.output.stdout}\n${result.output.stderr}`;
  return rendered;
}

/** The formats (and the captured output) in which any of `needles` appears. */
export function formatsContaining(reports: RenderedReports, needles: readonly string[]): string[] {
  return Object.entries(reports)
    .filter(([, text]) => needles.some((needle) => text.includes(needle)))
    .map(([name]) => name);
}
