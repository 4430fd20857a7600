// Shared plain-text pieces used by several reporters: a test's explanation and the student's output.
import type { TestResult } from "../grade/types.js";
import type { CapturedOutput, GraderNote } from "../runners/types.js";
import { sanitizeText } from "./sanitize.js";

// The lines that explain one test result: summary, evidence, diagnosis, teaching text, replay.
export function explainTest(test: TestResult): string[] {
  const lines = [test.summary, ...test.details];
  if (test.status === "failed") {
    if (test.diagnosis && !lines.some((l) => l.includes(test.diagnosis?.fix ?? "")))
      lines.push(`Likely mistake: ${test.diagnosis.title}. ${test.diagnosis.fix}`);
    if (test.feedback) lines.push(test.feedback);
    if (test.replay) lines.push(`To reproduce: ${test.replay}`);
  }
  return lines.map(sanitizeText);
}

// The grader's notes under their own heading, apart from the student's output (empty when there are none).
export function notesSection(notes: readonly GraderNote[] | undefined): string[] {
  if (notes === undefined || notes.length === 0) return [];
  return [
    "Notes from the grader (not your output):",
    ...notes.map((note) => `  - ${sanitizeText(note.message)}`),
  ];
}

// The lines showing what the submission printed (empty when it printed nothing).
export function outputSection(output: CapturedOutput): string[] {
  const lines: string[] = [];
  const note = output.truncated ? " (truncated)" : "";
  if (output.stdout.trim())
    lines.push(`Your code printed on stdout${note}:`, sanitizeText(output.stdout.trimEnd()));
  if (output.stderr.trim())
    lines.push(`Your code printed on stderr${note}:`, sanitizeText(output.stderr.trimEnd()));
  return lines;
}
