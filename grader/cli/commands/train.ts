// `grader train`: the course notebook's model() as a command — trains the reference model on the course
// data from one initialization and shows the cost log, the accuracies and the first steps' gradients.
import { type Command, InvalidArgumentError, Option } from "commander";
import { HIDDEN_ACTIVATIONS, type HiddenActivation } from "../../../reference/model/index.js";
import { renderTrainJson, renderTrainText } from "../../train/render-training.js";
import { INITIALIZATIONS, type Initialization, runCourseModel } from "../../train/run-course-model.js";
import { useColor } from "../rubric-option.js";
import { parseLogEvery, trainWithPictures, wantsPictures } from "./train-pictures.js";

// Adds `train` to the program.
export function registerTrainCommand(program: Command): void {
  program
    .command("train")
    .description("train the course's 3-layer model on the two-circles data from one initialization")
    .addOption(
      new Option("--init <kind>", "initialization").choices([...INITIALIZATIONS, "all"]).default("he"),
    )
    .addOption(
      new Option("--activation <name>", "hidden-layer activation")
        .choices(HIDDEN_ACTIVATIONS)
        .default("relu"),
    )
    .option("--iterations <n>", "gradient-descent iterations", parseIterations, 15000)
    .option("--json", "print the run as JSON")
    .option(
      "--html <file>",
      "write the notebook's figures (cost, decision boundary, gradients) as an HTML page",
    )
    .option("--from <submission>", "train from the student's own initializer(s) beside the reference's")
    .option(
      "--log-every <n>",
      "interval of the full cost log in --json and --html (default 100)",
      parseLogEvery,
    )
    .action(
      async (options: {
        init: Initialization | "all";
        activation: HiddenActivation;
        iterations: number;
        json?: boolean;
        html?: string;
        from?: string;
        logEvery?: number;
      }) => {
        if (options.init === "all" || wantsPictures(options)) return trainWithPictures(options);
        const run = runCourseModel({
          init: options.init,
          activation: options.activation,
          iterations: options.iterations,
        });
        process.stdout.write(
          options.json ? renderTrainJson(run) : renderTrainText(run, useColor(process.stdout)),
        );
      },
    );
}

function parseIterations(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  }
  return n;
}
