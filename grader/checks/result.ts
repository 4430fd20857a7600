// Builders for check results, so that every check derives status from score the same way.
import type { Cause, Counterexample, FoundMistake, TrainingOutcome } from "../grade/types.js";
import type { CheckResult } from "./types.js";

/** The parts of a result a check decides; status and maxScore follow. */
export interface Verdict {
  /** Fraction of the points earned, 0 … 1. */
  readonly fraction: number;
  readonly summary: string;
  readonly details: readonly string[];
  readonly cause?: Cause;
  readonly counterexample?: Counterexample;
  readonly training?: TrainingOutcome;
  readonly notJudged?: string;
}

// A result worth `points`: passed only with full credit. Mistakes are read off the cause.
export function resultOf(points: number, verdict: Verdict): CheckResult {
  const fraction = Math.min(1, Math.max(0, verdict.fraction));
  const failed = fraction < 1;
  return {
    score: points * fraction,
    maxScore: points,
    status: failed ? "failed" : "passed",
    summary: verdict.summary,
    details: verdict.details,
    ...(failed && verdict.cause !== undefined ? { cause: verdict.cause } : {}),
    mistakes: failed ? mistakesOf(verdict.cause) : [],
    ...(verdict.counterexample === undefined ? {} : { counterexample: verdict.counterexample }),
    ...(verdict.training === undefined ? {} : { training: verdict.training }),
    ...(verdict.notJudged === undefined ? {} : { notJudged: verdict.notJudged }),
  };
}

// The catalogued mistakes a cause names.
export function mistakesOf(cause: Cause | undefined): readonly FoundMistake[] {
  return cause?.kind === "mistakes" ? cause.mistakes : [];
}

// "2 of 3 inputs", "1 of 1 weight matrix".
export function fractionText(passed: number, total: number, noun: string, nouns = `${noun}s`): string {
  return `${passed} of ${total} ${total === 1 ? noun : nouns}`;
}
