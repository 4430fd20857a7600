// `grader grade FILE…` (every test, any format) and `grader check FILE` (the student's quick check).
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { gradeSubmission } from "../../grade/grade-submission.js";
import type { GradeResult } from "../../grade/types.js";
import { type FormatName, REPORTERS } from "../../report/registry.js";
import { noteUnisolatedCheck } from "../isolation-gate.js";
import { loadRubricOption, useColor } from "../rubric-option.js";
import { expandSubmissionPaths, requireInterpreters, submissionFile } from "../submission-files.js";
import { UsageError } from "../usage-error.js";

const FORMATS = Object.keys(REPORTERS) as FormatName[];

// Adds `grade` and `check` to the program.
export function registerGradeCommands(program: Command): void {
  program
    .command("grade")
    .description("grade submissions with every rubric test (hidden ones included)")
    .argument("<files...>", "submission files (.py, .ipynb, .ts, .js, .mjs) or folders of them")
    .option("--rubric <file>", "rubric YAML file (default: the bundled Initialization rubric)")
    .option("--format <format>", `output format: ${FORMATS.join(", ")}`, "text")
    .option("--out <file>", "write the report to this file instead of standard output")
    .option("--details", "text format: every test's full evidence (worst elements, cost log, replay seed)")
    .action(
      async (
        files: string[],
        options: { rubric?: string; format: string; out?: string; details?: boolean },
      ) => {
        const format = parseFormat(options.format);
        const rubric = loadRubricOption(options.rubric);
        const paths = expandSubmissionPaths(files);
        requireInterpreters(paths);
        if (paths.length > 1 && format !== "text") {
          throw new UsageError(
            `--format ${format} takes one submission, got ${paths.length} (use grader batch for many)`,
          );
        }
        const texts: string[] = [];
        for (const path of paths) {
          const result = await gradeSubmission(path, { rubric, visibleOnly: false, displayName: path });
          texts.push(
            render(format, result, options.out === undefined, "grader grade", options.details === true),
          );
        }
        emit(texts.join("\n"), options.out);
      },
    );
  program
    .command("check")
    .description("check your solution against the visible tests, with feedback on each failure")
    .argument("<file>", "your solution (.py, .ipynb, .ts, .js or .mjs)")
    .option("--rubric <file>", "rubric YAML file (default: the bundled Initialization rubric)")
    .option("--details", "every test's full evidence (worst elements, error norms, cost log, gradient norms)")
    .action(async (file: string, options: { rubric?: string; details?: boolean }) => {
      const rubric = loadRubricOption(options.rubric);
      const path = submissionFile(file);
      requireInterpreters([path]);
      await noteUnisolatedCheck();
      const result = await gradeSubmission(path, { rubric, visibleOnly: true, displayName: file });
      emit(render("text", result, true, "grader check", options.details === true), undefined);
    });
}

function parseFormat(value: string): FormatName {
  if ((FORMATS as string[]).includes(value)) return value as FormatName;
  throw new UsageError(`--format: expected one of ${FORMATS.join(", ")}, got "${value}"`);
}

function render(
  format: FormatName,
  result: GradeResult,
  toTerminal: boolean,
  heading: string,
  details: boolean,
): string {
  return REPORTERS[format](result, { color: toTerminal && useColor(process.stdout), heading, details });
}

function emit(text: string, out: string | undefined): void {
  if (out === undefined) process.stdout.write(text);
  else writeFileSync(out, text);
}
