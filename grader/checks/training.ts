// Training behaviour: trains the course model (LINEAR→RELU→LINEAR→RELU→LINEAR→SIGMOID, course data,
// lr 0.01) from the student's own parameters and checks what the rubric expects of that run.

import { type FoundMistake, jsonNumber, type TrainingOutcome } from "../grade/types.js";
import { optionsOf, type TrainingOptions } from "../rubric/options.js";
import { pickCause } from "./cause.js";
import { diagnoseOutputs } from "./diagnosis-text.js";
import { formatCall, listNames, plural } from "./evidence/format.js";
import { fromReference, type ObservedParameters } from "./evidence/observed-parameters.js";
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
import { accountOfRun } from "./training/zero-start-account.js";
import type { Check, CheckContext } from "./types.js";

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
      cause: { kind: "call", call: observation.call },
    });
  }
  const start = asModelParameters(observation.params, dims);
  if (!start.ok) {
    // The model never ran: the cause is the form of what came back, which the catalogue may name.
    const text = diagnoseOutputs(ctx, [{ layersDims: dims, params: observation.params }]);
    return resultOf(ctx.test.points, {
      fraction: 0,
      summary: `${formatCall(ctx.fn.name, dims)}: ${start.problem}`,
      details: [],
      cause: pickCause(text, [], { layersDims: dims, keys: [], difference: start.problem }),
    });
  }
  const drawOnly = options.expect === "accuracy" ? drawOrderMistakes(ctx, dims, observation.params) : [];
  if (drawOnly.length > 0) {
    // A seed or draw-order mistake is charged by the value tests; training from other draws of the right
    // distribution would judge luck, not the initialization (rubrics/README.md, scoring rule).
    return resultOf(ctx.test.points, {
      fraction: 1,
      summary: `not judged: your weights differ from the reference only in which random draws they hold (${listNames(drawOnly.map((m) => m.title))}); the value tests charge that`,
      details: [],
      notJudged: listNames(drawOnly.map((m) => m.title)),
    });
  }
  const run = await courseRun(start.parameters, options.iterations);
  const evidence = [describeAccuracy(run), describeCosts(run), ...describeSteps(run.diagnostics)];
  const verdict = judge(run, options);
  const training = trainingOutcome(run);
  if (verdict.fraction < 1 && options.expect === "accuracy") {
    // The consequence, beside what the reference's own weights reach on the same data.
    const reference = await courseRun(asReferenceStart(ctx, dims), options.iterations);
    return resultOf(ctx.test.points, {
      ...verdict,
      details: [...verdict.details, ...evidence],
      training: {
        ...training,
        referenceTrainAccuracy: reference.trainAccuracy,
        referenceTestAccuracy: reference.testAccuracy,
      },
    });
  }
  return resultOf(ctx.test.points, { ...verdict, details: [...verdict.details, ...evidence], training });
};

// The catalogued mistakes that explain every difference from the reference and only move draws around.
function drawOrderMistakes(
  ctx: CheckContext,
  dims: readonly number[],
  params: ObservedParameters,
): readonly FoundMistake[] {
  if (!ctx.fn.seeded) return [];
  const text = diagnoseOutputs(ctx, [{ layersDims: dims, params }]);
  const d = text.diagnosis;
  if (d.kind !== "found" || d.unexplained.length > 0) return [];
  const same = new Set(ctx.mistakes.filter((m) => m.sameDistribution === true).map((m) => m.id));
  return text.mistakes.every((m) => same.has(m.id)) ? text.mistakes : [];
}

// The reference's own parameters for the course's layers, as the model takes them.
function asReferenceStart(ctx: CheckContext, dims: readonly number[]) {
  const start = asModelParameters(fromReference(ctx.reference(dims)), dims);
  if (!start.ok)
    throw new Error(`training check ${ctx.test.id}: the reference's parameters do not fit the model`);
  return start.parameters;
}

// A run as data: accuracies, costs and the first steps' gradient norms.
function trainingOutcome(run: CourseRun): TrainingOutcome {
  return {
    iterations: run.iterations,
    trainAccuracy: run.trainAccuracy,
    testAccuracy: run.testAccuracy,
    firstCost: jsonNumber(run.costs[0]?.cost ?? Number.NaN),
    lastCost: jsonNumber(run.costs[run.costs.length - 1]?.cost ?? Number.NaN),
    costs: run.costs.map((c) => ({ iteration: c.iteration, cost: jsonNumber(c.cost) })),
    steps: run.diagnostics.map((step) => ({
      iteration: step.iteration,
      cost: jsonNumber(step.cost),
      layers: step.layers.map((l) => ({
        layer: l.layer,
        dWNorm: jsonNumber(l.dWNorm),
        dbNorm: jsonNumber(l.dbNorm),
        distinctRows: l.distinctRows,
      })),
    })),
  };
}

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
    return {
      fraction: 1,
      summary: `every weight stayed exactly 0 over ${run.iterations} iterations`,
      details: [...accountOfRun(run).conclusion],
    };
  }
  const cause =
    started.length > 0
      ? `your parameters were not all zero to begin with: ${started.join(", ")}`
      : "the weights moved";
  const summary = `after ${run.iterations} iterations ${plural(moved.length, "weight matrix", "weight matrices")} moved away from 0: ${moved.join(", ")} — ${cause}`;
  return { fraction: 0, summary, details: [], cause: { kind: "observed", observation: summary } };
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
        cause: {
          kind: "observed",
          observation: `symmetry was broken in ${broken.join(", ")}: the start was not constant per layer`,
        },
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
  return {
    fraction,
    summary,
    details: [],
    ...(failures.length === 0 ? {} : { cause: { kind: "observed", observation: failures.join("; ") } }),
  };
}
