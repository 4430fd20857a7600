// GitHub Actions annotations: one ::error per failed test (one per file that did not load), one ::warning
// per infrastructure error.

import { callLanguage } from "../explain/call-text.js";
import type { GradeResult, TestResult } from "../grade/types.js";
import { explainTest } from "./plain-text.js";
import { formatPoints } from "./terminal.js";
import { workflowCommand } from "./workflow-command.js";

/** Where annotations point. Without `file` they attach to the run; without a line, to the whole file. */
export interface AnnotationOptions {
  /** The repository path of a submission's file, e.g. `(r) => r.submission`. */
  readonly file?: (result: GradeResult) => string | undefined;
  /** Where in that file a failed test points, e.g. the line of the student's exception. */
  readonly location?: (result: GradeResult, test: TestResult) => { readonly line?: number };
  /** Keep hidden tests' evidence (inputs, expected values); otherwise a hidden test shows name and status. */
  readonly showHidden?: boolean;
}

const NOWHERE = (): undefined => undefined;
const NO_LINE = (): { line?: number } => ({});

// Renders one workflow-command line per failed test or infrastructure error ("" when all passed).
export function renderAnnotations(results: readonly GradeResult[], options: AnnotationOptions = {}): string {
  const file = options.file ?? NOWHERE;
  const location = options.location ?? NO_LINE;
  const lines: string[] = [];
  for (const result of results) {
    const path = file(result);
    const fileProperty: [string, string][] = path ? [["file", path]] : [];
    if (result.kind === "infrastructure-error") {
      lines.push(
        workflowCommand(
          "warning",
          [...fileProperty, ["title", `${result.submission}: grading did not complete`]],
          `A problem in the grader, not in the submission: ${result.infrastructureError}`,
        ),
      );
    }
    const failed = result.tests.filter((test) => test.status === "failed");
    if (result.kind === "not-loaded" && failed.length > 0) {
      // One annotation for a file that did not load, not one per test (GitHub shows ten per step).
      const line = path ? location(result, failed[0]).line : undefined;
      const lineProperty: [string, string][] =
        line !== undefined && Number.isInteger(line) && line >= 1 ? [["line", String(line)]] : [];
      lines.push(
        workflowCommand(
          "error",
          [...fileProperty, ...lineProperty, ["title", `${result.submission}: the submission did not load`]],
          `${result.loadError}\nAll ${failed.length} tests failed until it loads.`,
        ),
      );
      continue;
    }
    for (const test of failed) {
      const line = path ? location(result, test).line : undefined;
      const lineProperty: [string, string][] =
        line !== undefined && Number.isInteger(line) && line >= 1 ? [["line", String(line)]] : [];
      const points = `${formatPoints(test.score)}/${formatPoints(test.maxScore)} points`;
      const evidence =
        options.showHidden === true || test.visibility === "visible"
          ? explainTest(test, callLanguage(result.language))
          : ["hidden test failed"];
      lines.push(
        workflowCommand(
          "error",
          [...fileProperty, ...lineProperty, ["title", `${result.submission}: ${test.name}`]],
          [...evidence, points].join("\n"),
        ),
      );
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}
