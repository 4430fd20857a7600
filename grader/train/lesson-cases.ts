// The runs that together answer the question "why does a zero start learn nothing, when logistic
// regression from zeros learns, and what changes with sigmoid or tanh hidden units?".
import type { RunRequest } from "./run-options.js";

/** The course's iteration count, used where the case needs the whole run. */
const COURSE_ITERATIONS = 15000;
/** Enough where the first steps decide the case (every weight pinned, or units locked together). */
const SHORT = 1000;
/** The unbalanced label fraction that makes the output error average away from zero. */
const UNBALANCED = 0.7;

/** One case of the lesson: a short title and the run that shows it. */
export interface LessonCase {
  readonly title: string;
  readonly request: RunRequest;
}

const zeroCases: LessonCase[] = (["relu", "tanh", "sigmoid"] as const).flatMap((activation) => [
  {
    title: `zeros, ${activation} hidden units, balanced labels`,
    request: { init: "zeros", activation, iterations: SHORT },
  },
  {
    title: `zeros, ${activation} hidden units, ${UNBALANCED * 100} % of labels 1`,
    request: { init: "zeros", activation, positiveFraction: UNBALANCED, iterations: SHORT },
  },
]);

/** Every case, in the order the lesson tells them. */
export const LESSON_CASES: readonly LessonCase[] = [
  ...zeroCases,
  { title: "constant 0.5, relu hidden units", request: { init: "constant", value: 0.5, iterations: SHORT } },
  { title: "He, relu hidden units", request: { init: "he", iterations: COURSE_ITERATIONS } },
  {
    title: "logistic regression (layers 2,1) from zeros, on two clouds",
    request: { init: "zeros", layersDims: [2, 1], data: "clouds", iterations: SHORT },
  },
];

// Why a case runs fewer iterations than the course, said in the output.
export function iterationNote(request: RunRequest): string {
  const n = request.iterations ?? COURSE_ITERATIONS;
  return n < COURSE_ITERATIONS
    ? `${n} iterations, not the course's ${COURSE_ITERATIONS}: the first steps already decide this case`
    : `${n} iterations, as the course trains`;
}
