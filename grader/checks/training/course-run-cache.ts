// Course-model runs by start: each distinct start is trained once per process (many submissions return
// bit-identical parameters), on a worker thread when running from the built package so that training
// overlaps the calls into the student's child and the other training runs.
import type { Parameters } from "../../../reference/model/types.js";
import { type CourseRun, computeCourseRun, courseRunKey } from "./course-run.js";
import { readCachedRun, writeCachedRun } from "./disk-cache.js";
import { trainOnWorker, workersAvailable } from "./worker-pool.js";

const runs = new Map<string, Promise<CourseRun>>();

// The course model trained for `iterations` from `initial`: computed once per distinct start, and kept
// on disk for later processes.
export function courseRun(initial: Parameters, iterations: number): Promise<CourseRun> {
  const key = courseRunKey(initial, iterations);
  let run = runs.get(key);
  if (run === undefined) {
    const stored = readCachedRun(key);
    run = stored !== undefined ? Promise.resolve(stored) : compute(initial, iterations);
    if (stored === undefined)
      void run.then(
        (computed) => writeCachedRun(key, computed),
        () => {},
      );
    runs.set(key, run);
    run.catch(() => runs.delete(key));
  }
  return run;
}

function compute(initial: Parameters, iterations: number): Promise<CourseRun> {
  return workersAvailable()
    ? trainOnWorker(initial, iterations)
    : new Promise((resolve) => resolve(computeCourseRun(initial, iterations)));
}
