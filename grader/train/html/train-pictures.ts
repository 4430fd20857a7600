// `grader train` with pictures: the reference starts (or a student's own beside them, with --from) trained
// once each by runModel, then rendered as the notebook's figures (HTML), as JSON with the full cost log
// and boundary grid, or as the usual text.
import { COURSE_LOG_EVERY } from "../../../reference/model/index.js";
import { runModel } from "../run-model.js";
import {
  type Initialization,
  normaliseRunOptions,
  type RunOptions,
  type RunRequest,
} from "../run-options.js";
import { type PicturedRun, picturedRun } from "./pictured-run.js";
import { studentStarts } from "./student-start.js";

/** The options of a pictured training. */
export interface PictureRequest {
  readonly inits: readonly Initialization[];
  /** Everything of a run but its start; `value` is used by the constant start only. */
  readonly run: Omit<RunRequest, "init">;
  /** Interval of the full cost log (the course keeps every 1000th). */
  readonly logEvery: number;
  /** A submission whose own initializers give the starting parameters. */
  readonly from?: string;
}

/** One pictured run and where its starting parameters came from. */
export interface SourcedRun {
  readonly init: Initialization;
  /** "reference", or the student's function name. */
  readonly source: string;
  readonly run: PicturedRun;
}

/** The runs, and the student's functions that could not start the model (one line each). */
export interface PictureRuns {
  readonly runs: readonly SourcedRun[];
  readonly problems: readonly string[];
}

/** The graded function of each initialization a submission has, by its Python name. */
export const STUDENT_FUNCTIONS: Readonly<Partial<Record<Initialization, string>>> = {
  zeros: "initialize_parameters_zeros",
  random: "initialize_parameters_random",
  he: "initialize_parameters_he",
};

// The options of each requested start, checked before anything trains (RangeError names the option).
export function pictureOptions(request: PictureRequest): RunOptions[] {
  return request.inits.map((init) =>
    normaliseRunOptions({
      ...request.run,
      init,
      value: init === "constant" ? (request.run.value ?? null) : null,
    }),
  );
}

// Trains every requested start: the reference's, and the student's beside it when `from` is given.
export async function pictureRuns(request: PictureRequest): Promise<PictureRuns> {
  const all = pictureOptions(request);
  // The cost is logged at the gcd of both intervals so the course's every-1000 log comes from the same run.
  const logEvery = gcd(request.logEvery, COURSE_LOG_EVERY);
  const functions = all.flatMap((o) => STUDENT_FUNCTIONS[o.init] ?? []);
  const starts =
    request.from === undefined || all.length === 0
      ? []
      : await studentStarts(request.from, functions, all[0].layersDims);
  const runs: SourcedRun[] = [];
  const problems: string[] = [];
  for (const options of all) {
    const student = starts.find((s) => s.fn === STUDENT_FUNCTIONS[options.init]);
    if (student?.ok === true) {
      const run = runModel(options, { parameters: student.parameters, logEvery });
      runs.push({ init: options.init, source: student.fn, run: picturedRun(`your ${student.fn}`, run) });
    } else if (student !== undefined) {
      problems.push(student.problem);
    }
    const run = runModel(options, { logEvery });
    runs.push({ init: options.init, source: "reference", run: picturedRun(startLabel(options), run) });
  }
  return { runs, problems };
}

// The costs of a run at multiples of `every` (which the run's own interval divides).
export function costsEvery(run: PicturedRun, every: number): PicturedRun["costs"] {
  return run.costs.filter((c) => c.iteration % every === 0);
}

// A reference start's name in legends and headings: "zeros", "constant 0.5", "random ×10", "He".
function startLabel(options: RunOptions): string {
  switch (options.init) {
    case "constant":
      return `constant ${options.value}`;
    case "random":
      return "random ×10";
    case "he":
      return "He";
    case "zeros":
      return "zeros";
  }
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
