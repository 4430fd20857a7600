// The terminal report: per graded function one line, and under a failing one its root causes (said once)
// and one line per failed test; `details` adds every test's full evidence. Colour only on a TTY.
import { createColors } from "picocolors";
import { explainResult } from "../explain/explain.js";
import { roundNumbersInText } from "../explain/numbers.js";
import type { FunctionStory, TestLine } from "../explain/types.js";
import { totals } from "../grade/score.js";
import type { GradeResult, TestResult } from "../grade/types.js";
import { noteLines, outputSection, resultHeadline, withheldLine } from "./plain-text.js";
import { sanitizeText } from "./sanitize.js";
import { visibleText } from "./visible-text.js";

/** Rendering choices for the terminal report. */
export interface TerminalOptions {
  readonly color: boolean;
  /** Title line, e.g. "grader check" or "grader grade". */
  readonly heading: string;
  /** Every test's full evidence (worst elements, error norms, cost log, gradient norms, replay seed). */
  readonly details?: boolean;
}

type Colors = ReturnType<typeof createColors>;

// Renders a grade result for a person reading a terminal.
export function renderTerminal(result: GradeResult, options: TerminalOptions): string {
  const c = createColors(options.color);
  const out: string[] = [];
  out.push(c.bold(`${options.heading}: ${oneLine(result.submission)}`));
  out.push(c.dim(`${result.rubric.title} · ${result.language} · isolation: ${result.isolation}`));
  for (const caveat of result.isolationCaveats ?? []) out.push(c.dim(`  not isolated: ${caveat}`));
  out.push("");
  switch (result.kind) {
    case "not-loaded":
      // One explanation instead of the same one under every test: nothing can run until the file loads.
      out.push(c.red(resultHeadline(result)));
      out.push(...indent(visibleText(result.loadError), "    "));
      break;
    case "infrastructure-error":
      out.push(c.red(resultHeadline(result)));
      break;
    case "graded":
      for (const story of explainResult(result))
        out.push(...functionLines(story, c, options.details === true));
      break;
  }
  const notes = noteLines(result.notes);
  if (notes.length > 0) out.push("", ...notes.map((l) => c.dim(visibleText(l))));
  const printed = outputSection(result.output);
  if (printed.length > 0) out.push("", ...printed.map((l) => c.dim(visibleText(l))));
  out.push("");
  const withheld = withheldLine(result);
  if (withheld !== undefined) out.push(withheld);
  out.push(totalLine(result, c));
  return `${out.join("\n")}\n`;
}

// A function's block: one line when it passed; its causes and failed tests when it did not.
function functionLines(story: FunctionStory, c: Colors, details: boolean): string[] {
  const points = c.dim(`${formatPoints(story.score)}/${formatPoints(story.maxScore)} points`);
  const out = [`${story.passed ? c.green("✓") : c.red("✗")} ${story.function}  ${points}`];
  for (const cause of story.causes) {
    const evidence = cause.evidence === undefined ? "" : `: ${cause.evidence}`;
    out.push(...text(`${cause.what}${evidence}`, "    "));
    if (cause.fix !== undefined) out.push(...text(`Fix: ${cause.fix}`, "    "));
    if (cause.consequence !== undefined) out.push(...text(`Consequence: ${cause.consequence}`, "    "));
  }
  if (!details && sharesOneFailure(story)) {
    const pts = `0/${formatPoints(story.maxScore)}`;
    out.push(
      ...text(`${c.red("✗")} all ${story.tests.length} tests  ${c.dim(pts)}: ${story.tests[0].line}`, "    "),
    );
    return out;
  }
  for (const line of story.tests) {
    const mark = line.test.status === "passed" ? c.green("✓") : c.red("✗");
    const pts = `${formatPoints(line.test.score)}/${formatPoints(line.test.maxScore)}`;
    out.push(...text(`${mark} ${testTitle(line.test)}  ${c.dim(pts)}: ${line.line}`, "    "));
    if (line.reproduce !== undefined)
      out.push(...text(`smallest failing input: ${line.reproduce}`, "        "));
    if (details) out.push(...detailLines(line));
  }
  if (details) {
    for (const test of story.passedTests) out.push(`    ${c.green("✓")} ${testTitle(test)}`);
  }
  return out;
}

// Every test of the function failed outright for the same stated reason: one line says so for all of them.
function sharesOneFailure(story: FunctionStory): boolean {
  const [first] = story.tests;
  return (
    first !== undefined &&
    story.tests.length > 1 &&
    story.passedTests.length === 0 &&
    story.tests.every((l) => l.test.score === 0 && l.causeIndex !== undefined && l.line === first.line)
  );
}

// The full evidence of one test, for --details.
function detailLines(line: TestLine): string[] {
  const t = line.test;
  const out = [t.summary, ...t.details];
  if (t.counterexample !== undefined)
    out.push(`fast-check seed ${t.counterexample.seed}, path "${t.counterexample.path}"`);
  if (line.feedback !== undefined) out.push(line.feedback);
  return out.flatMap((l) => text(roundNumbersInText(l), "        "));
}

// "values for the course's example input" from "initialize_parameters_he: values for …".
export function testTitle(test: TestResult): string {
  const prefix = `${test.function}: `;
  return test.name.startsWith(prefix) ? test.name.slice(prefix.length) : test.name;
}

// "Total: 13.67/18 points (9 passed, 3 failed)", or that there is no grade.
function totalLine(result: GradeResult, c: Colors): string {
  if (result.kind === "infrastructure-error") return c.bold("No grade: grading did not complete.");
  const t = totals(result.tests);
  const summary = `Total: ${formatPoints(t.score)}/${formatPoints(t.maxScore)} points (${t.passed} passed, ${t.failed} failed)`;
  return t.failed === 0 ? c.green(c.bold(summary)) : c.bold(summary);
}

// Points with at most two decimals, no trailing zeros.
export function formatPoints(x: number): string {
  return String(Math.round(x * 100) / 100);
}

// A submission's name on one line: control characters made visible, a newline in a file name shown as \n.
function oneLine(text: string): string {
  return visibleText(text).replace(/\n/g, "\\n");
}

// Student-influenced text, sanitised, made visible and indented.
function text(line: string, prefix: string): string[] {
  return indent(visibleText(sanitizeText(roundNumbersInText(line))), prefix);
}

function indent(text: string, prefix: string): string[] {
  return text.split("\n").map((line) => prefix + line);
}
