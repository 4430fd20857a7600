// The pictured modes of `grader train` (--html, --init all, --from, --json, --log-every): trains, then
// writes the page to --html and the text or JSON to stdout.
import { writeFile } from "node:fs/promises";
import { InvalidArgumentError } from "commander";
import { picturedRunJson } from "../../train/html/pictures-json.js";
import { renderTrainPage } from "../../train/html/train-page.js";
import {
  type PictureRequest,
  type PictureRuns,
  pictureRuns,
  STUDENT_FUNCTIONS,
} from "../../train/html/train-pictures.js";
import { renderTrainText } from "../../train/render-training.js";
import type { Initialization, RunRequest } from "../../train/run-options.js";
import { useColor } from "../rubric-option.js";
import { UsageError } from "../usage-error.js";

/** The full cost log's default interval in pictures and JSON. */
export const DEFAULT_LOG_EVERY = 100;

/** The assignment's three starts, which `--init all` trains (and the constant start too with --value). */
const ALL_STARTS: readonly Initialization[] = ["zeros", "random", "he"];

/** `train`'s pictured options as commander gives them. */
export interface TrainPictureOptions {
  readonly init: Initialization | "all";
  readonly json?: boolean;
  readonly html?: string;
  readonly from?: string;
  readonly logEvery?: number;
}

// True when the options ask for anything beyond one reference run printed as text: every start, a
// page, a student's start, JSON (which carries the full cost log and the boundary grid).
export function wantsPictures(o: TrainPictureOptions): boolean {
  return (
    o.init === "all" ||
    o.json === true ||
    o.html !== undefined ||
    o.from !== undefined ||
    o.logEvery !== undefined
  );
}

// Runs the pictured training of `run` (everything but the start) and writes what was asked for.
export async function trainWithPictures(
  o: TrainPictureOptions,
  run: Omit<RunRequest, "init">,
): Promise<void> {
  const inits = o.init === "all" ? startsOfAll(run) : [o.init];
  if (o.from !== undefined && inits.every((i) => STUDENT_FUNCTIONS[i] === undefined)) {
    throw new UsageError(
      `--from: a submission has no initializer for --init ${o.init}; use zeros, random, he or all`,
    );
  }
  const request: PictureRequest = {
    inits,
    run,
    logEvery: o.logEvery ?? DEFAULT_LOG_EVERY,
    ...(o.from === undefined ? {} : { from: o.from }),
  };
  const result = await runsOrUsageError(request);
  if (o.html !== undefined) await writeFile(o.html, await renderTrainPage(result, request));
  for (const problem of result.problems) process.stderr.write(`${problem}\n`);
  if (o.json === true) {
    const docs = result.runs.map((r) => picturedRunJson(r, request));
    const doc = docs.length === 1 ? docs[0] : { runs: docs, problems: result.problems };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else if (o.html === undefined) {
    const color = useColor(process.stdout);
    process.stdout.write(result.runs.map((r) => renderTrainText(r.run.model, color)).join("\n"));
  } else {
    process.stdout.write(`wrote ${o.html} (${result.runs.length} runs)\n`);
  }
}

// --log-every: a positive whole number of iterations.
export function parseLogEvery(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  }
  return n;
}

// --init all: the assignment's three starts, and the constant one when --value gives its constant.
function startsOfAll(run: Omit<RunRequest, "init">): Initialization[] {
  return run.value === undefined || run.value === null
    ? [...ALL_STARTS]
    : ["zeros", "constant", "random", "he"];
}

// The runs; a combination of options the runs refuse is a usage error.
async function runsOrUsageError(request: PictureRequest): Promise<PictureRuns> {
  try {
    return await pictureRuns(request);
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}
