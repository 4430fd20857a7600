// Builders for check results, so that every check derives status from score the same way.
import type { CheckResult, DiagnosisSummary } from "./types.js";

/** The parts of a result a check decides; status and maxScore follow. */
export interface Verdict {
  /** Fraction of the points earned, 0 … 1. */
  readonly fraction: number;
  readonly summary: string;
  readonly details: readonly string[];
  readonly diagnosis?: DiagnosisSummary;
  readonly replay?: string;
}

// A result worth `points`: passed only with full credit.
export function resultOf(points: number, verdict: Verdict): CheckResult {
  const fraction = Math.min(1, Math.max(0, verdict.fraction));
  return {
    score: points * fraction,
    maxScore: points,
    status: fraction === 1 ? "passed" : "failed",
    summary: verdict.summary,
    details: verdict.details,
    ...(verdict.diagnosis === undefined ? {} : { diagnosis: verdict.diagnosis }),
    ...(verdict.replay === undefined ? {} : { replay: verdict.replay }),
  };
}

// "2 of 3 inputs", "1 of 1 weight matrix".
export function fractionText(passed: number, total: number, noun: string, nouns = `${noun}s`): string {
  return `${passed} of ${total} ${total === 1 ? noun : nouns}`;
}
