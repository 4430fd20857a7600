// The JSON result: the grade as plain data, with totals derived at render time and full precision
// (non-finite numbers spelled "inf", "-inf", "nan", since JSON has none).
// Published as schemas/result.schema.json: fields are picked one by one so nothing else leaks in.
import { explainResult } from "../explain/explain.js";
import { totals } from "../grade/score.js";
import type { Cause, GradeResult, TestResult, TrainingOutcome } from "../grade/types.js";

/** Version of the JSON result format; bump on an incompatible change. */
export const RESULT_FORMAT_VERSION = 2;

// Renders a grade result as pretty-printed JSON (stable key order, no timings unless recorded).
export function renderJson(result: GradeResult): string {
  const t = totals(result.tests);
  const doc = {
    format_version: RESULT_FORMAT_VERSION,
    status: result.kind,
    submission: result.submission,
    language: result.language,
    rubric: { file: result.rubric.file, assignment: result.rubric.assignment, title: result.rubric.title },
    isolation: result.isolation,
    ...(result.isolationCaveats === undefined || result.isolationCaveats.length === 0
      ? {}
      : { isolation_caveats: [...result.isolationCaveats] }),
    score: t.score,
    max_score: t.maxScore,
    passed: t.passed,
    failed: t.failed,
    ...(result.kind === "not-loaded" ? { load_error: result.loadError } : {}),
    ...(result.kind === "infrastructure-error" ? { infrastructure_error: result.infrastructureError } : {}),
    ...(result.withheld === undefined
      ? {}
      : { withheld: { tests: result.withheld.tests, points: result.withheld.points } }),
    ...(result.durationMs === undefined ? {} : { duration_ms: result.durationMs }),
    notes: result.notes.map((n) => ({
      kind: n.kind,
      message: n.message,
      ...(n.location === undefined ? {} : { location: n.location }),
    })),
    functions: result.kind === "graded" ? functionsOf(result) : [],
    tests: result.tests.map(testOf),
    output: {
      stdout: result.output.stdout,
      stderr: result.output.stderr,
      truncated: result.output.truncated,
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

// What a student reads per function, as the explanation step composed it.
function functionsOf(result: GradeResult) {
  return explainResult(result).map((story) => ({
    function: story.function,
    score: story.score,
    max_score: story.maxScore,
    status: story.passed ? "passed" : "failed",
    causes: story.causes.map((c) => ({
      what: c.what,
      ...(c.evidence === undefined ? {} : { evidence: c.evidence }),
      ...(c.fix === undefined ? {} : { fix: c.fix }),
      ...(c.consequence === undefined ? {} : { consequence: c.consequence }),
    })),
    tests: story.tests.map((l) => ({
      id: l.test.id,
      line: l.line,
      ...(l.causeIndex === undefined ? {} : { cause: l.causeIndex }),
      ...(l.reproduce === undefined ? {} : { reproduce: l.reproduce }),
    })),
  }));
}

function testOf(test: TestResult) {
  return {
    id: test.id,
    name: test.name,
    function: test.function,
    kind: test.kind,
    visibility: test.visibility,
    status: test.status,
    score: test.score,
    max_score: test.maxScore,
    summary: test.summary,
    details: test.details,
    feedback: test.feedback,
    ...(test.cause === undefined ? {} : { cause: causeOf(test.cause) }),
    mistakes: test.mistakes.map((m) => ({ id: m.id, title: m.title, fix: m.fix, evidence: m.evidence })),
    ...(test.counterexample === undefined
      ? {}
      : {
          counterexample: {
            layers_dims: [...test.counterexample.layersDims],
            seed: test.counterexample.seed,
            path: test.counterexample.path,
            runs: test.counterexample.runs,
            shrinks: test.counterexample.shrinks,
          },
        }),
    ...(test.training === undefined ? {} : { training: trainingOf(test.training) }),
    ...(test.notJudged === undefined ? {} : { not_judged: test.notJudged }),
    ...(test.line === undefined ? {} : { line: test.line }),
  };
}

function causeOf(cause: Cause) {
  switch (cause.kind) {
    case "call": {
      const c = cause.call;
      return {
        kind: "call",
        call: {
          layers_dims: [...c.layersDims],
          status: c.status,
          ...(c.what === undefined ? {} : { what: c.what }),
          ...(c.message === undefined ? {} : { message: c.message }),
          ...(c.line === undefined ? {} : { line: c.line }),
          ...(c.deadlineMs === undefined ? {} : { deadline_ms: c.deadlineMs }),
          ...(c.available === undefined ? {} : { available: [...c.available] }),
        },
      };
    }
    case "mistakes":
      return { kind: "mistakes", mistakes: cause.mistakes.map((m) => m.id) };
    case "unexplained":
      return {
        kind: "unexplained",
        layers_dims: [...cause.layersDims],
        keys: [...cause.keys],
        difference: cause.difference,
      };
    case "observed":
      return { kind: "observed", observation: cause.observation };
  }
}

function trainingOf(t: TrainingOutcome) {
  return {
    iterations: t.iterations,
    train_accuracy: t.trainAccuracy,
    test_accuracy: t.testAccuracy,
    ...(t.referenceTrainAccuracy === undefined ? {} : { reference_train_accuracy: t.referenceTrainAccuracy }),
    ...(t.referenceTestAccuracy === undefined ? {} : { reference_test_accuracy: t.referenceTestAccuracy }),
    costs: t.costs.map((c) => ({ iteration: c.iteration, cost: c.cost })),
    steps: t.steps.map((s) => ({
      iteration: s.iteration,
      cost: s.cost,
      layers: s.layers.map((l) => ({
        layer: l.layer,
        dW_norm: l.dWNorm,
        db_norm: l.dbNorm,
        distinct_rows: l.distinctRows,
      })),
    })),
  };
}
