// `grader ci FILE|DIR…`: marks submissions in CI (JUnit, annotations, step summary, exit status by threshold).
import type { Command } from "commander";
import { DEFAULT_MIN_SCORE, formatPercent } from "../../ci/min-score.js";
import { DEFAULT_JUNIT_PATH, normaliseCiOptions, type RawCiOptions } from "../../ci/options.js";
import { runCi } from "../../ci/run-ci.js";
import { workflowCommand } from "../../report/workflow-command.js";
import { ALLOW_UNISOLATED, requirePrivateFilesystem } from "../isolation-gate.js";
import { UsageError } from "../usage-error.js";

/** Why a rubric that passed --verify-only may be used. */
const VERIFIED = {
  pinned: "its SHA-256 is the one expected",
  "outside-workspace": "taken from outside the repository under test",
  unchecked: "not checked (give --rubric-sha256 or --workspace to check it)",
} as const;

// Adds `ci` to the program.
export function registerCiCommand(program: Command): void {
  program
    .command("ci")
    .description(
      "mark submissions in CI: JUnit XML, GitHub annotations and step summary, exit 1 below --min-score",
    )
    .argument("[paths...]", "submission files (.py, .ipynb, .ts, .js, .mjs) or folders of them")
    .option("--rubric <file>", "rubric YAML file (default: the bundled Initialization rubric)")
    .option("--rubric-sha256 <hex>", "refuse to mark unless the rubric's SHA-256 is this (64 hex digits)")
    .option(
      "--workspace <dir>",
      "checkout of the repository under test: a rubric inside it needs --rubric-sha256",
    )
    .option(
      "--min-score <x>",
      `fraction (0.8) or percentage (80%) of the points each submission needs (default: ${formatPercent(DEFAULT_MIN_SCORE)})`,
    )
    .option("--junit <file>", "where to write the JUnit XML report", DEFAULT_JUNIT_PATH)
    .option("--summary <file>", "append the Markdown summary here (default: $GITHUB_STEP_SUMMARY when set)")
    .option("--visible-only", "grade with the visible tests only")
    .option("--show-hidden", "put hidden tests' inputs and evidence into annotations, summary and JUnit")
    .option("--verify-only", "check the rubric (hash, location) and exit without grading")
    .option(ALLOW_UNISOLATED, "grade hidden tests even where no sandbox with a private filesystem works")
    .action(async (paths: string[], raw: RawCiOptions & { allowUnisolated?: boolean }) => {
      const options = normaliseCiOptions(paths, raw, process.env);
      if (raw.visibleOnly !== true && raw.verifyOnly !== true)
        await requirePrivateFilesystem("ci", raw.allowUnisolated);
      const outcome = await runCi(options);
      switch (outcome.kind) {
        case "refused":
          // An annotation for the pull request's checks page, then exit 2 with the same one line.
          process.stdout.write(
            `${workflowCommand("error", [["title", `nn-grader: ${outcome.refusal.title}`]], outcome.refusal.message)}\n`,
          );
          throw new UsageError(outcome.refusal.message);
        case "verified":
          process.stdout.write(`nn-grader: rubric ${outcome.rubric}: ${VERIFIED[outcome.check.kind]}\n`);
          return;
        case "graded":
          process.stdout.write(outcome.log);
          process.exitCode = outcome.exitCode;
      }
    });
}
