// `grader gradescope run` (the run_autograder entry) and `grader gradescope build` (the upload zip).
import type { Command } from "commander";
import { buildAutograder } from "../../gradescope/build.js";
import { GRADESCOPE_PATHS } from "../../gradescope/paths.js";
import { runGradescope } from "../../gradescope/run.js";
import { ALLOW_UNISOLATED, requirePrivateFilesystem } from "../isolation-gate.js";

// Adds `gradescope` and its `run` and `build` subcommands to the program.
export function registerGradescopeCommand(program: Command): void {
  const gradescope = program
    .command("gradescope")
    .description("grade on Gradescope (run_autograder) or build the autograder zip to upload");
  gradescope
    .command("run")
    .description("grade the one submission in the submission folder and write results.json")
    .option("--submission-dir <dir>", "folder with the student's files", GRADESCOPE_PATHS.submissionDir)
    .option("--metadata <file>", "Gradescope's submission metadata (optional)", GRADESCOPE_PATHS.metadata)
    .option("--results <file>", "where to write results.json", GRADESCOPE_PATHS.results)
    .option("--rubric <file>", "rubric YAML file (default: the bundled Initialization rubric)")
    .option(ALLOW_UNISOLATED, "grade even where no sandbox with a private filesystem works")
    .action(
      async (options: {
        submissionDir: string;
        metadata: string;
        results: string;
        rubric?: string;
        allowUnisolated?: boolean;
      }) => {
        await requirePrivateFilesystem("gradescope run", options.allowUnisolated);
        const { allowUnisolated: _, ...paths } = options;
        const outcome = await runGradescope({ ...paths, rubric: options.rubric });
        for (const line of outcome.log) process.stdout.write(`${line}\n`);
        process.exitCode = outcome.exitCode;
      },
    );
  gradescope
    .command("build")
    .description("write the autograder zip: setup.sh, run_autograder, the rubric and nn-grader itself")
    .option("--out <file>", "where to write the zip", "autograder.zip")
    .option("--rubric <file>", "rubric YAML file (default: the bundled Initialization rubric)")
    .action((options: { out: string; rubric?: string }) => {
      const built = buildAutograder({ out: options.out, rubric: options.rubric });
      process.stdout.write(
        `${built.out}: ${built.entries} files, ${Math.ceil(built.bytes / 1024)} KiB; rubric ${built.rubric} ("${built.title}", sha256 ${built.rubricSha256})\n`,
      );
    });
}
