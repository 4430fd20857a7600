// The explanation step: from a grade result's findings (data) to what a student reads, per function.
// Each root cause is said once; a test it explains gets one line pointing to it; a rubric paragraph is
// kept only when it is true of what happened. Only this folder and the renderers write sentences.

import { roundPoints } from "../grade/score.js";
import type { FoundMistake, GradeResult, TestResult } from "../grade/types.js";
import { callCause } from "./call-cause.js";
import { type CallLanguage, callLanguage, callText } from "./call-text.js";
import { roundForText } from "./numbers.js";
import type { FunctionStory, RootCause, TestLine } from "./types.js";

// One story per graded function, in the order the rubric first tests it.
export function explainResult(result: GradeResult): readonly FunctionStory[] {
  const language = callLanguage(result.language);
  const order = [...new Set(result.tests.map((t) => t.function))];
  return order.map((fn) =>
    explainFunction(
      fn,
      result.tests.filter((t) => t.function === fn),
      language,
    ),
  );
}

function explainFunction(fn: string, tests: readonly TestResult[], language: CallLanguage): FunctionStory {
  const failed = tests.filter((t) => t.status === "failed");
  const causes: RootCause[] = [];
  // 1. Catalogued mistakes, every one found by any test, each once.
  const mistakes = uniqueMistakes(failed);
  const mistakeCause = mistakes.length === 0 ? undefined : causes.push(mistakeRoot(mistakes, failed)) - 1;
  // 2. A call that gave nothing back (the first, in rubric order): one cause for all such tests.
  const firstCall = failed.find((t) => t.cause?.kind === "call");
  const callIndex =
    firstCall?.cause?.kind === "call"
      ? causes.push(callCause(fn, firstCall.cause.call, language)) - 1
      : undefined;
  const lines: TestLine[] = [];
  for (const test of tests) {
    if (test.status === "passed") {
      if (test.notJudged !== undefined)
        lines.push({
          test,
          line: "not judged: your weights differ only in which random draws they hold (charged above)",
        });
      continue;
    }
    lines.push(testLine(test, { mistakeCause, callIndex, hasMistakes: mistakes.length > 0 }, language, fn));
  }
  return {
    function: fn,
    score: roundPoints(tests.reduce((s, t) => s + t.score, 0)),
    maxScore: roundPoints(tests.reduce((s, t) => s + t.maxScore, 0)),
    passed: failed.length === 0,
    causes,
    tests: lines,
    passedTests: tests.filter((t) => t.status === "passed" && t.notJudged === undefined),
  };
}

/** Where a function's root causes are, for pointing tests at them. */
interface CauseIndex {
  readonly mistakeCause: number | undefined;
  readonly callIndex: number | undefined;
  readonly hasMistakes: boolean;
}

function testLine(test: TestResult, at: CauseIndex, language: CallLanguage, fn: string): TestLine {
  const cause = test.cause;
  const reproduce =
    test.counterexample === undefined ? undefined : callText(language, fn, test.counterexample.layersDims);
  const extra = {
    ...(reproduce === undefined ? {} : { reproduce }),
    ...(feedbackIsTrue(test) ? { feedback: test.feedback } : {}),
  };
  if (cause?.kind === "call" && at.callIndex !== undefined)
    return { test, line: "fails for the reason above", causeIndex: at.callIndex, ...extra };
  if (cause?.kind === "mistakes" && at.mistakeCause !== undefined)
    return { test, line: "explained by the mistake above", causeIndex: at.mistakeCause, ...extra };
  if (test.kind === "training" && test.training !== undefined && at.mistakeCause !== undefined)
    return { test, line: "the consequence of the mistake above", causeIndex: at.mistakeCause, ...extra };
  if (cause?.kind === "unexplained") {
    const where = `for ${callText(language, fn, cause.layersDims)}`;
    const named = at.hasMistakes ? "; the mistake above was not matched on these inputs" : "";
    return {
      test,
      line: `differs ${where}: ${cause.difference}; no catalogued mistake explains it${named}`,
      ...extra,
    };
  }
  if (cause?.kind === "observed") return { test, line: cause.observation, ...extra };
  return { test, line: test.summary, ...extra };
}

// A rubric paragraph teaches about what the test judged: only when the test judged returned parameters,
// a training paragraph only when training ran, a diagnosis paragraph only when a mistake was named.
export function feedbackIsTrue(test: TestResult): boolean {
  if (test.status === "passed" || test.feedback === "") return false;
  if (test.cause === undefined || test.cause.kind === "call") return false;
  if (test.kind === "training") return test.training !== undefined;
  if (test.kind === "diagnosis") return test.cause.kind === "mistakes";
  return true;
}

function uniqueMistakes(tests: readonly TestResult[]): FoundMistake[] {
  const seen = new Map<string, FoundMistake>();
  for (const t of tests) for (const m of t.mistakes) if (!seen.has(m.id)) seen.set(m.id, m);
  return [...seen.values()];
}

// The mistakes as one root cause, with the training consequence when a training test ran and fell short.
function mistakeRoot(mistakes: readonly FoundMistake[], failed: readonly TestResult[]): RootCause {
  const [first, ...more] = mistakes;
  const what =
    more.length === 0
      ? capitalise(first.title)
      : `${mistakes.length} mistakes: ${mistakes.map((m) => m.title).join("; ")}`;
  const run = failed.find((t) => t.training?.referenceTestAccuracy !== undefined)?.training;
  const consequence =
    run === undefined
      ? undefined
      : `trained from your weights the course model reaches train accuracy ${roundForText(run.trainAccuracy)}, test ${roundForText(run.testAccuracy)}; from the reference's, ${roundForText(run.referenceTrainAccuracy ?? Number.NaN)} and ${roundForText(run.referenceTestAccuracy ?? Number.NaN)}`;
  return {
    what,
    evidence: mistakes.map((m) => m.evidence).join("; "),
    fix: mistakes.map((m) => m.fix).join(" "),
    ...(consequence === undefined ? {} : { consequence }),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
