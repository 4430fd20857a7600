// The lesson's account of a run from the student's parameters, so that the training check, `grader train`
// and the pictures explain a zero start with one module (grader/lesson) and cannot disagree.
import { explainRun, heScale, type LessonAccount } from "../../lesson/index.js";
import type { CourseRun } from "./course-run.js";
import { courseData, courseLayersDims } from "./course-run.js";

let scale: number[] | undefined;

// The He yardstick on the course data, computed once per process.
function courseScale(): number[] {
  const { trainX, trainY } = courseData();
  scale ??= heScale(trainX, trainY, courseLayersDims(), "relu");
  return scale;
}

// The fraction of training labels equal to 1.
function positiveFraction(): number {
  const labels = courseData().trainY.data;
  let ones = 0;
  for (const y of labels) ones += y;
  return ones / labels.length;
}

// Classifies the run's first steps and writes the conclusion from its own numbers.
export function accountOfRun(run: CourseRun): LessonAccount {
  return explainRun({
    steps: run.diagnostics,
    context: {
      activation: "relu",
      layersDims: courseLayersDims(),
      positiveFraction: positiveFraction(),
      scale: courseScale(),
    },
  });
}
