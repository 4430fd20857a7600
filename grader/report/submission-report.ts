// What the Markdown and HTML reports show, computed once from a grade result (still raw, unescaped text).
import { type CallLanguage, callLanguage, callText } from "../explain/call-text.js";
import { explainResult, feedbackIsTrue } from "../explain/explain.js";
import { roundNumbersInText } from "../explain/numbers.js";
import { totals } from "../grade/score.js";
import type { GradeResult, TestResult } from "../grade/types.js";
import { noteLines } from "./plain-text.js";
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

/** One function's root causes, as the explanation step words them. */
export interface ReportCause {
  readonly function: string;
  readonly lines: readonly string[];
}

/** A per-submission report before rendering. */
export interface SubmissionReport {
  readonly submission: string;
  readonly about: string;
  /** "3/5 points (1 passed, 2 failed)", or that there is no grade. */
  readonly total: string;
  readonly infrastructureError?: string;
  /** The load failure, said once, when the submission did not load. */
  readonly loadError?: string;
  /** Per failing function: its root causes, said once. */
  readonly causes: readonly ReportCause[];
  /** The grader's own notes, apart from the submission's output. */
  readonly notes: readonly string[];
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
  const language = callLanguage(result.language);
  return {
    submission: result.submission,
    about: `${result.rubric.title} · ${result.language} · isolation: ${result.isolation}${duration}`,
    total:
      result.kind !== "infrastructure-error"
        ? `${formatPoints(t.score)}/${formatPoints(t.maxScore)} points (${t.passed} passed, ${t.failed} failed)`
        : "no grade (grading did not complete)",
    ...(result.kind === "infrastructure-error" ? { infrastructureError: result.infrastructureError } : {}),
    ...(result.kind === "not-loaded" ? { loadError: result.loadError } : {}),
    causes: result.kind === "graded" ? causesOf(result) : [],
    notes: noteLines(result.notes).slice(1),
    rows: result.tests.map((test) => ({
      name: test.name,
      status: test.status,
      visibility: test.visibility === "visible" ? "" : test.visibility,
      points: `${formatPoints(test.score)}/${formatPoints(test.maxScore)}`,
    })),
    // A file that did not load is one finding, said once above, not one per test.
    failures:
      result.kind === "graded"
        ? result.tests.filter((test) => test.status === "failed").map((test) => failureOf(test, language))
        : [],
    outputs,
  };
}

function failureOf(test: TestResult, language: CallLanguage): ReportFailure {
  const explained = [test.summary, ...test.details];
  const mistakes = test.mistakes.filter((m) => !explained.some((l) => l.includes(m.fix)));
  const ce = test.counterexample;
  return {
    name: test.name,
    summary: roundNumbersInText(test.summary),
    details: test.details.map(roundNumbersInText).join("\n"),
    ...(mistakes.length > 0 ? { diagnosis: mistakes.map((m) => `${m.title}. ${m.fix}`).join(" ") } : {}),
    feedback: feedbackIsTrue(test) ? test.feedback : "",
    ...(ce === undefined
      ? {}
      : {
          replay: `${callText(language, test.function, ce.layersDims)} (fast-check seed ${ce.seed}, path "${ce.path}")`,
        }),
  };
}

// Each failing function's root causes in lines: what, evidence, fix, consequence.
function causesOf(result: GradeResult): ReportCause[] {
  return explainResult(result)
    .filter((story) => story.causes.length > 0)
    .map((story) => ({
      function: story.function,
      lines: story.causes.flatMap((c) => [
        roundNumbersInText(c.evidence === undefined ? c.what : `${c.what}: ${c.evidence}`),
        ...(c.fix === undefined ? [] : [`Fix: ${c.fix}`]),
        ...(c.consequence === undefined ? [] : [`Consequence: ${c.consequence}`]),
      ]),
    }));
}
