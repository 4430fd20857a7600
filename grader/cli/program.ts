// Assembles the commander program from the subcommand modules (one file per command in commands/).
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { packageFile } from "../runners/package-root.js";
import { registerBatchCommand } from "./commands/batch.js";
import { registerCiCommand } from "./commands/ci.js";
import { registerDoctorCommand } from "./commands/doctor.js";
import { registerGradeCommands } from "./commands/grade.js";
import { registerGradescopeCommand } from "./commands/gradescope.js";
import { registerMergeCommand } from "./commands/merge.js";
import { registerRubricCommand } from "./commands/rubric.js";
import { registerTrainCommand } from "./commands/train.js";

// Builds the top-level `grader` command with every subcommand registered.
export function buildProgram(): Command {
  const program = new Command("grader")
    .description("Grade numeric deep-learning assignments against a numpy-exact reference")
    .version(packageVersion())
    .exitOverride();
  // Each command module adds itself here with one line: registerXCommand(program);
  registerGradeCommands(program);
  registerRubricCommand(program);
  registerTrainCommand(program);
  registerDoctorCommand(program);
  registerBatchCommand(program);
  registerMergeCommand(program);
  registerCiCommand(program);
  registerGradescopeCommand(program);
  return program;
}

// The version in the package's own package.json.
function packageVersion(): string {
  return String(
    (JSON.parse(readFileSync(packageFile("package.json"), "utf8")) as { version?: unknown }).version,
  );
}
