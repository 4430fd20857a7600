// Shared plain-text pieces used by several reporters: headlines by result kind, the grader's notes,
// the hidden-tests line and the student's own output.
import { type CallLanguage, callText } from "../explain/call-text.js";
import { feedbackIsTrue } from "../explain/explain.js";
import { roundNumbersInText } from "../explain/numbers.js";
import type { GradeResult, GraderNote, TestResult } from "../grade/types.js";
import type { CapturedOutput } from "../runners/types.js";
import { sanitizeText } from "./sanitize.js";

/** The heading above the grader's own notes: they are not the student's output. */
export const NOTES_HEADING =
  "Notes from the grader (what it did to run your file; not printed by your code):";

// The one line that says what kind of result this is, when it is not a grade of every test.
export function resultHeadline(result: GradeResult): string {
  switch (result.kind) {
    case "not-loaded":
      return "Your submission could not be loaded, so no test could run. Fix this first:";
    case "infrastructure-error":
      return `Grading did not complete (a grader problem, not your code): ${sanitizeText(result.infrastructureError)}`;
    case "graded":
      return "";
  }
}

// The grader's notes under their heading, each once (empty when there are none).
export function noteLines(notes: readonly GraderNote[]): string[] {
  if (notes.length === 0) return [];
  return [NOTES_HEADING, ...notes.map((n) => sanitizeText(`  - ${locatedMessage(n)}`))];
}

// A note's text with its location in front, unless the message already starts with it.
function locatedMessage(note: GraderNote): string {
  if (note.location === undefined || note.message.startsWith(note.location)) return note.message;
  return `${note.location}: ${note.message}`;
}

// "11 hidden tests, 20 points, run at grading." when a check left tests out.
export function withheldLine(result: GradeResult): string | undefined {
  const w = result.withheld;
  if (w === undefined || w.tests === 0) return undefined;
  const tests = `${w.tests} hidden test${w.tests === 1 ? "" : "s"}`;
  return `${tests}, ${w.points} point${w.points === 1 ? "" : "s"}, run at grading.`;
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

// A test's full evidence, for reports that keep everything (Gradescope, JUnit, annotations, --details):
// the check's headline and evidence, each mistake found, the rubric paragraph when true, the replay data.
export function explainTest(test: TestResult, language: CallLanguage = "python"): string[] {
  const lines = [test.summary, ...test.details];
  if (test.status === "failed") {
    for (const m of test.mistakes) {
      if (!lines.some((l) => l.includes(m.fix))) lines.push(`Likely mistake: ${m.title}. ${m.fix}`);
    }
    if (feedbackIsTrue(test)) lines.push(test.feedback);
    const ce = test.counterexample;
    if (ce !== undefined) {
      lines.push(`Smallest failing input: ${callText(language, test.function, ce.layersDims)}`);
      lines.push(`fast-check seed ${ce.seed}, path "${ce.path}"`);
    }
  }
  return lines.map((l) => sanitizeText(roundNumbersInText(l)));
}
