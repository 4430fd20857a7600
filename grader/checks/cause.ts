// Picks the cause a failed check reports, as data: catalogued mistakes first (they name the error), then
// a call that gave no parameters, then the plain difference nothing in the catalogue explains.
import type { Cause, FailedCall } from "../grade/types.js";
import type { DiagnosisText } from "./diagnosis-text.js";

/** The first input whose output differs, described plainly. */
export interface Difference {
  readonly layersDims: readonly number[];
  readonly keys: readonly string[];
  readonly difference: string;
}

// The cause of a failure from what a check found; undefined only when there is nothing to report.
export function pickCause(
  text: DiagnosisText | undefined,
  failedCalls: readonly FailedCall[],
  difference: Difference | undefined,
): Cause | undefined {
  if (text !== undefined && text.mistakes.length > 0) return { kind: "mistakes", mistakes: text.mistakes };
  if (failedCalls.length > 0) return { kind: "call", call: failedCalls[0] };
  if (difference !== undefined) return { kind: "unexplained", ...difference };
  return undefined;
}
