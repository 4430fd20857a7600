// `grader train` with pictures: the reference initializations (or a student's own, with --from) trained
// once each, then rendered as the notebook's figures (HTML), as JSON with the full cost log and boundary
// grid, or as the usual text.
import {
  initializeParametersHe,
  initializeParametersRandom,
  initializeParametersZeros,
} from "../../../reference/initializers.js";
import {
  COURSE_LEARNING_RATE,
  COURSE_LOG_EVERY,
  type HiddenActivation,
} from "../../../reference/model/index.js";
import type { CourseModelRun, Initialization } from "../run-course-model.js";
import { COURSE_HIDDEN_LAYERS } from "../run-course-model.js";
import { type PicturedRun, picturedRun } from "./pictured-run.js";
import { studentStarts } from "./student-start.js";

/** The options of a pictured training, normalised. */
export interface PictureRequest {
  readonly inits: readonly Initialization[];
  readonly activation: HiddenActivation;
  readonly iterations: number;
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

const REFERENCE = {
  zeros: initializeParametersZeros,
  random: initializeParametersRandom,
  he: initializeParametersHe,
};
const LABELS = { zeros: "zeros", random: "random ×10", he: "He" } as const;
/** The graded function of each initialization, by its Python name. */
export const STUDENT_FUNCTIONS = {
  zeros: "initialize_parameters_zeros",
  random: "initialize_parameters_random",
  he: "initialize_parameters_he",
} as const;

// Trains every requested start: the reference's, and the student's beside it when `from` is given.
export async function pictureRuns(request: PictureRequest): Promise<PictureRuns> {
  const dims = [2, ...COURSE_HIDDEN_LAYERS];
  // The cost is logged at the gcd of both intervals so the course's every-1000 log comes from the same run.
  const options = { ...request, logEvery: gcd(request.logEvery, COURSE_LOG_EVERY) };
  const runs: SourcedRun[] = [];
  const problems: string[] = [];
  const starts =
    request.from === undefined
      ? []
      : await studentStarts(
          request.from,
          request.inits.map((i) => STUDENT_FUNCTIONS[i]),
          dims,
        );
  for (const init of request.inits) {
    const student = starts.find((s) => s.fn === STUDENT_FUNCTIONS[init]);
    if (student?.ok === true) {
      runs.push({
        init,
        source: student.fn,
        run: picturedRun(`your ${student.fn}`, student.parameters, options),
      });
    } else if (student !== undefined) {
      problems.push(student.problem);
    }
    runs.push({ init, source: "reference", run: picturedRun(LABELS[init], REFERENCE[init](dims), options) });
  }
  return { runs, problems };
}

// The costs of a run at multiples of `every` (which the run's own interval divides).
export function costsEvery(run: PicturedRun, every: number): PicturedRun["costs"] {
  return run.costs.filter((c) => c.iteration % every === 0);
}

// The run as `grader train` has always described it (cost every 1000 iterations), for the text and JSON.
export function asCourseRun(sourced: SourcedRun, request: PictureRequest): CourseModelRun {
  const { run } = sourced;
  return {
    init: sourced.init,
    activation: request.activation,
    iterations: request.iterations,
    learningRate: COURSE_LEARNING_RATE,
    layersDims: run.layersDims,
    costs: costsEvery(run, COURSE_LOG_EVERY),
    trainAccuracy: run.trainAccuracy,
    testAccuracy: run.testAccuracy,
    steps: run.steps,
  };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
