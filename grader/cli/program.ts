// Assembles the commander program from the subcommand modules (one file per command in commands/).
import { Command } from "commander";
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
