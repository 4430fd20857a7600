// A small pool of worker threads that train the course model, one run at a time each.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Parameters } from "../../../reference/model/types.js";
import type { CourseRun } from "./course-run.js";

const WORKER_URL = new URL("./course-run-worker.js", import.meta.url);
/** At most this many workers: training is CPU-bound, and the student's child needs a core too. */
const MAX_WORKERS = Math.max(1, Math.min(2, availableParallelism()));

interface Job {
  readonly id: number;
  readonly initial: Parameters;
  readonly iterations: number;
  readonly resolve: (run: CourseRun) => void;
  readonly reject: (error: Error) => void;
}

const idle: Worker[] = [];
const queue: Job[] = [];
let started = 0;
let nextId = 0;

// Workers need the compiled worker file: true when running from dist/, false from the TypeScript sources.
export function workersAvailable(): boolean {
  return WORKER_URL.pathname.endsWith(".js") && import.meta.url.endsWith(".js");
}

// Trains on a worker thread; resolves with the run.
export function trainOnWorker(initial: Parameters, iterations: number): Promise<CourseRun> {
  return new Promise((resolve, reject) => {
    queue.push({ id: nextId++, initial, iterations, resolve, reject });
    dispatch();
  });
}

function dispatch(): void {
  while (queue.length > 0) {
    const worker = idle.pop() ?? (started < MAX_WORKERS ? spawn() : undefined);
    if (worker === undefined) return;
    const job = queue.shift() as Job;
    run(worker, job);
  }
}

function spawn(): Worker {
  started++;
  const worker = new Worker(WORKER_URL);
  worker.unref(); // an idle pool never keeps the grader alive
  return worker;
}

function run(worker: Worker, job: Job): void {
  const done = (message: { id: number; run?: CourseRun; error?: string }) => {
    if (message.id !== job.id) return;
    worker.off("message", done);
    worker.off("error", failed);
    worker.unref();
    idle.push(worker);
    if (message.run) job.resolve(message.run);
    else job.reject(new Error(`course-model worker failed: ${message.error}`));
    dispatch();
  };
  const failed = (error: Error) => {
    worker.off("message", done);
    started--;
    job.reject(error);
    dispatch();
  };
  worker.ref(); // a busy worker keeps the process alive until its run is back
  worker.on("message", done);
  worker.once("error", failed);
  worker.postMessage({ id: job.id, initial: job.initial, iterations: job.iterations });
}
