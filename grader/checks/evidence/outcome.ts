// What a call that did not return means for the student, in one line plus evidence.
import type { FailedCall } from "../../grade/types.js";
import type { CallOutcome } from "../../runners/types.js";
import { formatCall } from "./format.js";

/** A call that did not return a value. */
export type FailedOutcome = Exclude<CallOutcome, { status: "returned" }>;

/** One line saying what went wrong, and the evidence under it. */
export interface OutcomeText {
  readonly summary: string;
  readonly details: readonly string[];
}

// Explains a failed call: "initialize_parameters_he raised ValueError: …", "… timed out after 2000 ms".
export function describeFailedCall(
  fnName: string,
  layersDims: readonly number[],
  outcome: FailedOutcome,
): OutcomeText {
  const call = `call: ${formatCall(fnName, layersDims)}`;
  switch (outcome.status) {
    case "raised": {
      const { line, location } = outcome.error;
      // A notebook's error has no line in a file: its cell, as Jupyter shows it, says where.
      const where =
        line !== undefined
          ? [`at line ${line} of the submission`]
          : location !== undefined
            ? [`at ${location}`]
            : [];
      const trace = outcome.error.traceback === "" ? [] : [outcome.error.traceback];
      return {
        summary: `${fnName} raised ${outcome.error.type}: ${outcome.error.message}`,
        details: [call, ...where, ...trace],
      };
    }
    case "timeout":
      return {
        summary: `${fnName} timed out after ${outcome.deadlineMs} ms${outcome.at === undefined ? "" : `, running ${outcome.at.location}: ${outcome.at.code}`}`,
        details: [call],
      };
    case "crashed":
      return { summary: `${fnName} crashed the process running it: ${outcome.reason}`, details: [call] };
    case "missing":
      return {
        summary: `${fnName} is not defined in the submission (${describeAvailable(fnName, outcome.available)})`,
        details: [],
      };
    case "load-failed": {
      const where = outcome.error.line === undefined ? "" : ` at line ${outcome.error.line}`;
      const trace = outcome.error.traceback === "" ? [] : [outcome.error.traceback];
      return {
        summary: `${fnName} could not be called: the submission failed to load (${outcome.error.type}${where}: ${outcome.error.message})`,
        details: trace,
      };
    }
    case "rejected":
      return { summary: `${fnName} was not called: ${outcome.reason}`, details: [call] };
  }
}

// A failed call as data: what happened, with the fields the explanation step words.
export function failedCall(layersDims: readonly number[], outcome: FailedOutcome): FailedCall {
  switch (outcome.status) {
    case "raised":
    case "load-failed":
      return {
        layersDims,
        status: outcome.status,
        what: outcome.error.type,
        message: outcome.error.message,
        ...(outcome.error.line === undefined ? {} : { line: outcome.error.line }),
      };
    case "timeout":
      return { layersDims, status: "timeout", deadlineMs: outcome.deadlineMs };
    case "crashed":
    case "rejected":
      return { layersDims, status: outcome.status, message: outcome.reason };
    case "missing":
      return { layersDims, status: "missing", available: outcome.available };
  }
}

// "it defines: initialise_parameters_he — check the spelling", or the plain list, or "it defines no functions".
export function describeAvailable(fnName: string, available: readonly string[]): string {
  if (available.length === 0) return "it defines no functions";
  const near = available.filter((name) => isNearName(fnName, name));
  const shown = near.length > 0 ? near : available;
  return `it defines: ${shown.join(", ")}${near.length > 0 ? " — check the spelling" : ""}`;
}

// Same name up to case, underscores/camelCase, or two edits (Levenshtein).
function isNearName(wanted: string, name: string): boolean {
  const squash = (s: string) => s.replace(/_/g, "").toLowerCase();
  return squash(wanted) === squash(name) || editDistance(wanted.toLowerCase(), name.toLowerCase()) <= 2;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}
