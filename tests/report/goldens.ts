// The small cases whose exact output is kept as golden files: name → how to render it.
import { renderAnnotations } from "../../grader/report/annotations.js";
import { renderGradebook } from "../../grader/report/gradebook.js";
import { renderGradescope } from "../../grader/report/gradescope.js";
import { renderHtml } from "../../grader/report/html.js";
import { renderJson } from "../../grader/report/json.js";
import { renderJunit } from "../../grader/report/junit.js";
import { renderMarkdown } from "../../grader/report/markdown.js";
import { renderStepSummary } from "../../grader/report/step-summary.js";
import { CORRECT, INFRASTRUCTURE_ERROR, PARTIAL, TIMED } from "./fixtures.js";

/** Each golden file and the rendering it holds. */
export const GOLDEN_CASES: Readonly<Record<string, () => string>> = {
  "partial.junit.xml": () => renderJunit([PARTIAL, INFRASTRUCTURE_ERROR, TIMED]),
  "partial.annotations.txt": () =>
    renderAnnotations([PARTIAL, INFRASTRUCTURE_ERROR], {
      file: (r) => r.submission,
      location: (_r, test) => (test.id === "he.values.public" ? { line: 12 } : {}),
    }),
  "step-summary.md": () => renderStepSummary([CORRECT, PARTIAL, INFRASTRUCTURE_ERROR]),
  "gradebook.csv": () =>
    renderGradebook([
      { student: "s2", result: PARTIAL },
      { student: "s3", result: INFRASTRUCTURE_ERROR },
      { student: "s1", result: CORRECT },
    ]),
  "partial.md": () => renderMarkdown(PARTIAL),
  "partial.html": () => renderHtml(PARTIAL),
  "partial.json": () => renderJson(PARTIAL),
  "partial.gradescope.json": () => renderGradescope(PARTIAL),
};
