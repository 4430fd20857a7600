// Assembles the commander program from the subcommand modules.
import { Command } from "commander";

// Builds the top-level `grader` command with every subcommand registered.
export function buildProgram(): Command {
  const program = new Command("grader")
    .description("Grade numeric deep-learning assignments against a numpy-exact reference")
    .showHelpAfterError(false)
    .exitOverride();
  return program;
}
