// The results.json of a Gradescope run: the grade result as renderGradescope writes it, with the
// submission's id added, or a zero-score result saying why nothing could be graded.
import type { GradeResult } from "../grade/types.js";
import { renderGradescope } from "../report/gradescope.js";
import { sanitizeText } from "../report/sanitize.js";
import type { SubmissionMetadata } from "./metadata.js";

interface ResultsDocument {
  score: number;
  output: string;
  extra_data: Record<string, unknown>;
  [key: string]: unknown;
}

// results.json for a graded submission (hidden tests included: Gradescope applies each test's visibility).
export function gradedResults(result: GradeResult, metadata: SubmissionMetadata): string {
  const doc = JSON.parse(renderGradescope(result)) as ResultsDocument;
  return serialise(withSubmissionId(doc, metadata));
}

// results.json when there was nothing to grade: score 0 and the reason, in the student's words.
export function notGradedResults(message: string, metadata: SubmissionMetadata): string {
  const doc: ResultsDocument = {
    score: 0,
    output: `Not graded. ${sanitizeText(message)}`,
    output_format: "text",
    visibility: "visible",
    stdout_visibility: "visible",
    tests: [],
    extra_data: { not_graded: true },
  };
  return serialise(withSubmissionId(doc, metadata));
}

function withSubmissionId(doc: ResultsDocument, metadata: SubmissionMetadata): ResultsDocument {
  if (metadata.submissionId === undefined) return doc;
  return {
    ...doc,
    output: `Submission ${metadata.submissionId}.\n${doc.output}`,
    extra_data: { ...doc.extra_data, submission_id: metadata.submissionId },
  };
}

function serialise(doc: ResultsDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
