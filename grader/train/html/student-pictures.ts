// The pictures of one graded function for a student's HTML report: their run beside the reference's —
// cost curves on shared axes, both decision boundaries, both gradient flows — each captioned.
import type { CostRecord, HiddenActivation, Parameters } from "../../../reference/model/index.js";
import { runFigures } from "../../report/pictures/run-figures.js";
import { runModel } from "../run-model.js";
import type { Initialization } from "../run-options.js";
import { picturedRun } from "./pictured-run.js";
import { STUDENT_FUNCTIONS } from "./train-pictures.js";

/** What a report knows about one function's training check. */
export interface StudentPicturesInput {
  /** The graded function, e.g. "initialize_parameters_he"; its reference initializer is the comparison. */
  readonly fn: string;
  /** The parameters the student's function returned for [2, 10, 5, 1]. */
  readonly initialParameters: Parameters;
  /** The cost logs the training check recorded (student's and reference's). */
  readonly studentCosts: readonly CostRecord[];
  readonly referenceCosts: readonly CostRecord[];
  /** One line tied to the function's diagnosis, under the cost chart (e.g. "Your cost stays at ln 2: …"). */
  readonly caption: string;
  readonly iterations: number;
  readonly activation?: HiddenActivation;
}

// The HTML sections for the report; trains both models once more for their boundaries and first steps
// (the gradient flows are captioned by each run's lesson conclusion).
export async function studentPictures(input: StudentPicturesInput): Promise<string[]> {
  const init = (Object.keys(STUDENT_FUNCTIONS) as Initialization[]).find(
    (i) => STUDENT_FUNCTIONS[i] === input.fn,
  );
  if (init === undefined) throw new RangeError(`student pictures: no reference initializer for ${input.fn}`);
  const request = { init, iterations: input.iterations, activation: input.activation ?? "relu" } as const;
  const student = picturedRun(`your ${input.fn}`, runModel(request, { parameters: input.initialParameters }));
  const ref = picturedRun(`reference ${input.fn}`, runModel(request));
  const runs = [
    { ...student, costs: input.studentCosts },
    { ...ref, costs: input.referenceCosts },
  ];
  return runFigures(runs, { cost: input.caption }, `pictures-${input.fn.replace(/[^A-Za-z0-9]/g, "-")}`);
}
