// The rubric API for the rest of the grader: load and validate a rubric, read typed options, public copies.
export { loadRubric, parseRubric } from "./load.js";
export type {
  KindOptions,
  PropertyOptions,
  PurityOptions,
  StatisticsOptions,
  TrainingOptions,
} from "./options.js";
export { optionsOf } from "./options.js";
export { formatProblem, formatProblems, RubricError, type RubricProblem } from "./problems.js";
export { type PublicCopy, publicCopy } from "./public-copy.js";
export { formatSummary, type RubricSummary, summarise } from "./summary.js";
export type * from "./types.js";
