// The options of one training run, normalised once: every field set, every combination checked.
import { COURSE_LEARNING_RATE, type HiddenActivation } from "../../reference/model/index.js";

/** Initializations `grader train` offers: the assignment's three and a constant start. */
export const INITIALIZATIONS = ["zeros", "constant", "random", "he"] as const;
export type Initialization = (typeof INITIALIZATIONS)[number];

/** The data sets: the course's two circles, or two clouds a straight line separates well. */
export const DATASETS = ["circles", "clouds"] as const;
export type DatasetName = (typeof DATASETS)[number];

/** The course's layers_dims for its 2-feature data. */
export const COURSE_LAYERS = [2, 10, 5, 1] as const;

/** Steps whose per-layer numbers are shown. */
export const SHOWN_STEPS = 3;

/** A run with every option decided. */
export interface RunOptions {
  readonly init: Initialization;
  /** The constant of --init constant (every W entry; biases 0); null for the other starts. */
  readonly value: number | null;
  readonly activation: HiddenActivation;
  readonly layersDims: readonly number[];
  readonly data: DatasetName;
  /** The subsample's fraction of positive labels, or null for the data as generated. */
  readonly positiveFraction: number | null;
  readonly iterations: number;
  readonly learningRate: number;
}

/** What a caller may leave out. */
export type RunRequest = Partial<RunOptions> & Pick<RunOptions, "init">;

// Applies the defaults and checks what depends on several options; throws RangeError with the option's name.
export function normaliseRunOptions(request: RunRequest): RunOptions {
  const options: RunOptions = {
    value: null,
    activation: "relu",
    layersDims: COURSE_LAYERS,
    data: "circles",
    positiveFraction: null,
    iterations: 15000,
    learningRate: COURSE_LEARNING_RATE,
    ...request,
  };
  if (options.init === "constant" && options.value === null) {
    throw new RangeError("--init constant needs --value c (every weight starts at c)");
  }
  if (options.init !== "constant" && options.value !== null) {
    throw new RangeError(`--value is for --init constant, not --init ${options.init}`);
  }
  const dims = options.layersDims;
  if (dims[0] !== 2 || dims[dims.length - 1] !== 1) {
    throw new RangeError(
      `--layers: expected 2 inputs first and 1 output last (the data has 2 features and one label), got ${dims.join(",")}`,
    );
  }
  return options;
}

// The architecture as the course writes it: LINEAR→RELU→…→LINEAR→SIGMOID.
export function architectureName(options: RunOptions): string {
  const hidden = `LINEAR→${options.activation.toUpperCase()}→`;
  return `${hidden.repeat(options.layersDims.length - 2)}LINEAR→SIGMOID`;
}
