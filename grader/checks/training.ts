// Training behaviour: trains the course model (LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID, course data,
// lr 0.01) from the student's own parameters and checks what the rubric expects of that run.
import { optionsOf, type TrainingOptions } from "../rubric/options.js";
import { formatCall, plural } from "./evidence/format.js";
import { observe } from "./observe.js";
import { resultOf, type Verdict } from "./result.js";
import { asModelParameters } from "./training/as-model-parameters.js";
import { type CourseRun, courseLayersDims } from "./training/course-run.js";
import { courseRun } from "./training/course-run-cache.js";
import {
  asymmetric,
  describeAccuracy,
  describeCosts,
  describeSteps,
  formatCost,
  nonZeroWeights,
} from "./training/describe-run.js";
import type { Check } from "./types.js";

// The training check: one call on the course's layers_dims, one (cached) training run, then the verdict.
export const trainingCheck: Check = async (ctx) => {
  const options = optionsOf(ctx.test, "training");
  const dims = courseLayersDims();
  const observation = await observe(ctx, dims);
  if (observation.kind === "failed") {
    return resultOf(ctx.test.points, {
      fraction: 0,
      summary: observation.summary,
      details: observation.details,
    });
  }
  const start = asModelParameters(observation.params, dims);
  if (!start.ok) {
    return resultOf(ctx.test.points, {
      fraction: 0,
      summary: `${formatCall(ctx.fn.name, dims)}: ${start.problem}`,
      details: [],
    });
  }
  const run = await courseRun(start.parameters, options.iterations);
  const evidence = [describeAccuracy(run), describeCosts(run), ...describeSteps(run.diagnostics)];
  const verdict = judge(run, options);
  return resultOf(ctx.test.points, { ...verdict, details: [...verdict.details, ...evidence] });
};

function judge(run: CourseRun, options: TrainingOptions): Verdict {
  switch (options.expect) {
    case "dead_weights":
      return deadWeights(run);
    case "symmetric":
      return symmetric(run);
    case "accuracy":
      return accuracy(run, options);
  }
}

// Zero start: no weight may ever move (the gradients, not the loss value, are why).
function deadWeights(run: CourseRun): Verdict {
  const moved = nonZeroWeights(run.final);
  const started = nonZeroWeights(run.initial);
  if (moved.length === 0) {
    const how = run.deadStart
      ? "with all weights 0 every hidden activation is relu(0) = 0, so every weight gradient is 0 at every step"
      : "checked after the last step";
    return {
      fraction: 1,
      summary: `every weight stayed exactly 0 over ${run.iterations} iterations (${how}); cost ${formatCost(run.costs[0]?.cost ?? Number.NaN)} throughout`,
      details: [],
    };
  }
  const cause =
    started.length > 0
      ? `your parameters were not all zero to begin with: ${started.join(", ")}`
      : "the weights moved";
  return {
    fraction: 0,
    summary: `after ${run.iterations} iterations ${plural(moved.length, "weight matrix", "weight matrices")} moved away from 0: ${moved.join(", ")} — ${cause}`,
    details: [],
  };
}

// Constant start: every unit of a layer must stay identical to the others.
function symmetric(run: CourseRun): Verdict {
  const broken = asymmetric(run.final);
  return broken.length === 0
    ? {
        fraction: 1,
        summary: `all units of each layer stayed identical over ${run.iterations} iterations`,
        details: [],
      }
    : {
        fraction: 0,
        summary: `symmetry was broken in ${broken.join(", ")}: the start was not constant per layer`,
        details: [],
      };
}

// Random or He start: the first cost and the accuracies reached, each worth an equal share.
function accuracy(run: CourseRun, options: TrainingOptions): Verdict {
  const failures: string[] = [];
  let criteria = 0;
  const first = run.costs[0]?.cost ?? Number.NaN;
  if (options.initial_cost !== null) {
    criteria++;
    const ok =
      options.initial_cost === Number.POSITIVE_INFINITY
        ? first === Number.POSITIVE_INFINITY
        : Math.abs(first - options.initial_cost) <= 1e-9 * Math.abs(options.initial_cost);
    if (!ok)
      failures.push(`the first cost is ${formatCost(first)}, expected ${formatCost(options.initial_cost)}`);
  }
  for (const [label, reached, needed] of [
    ["train", run.trainAccuracy, options.min_train_accuracy],
    ["test", run.testAccuracy, options.min_test_accuracy],
  ] as const) {
    if (needed === null) continue;
    criteria++;
    if (!(reached >= needed)) failures.push(`${label} accuracy ${reached} is below ${needed}`);
  }
  const fraction = criteria === 0 ? 1 : (criteria - failures.length) / criteria;
  const summary =
    failures.length === 0
      ? `${describeAccuracy(run)}; first cost ${formatCost(first)}`
      : `${failures.join("; ")} (${describeAccuracy(run)})`;
  return { fraction, summary, details: [] };
}
