// The pictures of one graded function for a student's HTML report: their run beside the reference's —
// cost curves on shared axes, both decision boundaries, both gradient flows — each captioned.
import {
  initializeParametersHe,
  initializeParametersRandom,
  initializeParametersZeros,
} from "../../../reference/initializers.js";
import type { CostRecord, HiddenActivation, Parameters } from "../../../reference/model/index.js";
import { runFigures } from "../../report/pictures/run-figures.js";
import { type PictureOptions, picturedRun } from "./pictured-run.js";

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

const REFERENCE: Readonly<Record<string, (dims: number[]) => Parameters>> = {
  initialize_parameters_zeros: initializeParametersZeros,
  initialize_parameters_random: initializeParametersRandom,
  initialize_parameters_he: initializeParametersHe,
};

// The HTML sections for the report; trains both models once more for their boundaries and first steps.
export async function studentPictures(input: StudentPicturesInput): Promise<string[]> {
  const reference = REFERENCE[input.fn];
  if (reference === undefined)
    throw new RangeError(`student pictures: no reference initializer for ${input.fn}`);
  const options: PictureOptions = {
    iterations: input.iterations,
    logEvery: 1,
    activation: input.activation ?? "relu",
  };
  const student = picturedRun(`your ${input.fn}`, input.initialParameters, {
    ...options,
    logEvery: options.iterations,
  });
  const ref = picturedRun(`reference ${input.fn}`, reference([2, 10, 5, 1]), {
    ...options,
    logEvery: options.iterations,
  });
  const runs = [
    { ...student, costs: input.studentCosts },
    { ...ref, costs: input.referenceCosts },
  ];
  return runFigures(runs, { cost: input.caption }, `pictures-${input.fn.replace(/[^A-Za-z0-9]/g, "-")}`);
}
