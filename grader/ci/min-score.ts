// The --min-score threshold: a fraction of the points from 0 to 1 ("0.8") or a percentage ("80%").
import { UsageError } from "../cli/usage-error.js";

/** Without --min-score a submission must earn every point: any failed test fails the check. */
export const DEFAULT_MIN_SCORE = 1;

const FRACTION = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const PERCENTAGE = /^((?:\d+(?:\.\d*)?|\.\d+))%$/;

// Parses the option into a fraction in [0, 1]. A bare number above 1 ("80") is refused rather than
// guessed at: it could mean 80% or be a typo for 0.80.
export function parseMinScore(value: string): number {
  const text = value.trim();
  const percentage = PERCENTAGE.exec(text);
  if (percentage) {
    const percent = Number(percentage[1]);
    if (percent <= 100) return percent / 100;
    throw minScoreError(value, "a percentage may not exceed 100%");
  }
  if (FRACTION.test(text)) {
    const fraction = Number(text);
    if (fraction <= 1) return fraction;
    throw minScoreError(value, `for a percentage write ${text}%`);
  }
  throw minScoreError(value);
}

function minScoreError(value: string, hint?: string): UsageError {
  const rule = "expected a fraction of the points from 0 to 1 (0.8) or a percentage (80%)";
  return new UsageError(`--min-score: ${rule}, got "${value}"${hint ? ` (${hint})` : ""}`);
}

// The threshold as users read it: 0.8 → "80%", 0.875 → "87.5%".
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`;
}
