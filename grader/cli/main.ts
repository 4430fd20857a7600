#!/usr/bin/env node
// The `grader` command: parses arguments, dispatches to a module per subcommand, maps errors to exit codes.
import { CommanderError } from "commander";
import { buildProgram } from "./program.js";
import { USAGE_EXIT_CODE, UsageError } from "./usage-error.js";

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`grader: ${error.message}\n`);
    process.exitCode = USAGE_EXIT_CODE;
  } else if (error instanceof CommanderError) {
    // commander has already printed its message; --help and --version exit 0.
    process.exitCode = error.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
  } else {
    process.stderr.write(
      `grader: internal error (a bug in the grader, not in the submission): ${String(error)}\n`,
    );
    if (error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 70;
  }
}
