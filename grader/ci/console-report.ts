// What `grader ci` prints to the job log: annotations, then a per-submission list inside a stop-commands
// block (file names and grader messages may come from the pull request), then a verdict line of our own.
import type { GradeResult } from "../grade/types.js";
import { type AnnotationOptions, renderAnnotations } from "../report/annotations.js";
import { formatPoints } from "../report/terminal.js";
import { visibleText } from "../report/visible-text.js";
import { formatPercent } from "./min-score.js";
import { randomToken, stopCommandsBlock, type TokenSource } from "./stop-commands.js";
import type { CiVerdict } from "./verdict.js";

/** What the log report needs besides the results. */
export interface ConsoleContext {
  readonly minScore: number;
  readonly rubricTitle: string;
  readonly annotations: AnnotationOptions;
  /** Files written, named in the log: [what, path]. */
  readonly written: readonly (readonly [string, string])[];
  readonly nextToken?: TokenSource;
}

// Renders the log text. Only three kinds of line start with `::`: escaped ::error/::warning annotations
// and the two markers of the block, whose token is drawn after the body is known.
export function renderCiConsole(
  results: readonly GradeResult[],
  verdicts: readonly CiVerdict[],
  context: ConsoleContext,
): string {
  const threshold = formatPercent(context.minScore);
  const body = [
    `nn-grader: ${context.rubricTitle}; a submission passes with at least ${threshold} of the points`,
    ...verdicts.map(verdictLine),
    ...context.written.map(([what, path]) => `${what}: ${path}`),
  ].map((line) => visibleText(line).replace(/\n/g, " "));
  const lines = [
    ...stopCommandsBlock(body, context.nextToken ?? randomToken),
    closingLine(verdicts, threshold),
  ];
  return `${renderAnnotations(results, context.annotations)}${lines.join("\n")}\n`;
}

function verdictLine(verdict: CiVerdict): string {
  if (verdict.kind === "not-graded")
    return `  NOT GRADED  ${verdict.submission}: a problem in the grader, not in the submission: ${verdict.reason}`;
  const points = `${formatPoints(verdict.score)}/${formatPoints(verdict.maxScore)} points (${formatPercent(verdict.fraction)})`;
  return `  ${verdict.kind === "met" ? "PASS" : "FAIL"}  ${verdict.submission}: ${points}`;
}

// The last line holds counts only, no text from a submission, so it needs no block.
function closingLine(verdicts: readonly CiVerdict[], threshold: string): string {
  const below = verdicts.filter((v) => v.kind === "below").length;
  const notGraded = verdicts.filter((v) => v.kind === "not-graded").length;
  const n = verdicts.length;
  const of = `${n} submission${n === 1 ? "" : "s"}`;
  if (below === 0 && notGraded === 0) return `nn-grader: passed: ${of} reached ${threshold} of the points`;
  const parts: string[] = [];
  if (below > 0) parts.push(`${below} of ${of} below ${threshold} of the points`);
  if (notGraded > 0)
    parts.push(`${notGraded} not graded because the grader failed (not the submission); rerun the job`);
  return `nn-grader: failed: ${parts.join("; ")}`;
}
