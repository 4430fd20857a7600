// `grader train`: the course notebook's model() as a command — trains the reference model from one start
// and shows the cost log, the accuracies, the first steps' gradients and what they mean; `--html`, `--json`,
// `--init all` and `--from` go through the pictured path (train-pictures.ts); `--lesson` runs every case
// of the zero-initialization question.
import { type Command, InvalidArgumentError, Option } from "commander";
import { HIDDEN_ACTIVATIONS, type HiddenActivation } from "../../../reference/model/index.js";
import { LESSON_CASES } from "../../train/lesson-cases.js";
import { renderLessonJson, renderLessonText } from "../../train/render-lesson.js";
import { renderTrainText } from "../../train/render-training.js";
import { type ModelRun, runModel } from "../../train/run-model.js";
import {
  DATASETS,
  type DatasetName,
  INITIALIZATIONS,
  type Initialization,
  type RunRequest,
} from "../../train/run-options.js";
import { useColor } from "../rubric-option.js";
import { UsageError } from "../usage-error.js";
import { parseLogEvery, trainWithPictures, wantsPictures } from "./train-pictures.js";

/** The options as commander hands them over (one field per option). */
interface TrainFlags {
  init: Initialization | "all";
  value?: number;
  activation: HiddenActivation;
  layers?: number[];
  data: DatasetName;
  positiveFraction?: number;
  iterations: number;
  lesson?: boolean;
  json?: boolean;
  html?: string;
  from?: string;
  logEvery?: number;
}

// Adds `train` to the program.
export function registerTrainCommand(program: Command): void {
  program
    .command("train")
    .description(
      "train the course's model on the two-circles data from one start (or all), explain its first steps, and draw them",
    )
    .addOption(
      new Option("--init <kind>", "initialization").choices([...INITIALIZATIONS, "all"]).default("he"),
    )
    .option("--value <c>", "the constant of --init constant", parseNumber)
    .addOption(
      new Option("--activation <name>", "hidden-layer activation")
        .choices(HIDDEN_ACTIVATIONS)
        .default("relu"),
    )
    .option("--layers <sizes>", "layer sizes, input first, e.g. 2,10,5,1 or 2,1", parseLayers)
    .addOption(new Option("--data <name>", "data set").choices(DATASETS).default("circles"))
    .option("--positive-fraction <p>", "subsample the data to this fraction of labels 1", parseFraction)
    .option("--iterations <n>", "gradient-descent iterations", parseIterations, 15000)
    .option("--lesson", "run every case of the zero-initialization question")
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
    .action(async (flags: TrainFlags) => {
      const color = useColor(process.stdout);
      if (flags.lesson) {
        refusePicturesWithLesson(flags);
        const runs = LESSON_CASES.map((lessonCase) => ({ lessonCase, run: runModel(lessonCase.request) }));
        process.stdout.write(flags.json ? renderLessonJson(runs) : renderLessonText(runs, color));
        return;
      }
      if (wantsPictures(flags)) return trainWithPictures(flags, runRequest(flags));
      const run = runOrUsageError({ ...runRequest(flags), init: flags.init as Initialization });
      process.stdout.write(renderTrainText(run, color));
    });
}

// Everything of a run the flags decide but its start.
function runRequest(flags: TrainFlags): Omit<RunRequest, "init"> {
  return {
    value: flags.value ?? null,
    activation: flags.activation,
    ...(flags.layers === undefined ? {} : { layersDims: flags.layers }),
    data: flags.data,
    positiveFraction: flags.positiveFraction ?? null,
    iterations: flags.iterations,
  };
}

// --lesson runs its own fixed cases: the options that pick or draw one run's start do not apply.
function refusePicturesWithLesson(flags: TrainFlags): void {
  const given = [
    ...(flags.init === "all" ? ["--init all"] : []),
    ...(flags.html === undefined ? [] : ["--html"]),
    ...(flags.from === undefined ? [] : ["--from"]),
    ...(flags.logEvery === undefined ? [] : ["--log-every"]),
  ];
  if (given.length > 0)
    throw new UsageError(`--lesson runs its own cases; it does not take ${given.join(", ")}`);
}

// One run from the request; a combination the run refuses is a usage error.
function runOrUsageError(request: RunRequest): ModelRun {
  try {
    return runModel(request);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

function parseIterations(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  }
  return n;
}

function parseNumber(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n))
    throw new InvalidArgumentError(`expected a number, got "${value}"`);
  return n;
}

function parseFraction(value: string): number {
  const p = Number(value);
  if (value.trim() === "" || !(p > 0 && p < 1)) {
    throw new InvalidArgumentError(`expected a number between 0 and 1 (exclusive), got "${value}"`);
  }
  return p;
}

/** Largest layer size accepted (keeps a run's memory and time bounded). */
const MAX_LAYER_SIZE = 1000;
const MAX_LAYERS = 20;

function parseLayers(value: string): number[] {
  const parts = value.split(",").map((s) => s.trim());
  const sizes = parts.map(Number);
  const ok = parts.every((s) => /^\d+$/.test(s)) && sizes.every((n) => n >= 1 && n <= MAX_LAYER_SIZE);
  if (!ok || sizes.length < 2 || sizes.length > MAX_LAYERS + 1) {
    throw new InvalidArgumentError(
      `expected 2 to ${MAX_LAYERS + 1} comma-separated sizes from 1 to ${MAX_LAYER_SIZE}, e.g. 2,10,5,1, got "${value}"`,
    );
  }
  return sizes;
}
