// `grader gradescope run` as a function: find the submission, grade it with every test, write results.json.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { loadRubricOption } from "../cli/rubric-option.js";
import { gradeSubmission } from "../grade/grade-submission.js";
import { totals } from "../grade/score.js";
import { formatPoints } from "../report/terminal.js";
import { visibleText } from "../report/visible-text.js";
import { findSubmission } from "./find-submission.js";
import { readMetadata } from "./metadata.js";
import { gradedResults, notGradedResults } from "./results.js";

/** Where to read and write; defaults are Gradescope's paths (GRADESCOPE_PATHS). */
export interface GradescopeRunOptions {
  readonly submissionDir: string;
  readonly metadata: string;
  readonly results: string;
  /** undefined: the bundled rubric. */
  readonly rubric: string | undefined;
}

/** What happened, for the instructor's log (Gradescope keeps run_autograder's output) and the exit status. */
export interface GradescopeRunOutcome {
  readonly log: readonly string[];
  /** 0 once results.json holds a grade or a reason; 1 when the grader itself failed (results still written). */
  readonly exitCode: number;
}

// Grades the one submission in the folder. A missing or ambiguous submission is a zero with a message.
export async function runGradescope(options: GradescopeRunOptions): Promise<GradescopeRunOutcome> {
  const rubric = loadRubricOption(options.rubric);
  const metadata = readMetadata(options.metadata);
  const log = metadata.problem === undefined ? [] : [`nn-grader: warning: ${metadata.problem}`];
  const found = findSubmission(options.submissionDir);
  if (found.kind === "missing") {
    writeAtomically(options.results, notGradedResults(found.message, metadata));
    log.push(`nn-grader: not graded: ${visibleText(found.message)}`, `wrote ${options.results}`);
    return { log, exitCode: 0 };
  }
  const result = await gradeSubmission(found.file, { rubric, visibleOnly: false, displayName: found.name });
  writeAtomically(options.results, gradedResults(result, metadata));
  const name = visibleText(found.name);
  if (result.kind === "infrastructure-error") {
    log.push(
      `nn-grader: grading ${name} did not complete (a problem in the grader, not in the submission): ${result.infrastructureError}`,
      `wrote ${options.results}; regrade this submission once the problem is fixed`,
    );
    return { log, exitCode: 1 };
  }
  const t = totals(result.tests);
  log.push(
    `nn-grader: ${name}: ${formatPoints(t.score)}/${formatPoints(t.maxScore)} points (isolation: ${result.isolation})`,
    `wrote ${options.results}`,
  );
  return { log, exitCode: 0 };
}

// Through a temporary file and a rename: a reader never sees half a file, and a symbolic link left at the
// destination is replaced rather than followed.
function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  rmSync(temp, { force: true });
  writeFileSync(temp, text, { mode: 0o644, flag: "wx" });
  renameSync(temp, path);
}
