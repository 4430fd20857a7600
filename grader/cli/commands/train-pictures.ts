// The pictured modes of `grader train` (--html, --init all, --from, --json, --log-every): trains, then
// writes the page to --html and the text or JSON to stdout.
import { writeFile } from "node:fs/promises";
import { InvalidArgumentError } from "commander";
import type { HiddenActivation } from "../../../reference/model/index.js";
import { picturedRunJson } from "../../train/html/pictures-json.js";
import { renderTrainPage } from "../../train/html/train-page.js";
import { asCourseRun, type PictureRequest, pictureRuns } from "../../train/html/train-pictures.js";
import { renderTrainText } from "../../train/render-training.js";
import { INITIALIZATIONS, type Initialization } from "../../train/run-course-model.js";
import { useColor } from "../rubric-option.js";

/** The full cost log's default interval in pictures and JSON. */
export const DEFAULT_LOG_EVERY = 100;

/** `train`'s options as commander gives them. */
export interface TrainPictureOptions {
  readonly init: Initialization | "all";
  readonly activation: HiddenActivation;
  readonly iterations: number;
  readonly json?: boolean;
  readonly html?: string;
  readonly from?: string;
  readonly logEvery?: number;
}

// True when the options ask for anything beyond one reference run printed as text: every start, a
// page, a student's start, JSON (which now carries the full cost log and the boundary grid).
export function wantsPictures(o: TrainPictureOptions): boolean {
  return (
    o.init === "all" ||
    o.json === true ||
    o.html !== undefined ||
    o.from !== undefined ||
    o.logEvery !== undefined
  );
}

// Runs the pictured training and writes what was asked for.
export async function trainWithPictures(o: TrainPictureOptions): Promise<void> {
  const request: PictureRequest = {
    inits: o.init === "all" ? INITIALIZATIONS : [o.init],
    activation: o.activation,
    iterations: o.iterations,
    logEvery: o.logEvery ?? DEFAULT_LOG_EVERY,
    ...(o.from === undefined ? {} : { from: o.from }),
  };
  const result = await pictureRuns(request);
  if (o.html !== undefined) await writeFile(o.html, await renderTrainPage(result, request));
  for (const problem of result.problems) process.stderr.write(`${problem}\n`);
  if (o.json === true) {
    const docs = result.runs.map((r) => picturedRunJson(r, request));
    const doc = docs.length === 1 ? docs[0] : { runs: docs, problems: result.problems };
    process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
  } else if (o.html === undefined) {
    const color = useColor(process.stdout);
    process.stdout.write(result.runs.map((r) => renderTrainText(asCourseRun(r, request), color)).join("\n"));
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
