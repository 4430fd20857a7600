// What the Markdown and HTML reports show, computed once from a grade result (still raw, unescaped text).
import { totals } from "../grade/score.js";
import type { GradeResult, TestResult } from "../grade/types.js";
import { formatPoints } from "./terminal.js";

/** One row of the tests table. */
export interface ReportRow {
  readonly name: string;
  readonly status: TestResult["status"];
  /** "hidden", "after_due_date", … for tests students do not see yet; empty when visible. */
  readonly visibility: string;
  readonly points: string;
}

/** The explanation of one failed test. */
export interface ReportFailure {
  readonly name: string;
  readonly summary: string;
  readonly details: string;
  readonly diagnosis?: string;
  readonly feedback: string;
  readonly replay?: string;
}

/** A stream the submission printed on. */
export interface ReportOutput {
  readonly label: string;
  readonly text: string;
}

/** A per-submission report before rendering. */
export interface SubmissionReport {
  readonly submission: string;
  readonly about: string;
  /** "3/5 points (1 passed, 2 failed)", or that there is no grade. */
  readonly total: string;
  readonly infrastructureError?: string;
  readonly rows: readonly ReportRow[];
  readonly failures: readonly ReportFailure[];
  readonly outputs: readonly ReportOutput[];
}

// Gathers what a per-submission report shows; renderers only escape and lay it out.
export function submissionReport(result: GradeResult): SubmissionReport {
  const t = totals(result.tests);
  const duration = result.durationMs === undefined ? "" : ` · ${(result.durationMs / 1000).toFixed(1)} s`;
  const note = result.output.truncated ? " (truncated)" : "";
  const outputs: ReportOutput[] = [];
  if (result.output.stdout.trim())
    outputs.push({ label: `Printed on stdout${note}`, text: result.output.stdout.trimEnd() });
  if (result.output.stderr.trim())
    outputs.push({ label: `Printed on stderr${note}`, text: result.output.stderr.trimEnd() });
  return {
    submission: result.submission,
    about: `${result.rubric.title} · ${result.language} · isolation: ${result.isolation}${duration}`,
    total:
      result.infrastructureError === undefined
        ? `${formatPoints(t.score)}/${formatPoints(t.maxScore)} points (${t.passed} passed, ${t.failed} failed)`
        : "no grade (grading did not complete)",
    ...(result.infrastructureError === undefined ? {} : { infrastructureError: result.infrastructureError }),
    rows: result.tests.map((test) => ({
      name: test.name,
      status: test.status,
      visibility: test.visibility === "visible" ? "" : test.visibility,
      points: `${formatPoints(test.score)}/${formatPoints(test.maxScore)}`,
    })),
    failures: result.tests.filter((test) => test.status === "failed").map(failureOf),
    outputs,
  };
}

function failureOf(test: TestResult): ReportFailure {
  const { diagnosis } = test;
  // Like explainTest: a diagnosis already spelled out in the summary or details is not repeated.
  const repeated =
    diagnosis !== undefined && [test.summary, ...test.details].some((l) => l.includes(diagnosis.fix));
  return {
    name: test.name,
    summary: test.summary,
    details: test.details.join("\n"),
    ...(diagnosis && !repeated ? { diagnosis: `${diagnosis.title}. ${diagnosis.fix}` } : {}),
    feedback: test.feedback,
    ...(test.replay ? { replay: test.replay } : {}),
  };
}
