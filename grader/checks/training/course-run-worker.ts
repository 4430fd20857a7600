// Worker-thread entry: trains the course model for each request and posts the run back.
import { parentPort } from "node:worker_threads";
import type { Parameters } from "../../../reference/model/types.js";
import { computeCourseRun } from "./course-run.js";

/** A request from the pool. */
export interface TrainRequest {
  readonly id: number;
  readonly initial: Parameters;
  readonly iterations: number;
}

parentPort?.on("message", (request: TrainRequest) => {
  try {
    parentPort?.postMessage({ id: request.id, run: computeCourseRun(request.initial, request.iterations) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: String(error instanceof Error ? error.stack : error) });
  }
});
