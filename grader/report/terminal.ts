// The terminal report: one line per test, feedback under each failure, the total; colour only on a TTY.
import { createColors } from "picocolors";
import { totals } from "../grade/score.js";
import type { GradeResult } from "../grade/types.js";
import { explainTest, notesSection, outputSection } from "./plain-text.js";
import { visibleText } from "./visible-text.js";

/** Rendering choices for the terminal report. */
export interface TerminalOptions {
  readonly color: boolean;
  /** Title line, e.g. "grader check" or "grader grade". */
  readonly heading: string;
}

// Renders a grade result for a person reading a terminal.
export function renderTerminal(result: GradeResult, options: TerminalOptions): string {
  const c = createColors(options.color);
  const out: string[] = [];
  out.push(c.bold(`${options.heading}: ${oneLine(result.submission)}`));
  out.push(c.dim(`${result.rubric.title} · ${result.language} · isolation: ${result.isolation}`));
  for (const caveat of result.isolationCaveats ?? []) out.push(c.dim(`  not isolated: ${caveat}`));
  out.push("");
  if (result.loadError !== undefined) {
    // One explanation instead of the same one under every test: nothing can run until the file loads.
    out.push(c.red("Your submission could not be loaded, so no test could run. Fix this first:"));
    out.push(...indent(visibleText(result.loadError), "    "), "");
  }
  for (const test of result.tests) {
    const mark = test.status === "passed" ? c.green("✓") : c.red("✗");
    const points = `${formatPoints(test.score)}/${formatPoints(test.maxScore)}`;
    out.push(`${mark} ${test.name}  ${c.dim(points)}`);
    if (test.status === "failed" && result.loadError === undefined) {
      for (const line of explainTest(test)) out.push(...indent(visibleText(line), "    "));
    }
  }
  const notes = notesSection(result.notes);
  if (notes.length > 0) out.push("", ...notes.map((l) => c.dim(visibleText(l))));
  const printed = outputSection(result.output);
  if (printed.length > 0) out.push("", ...printed.map((l) => c.dim(visibleText(l))));
  if (result.infrastructureError) {
    out.push(
      "",
      c.red(`Grading did not complete (a grader problem, not your code): ${result.infrastructureError}`),
    );
  }
  const t = totals(result.tests);
  out.push("");
  const summary = `Total: ${formatPoints(t.score)}/${formatPoints(t.maxScore)} points (${t.passed} passed, ${t.failed} failed)`;
  out.push(t.failed === 0 ? c.green(c.bold(summary)) : c.bold(summary));
  return `${out.join("\n")}\n`;
}

// Points with at most two decimals, no trailing zeros.
export function formatPoints(x: number): string {
  return String(Math.round(x * 100) / 100);
}

// A submission's name on one line: control characters made visible, a newline in a file name shown as \n.
function oneLine(text: string): string {
  return visibleText(text).replace(/\n/g, "\\n");
}

function indent(text: string, prefix: string): string[] {
  return text.split("\n").map((line) => prefix + line);
}
