// The JSON-lines protocol on fd 3: what the parent sends, what a driver answers, and the answer's checks.
import type { GraderNote, StudentError, TimeoutLocation, WireValue } from "../types.js";
import { wireValueProblem } from "./check-wire-value.js";

/** What every load request carries besides the submission. */
interface LoadCommon {
  readonly op: "load";
  readonly filename: string;
  /** The staged submission's path. */
  readonly path: string;
  /** The parent refuses longer reply lines; a driver may refuse first, saving the transfer ("too-large"). */
  readonly replyCapBytes?: number;
  /** The graded functions: a Python driver runs only what they need (the program slice). */
  readonly functions?: readonly string[];
}

/** First message to a driver: what to load. Python gets the source; Node gets the bundle the bundling child made. */
export type LoadRequest =
  | (LoadCommon & { readonly mode: "module"; readonly source: string })
  | (LoadCommon & {
      readonly mode: "notebook";
      readonly cells: readonly {
        readonly cell: number;
        readonly source: string;
        /** The cell as Jupyter shows it: "In [7]", or "code cell 4" when it never ran. */
        readonly label?: string;
      }[];
    })
  | (LoadCommon & {
      readonly mode: "script";
      /** The ES module to import: the submission bundled with the np shim, with an inline source map. */
      readonly bundle: string;
    });

/** Every later message to a driver: one call. */
export interface CallMessage {
  readonly op: "call";
  readonly id: number;
  readonly function: string;
  readonly args: readonly WireValue[];
  readonly disturbRng?: number;
  readonly returnArgs?: boolean;
  /** The call's deadline: a driver reports where the call is shortly before it passes (a "stack" line). */
  readonly deadlineMs?: number;
}

/** What a driver answers once the submission is loaded (or not). Notes (optional) are the grader's own. */
export type LoadReply =
  | { readonly type: "ready"; readonly warnings: readonly string[]; readonly notes: readonly GraderNote[] }
  | { readonly type: "load-failed"; readonly error: StudentError };

/** What a driver answers to one call. */
export type CallReply =
  | {
      readonly status: "returned";
      readonly value: WireValue;
      readonly argsAfter?: readonly WireValue[];
      readonly durationMs: number;
    }
  | { readonly status: "raised"; readonly error: StudentError }
  | { readonly status: "missing"; readonly available: readonly string[] }
  | { readonly status: "load-failed"; readonly error: StudentError };

/** A checked message, or the reason it was refused. */
export type Checked<T> =
  | { readonly ok: true; readonly message: T }
  | { readonly ok: false; readonly reason: string };

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function studentErrorProblem(value: unknown, path: string): string | undefined {
  if (!isRecord(value)) return `${path}: expected an object`;
  for (const key of ["type", "message", "traceback"]) {
    if (typeof value[key] !== "string") return `${path}.${key}: expected a string`;
  }
  if (value.location !== undefined && typeof value.location !== "string") {
    return `${path}.location: expected a string`;
  }
  if (
    value.line !== undefined &&
    value.line !== null &&
    !(Number.isInteger(value.line) && (value.line as number) > 0)
  ) {
    return `${path}.line: expected a positive integer`;
  }
  return undefined;
}

function toStudentError(value: Json): StudentError {
  const base = {
    type: value.type as string,
    message: value.message as string,
    traceback: value.traceback as string,
  };
  return {
    ...base,
    ...(typeof value.line === "number" ? { line: value.line } : {}),
    ...(typeof value.location === "string" ? { location: value.location } : {}),
  };
}

/** Notes are bounded: at most this many, each message at most this long (a hostile driver could send more). */
export const NOTES_CAP = 200;
export const NOTE_TEXT_CAP = 2000;

function notesProblem(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return "notes: expected a list";
  if (value.length > NOTES_CAP) return `notes: expected at most ${NOTES_CAP}, got ${value.length}`;
  for (const [i, note] of value.entries()) {
    if (!isRecord(note)) return `notes[${i}]: expected an object`;
    for (const key of ["kind", "message"]) {
      if (typeof note[key] !== "string" || (note[key] as string).length > NOTE_TEXT_CAP)
        return `notes[${i}].${key}: expected a string of at most ${NOTE_TEXT_CAP} characters`;
    }
    if (note.location !== undefined && typeof note.location !== "string")
      return `notes[${i}].location: expected a string`;
  }
  return undefined;
}

function toNotes(value: unknown): GraderNote[] {
  return ((value ?? []) as Json[]).map((note) => ({
    kind: note.kind as string,
    message: note.message as string,
    ...(typeof note.location === "string" ? { location: note.location } : {}),
  }));
}

/** Checks a driver's "stack" line for call `id` (where the call is, sent shortly before its deadline). */
export function checkStackLine(value: unknown, id: number): Checked<TimeoutLocation> | undefined {
  if (!isRecord(value) || value.type !== "stack") return undefined;
  if (value.id !== id) return { ok: false, reason: `id: expected ${id}, got ${JSON.stringify(value.id)}` };
  if (typeof value.location !== "string" || typeof value.code !== "string")
    return { ok: false, reason: "location and code: expected strings" };
  const location = value.location.slice(0, NOTE_TEXT_CAP);
  const code = value.code.slice(0, NOTE_TEXT_CAP);
  const line =
    Number.isInteger(value.line) && (value.line as number) > 0 ? (value.line as number) : undefined;
  return { ok: true, message: { location, code, ...(line === undefined ? {} : { line }) } };
}

function stringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** Checks a driver's answer to the load request. */
export function checkLoadReply(value: unknown): Checked<LoadReply> {
  if (!isRecord(value)) return { ok: false, reason: "expected a JSON object" };
  if (value.type === "ready") {
    if (!stringList(value.warnings)) return { ok: false, reason: "warnings: expected a list of strings" };
    const problem = notesProblem(value.notes);
    if (problem !== undefined) return { ok: false, reason: problem };
    return { ok: true, message: { type: "ready", warnings: value.warnings, notes: toNotes(value.notes) } };
  }
  if (value.type === "load-failed") {
    const problem = studentErrorProblem(value.error, "error");
    if (problem !== undefined) return { ok: false, reason: problem };
    return { ok: true, message: { type: "load-failed", error: toStudentError(value.error as Json) } };
  }
  return { ok: false, reason: `type: expected "ready" or "load-failed", got ${JSON.stringify(value.type)}` };
}

function checkReturned(value: Json): Checked<CallReply> {
  const problem = wireValueProblem(value.value, "value");
  if (problem !== undefined) return { ok: false, reason: problem };
  if (typeof value.durationMs !== "number" || !(value.durationMs >= 0))
    return { ok: false, reason: "durationMs: expected a non-negative number" };
  if (value.argsAfter === undefined)
    return {
      ok: true,
      message: { status: "returned", value: value.value as WireValue, durationMs: value.durationMs },
    };
  if (!Array.isArray(value.argsAfter)) return { ok: false, reason: "argsAfter: expected a list" };
  for (let i = 0; i < value.argsAfter.length; i++) {
    const argProblem = wireValueProblem(value.argsAfter[i], `argsAfter[${i}]`);
    if (argProblem !== undefined) return { ok: false, reason: argProblem };
  }
  const argsAfter = value.argsAfter as WireValue[];
  return {
    ok: true,
    message: { status: "returned", value: value.value as WireValue, argsAfter, durationMs: value.durationMs },
  };
}

/** Checks a driver's answer to call `id`: the right id, a known status and well-formed fields. */
export function checkCallReply(value: unknown, id: number): Checked<CallReply> {
  if (!isRecord(value)) return { ok: false, reason: "expected a JSON object" };
  if (value.type === "protocol-error")
    return { ok: false, reason: `the driver refused the request: ${String(value.message)}` };
  if (value.type !== "result")
    return { ok: false, reason: `type: expected "result", got ${JSON.stringify(value.type)}` };
  if (value.id !== id) return { ok: false, reason: `id: expected ${id}, got ${JSON.stringify(value.id)}` };
  switch (value.status) {
    case "returned":
      return checkReturned(value);
    case "raised":
    case "load-failed": {
      const problem = studentErrorProblem(value.error, "error");
      if (problem !== undefined) return { ok: false, reason: problem };
      return { ok: true, message: { status: value.status, error: toStudentError(value.error as Json) } };
    }
    case "missing":
      if (!stringList(value.available)) return { ok: false, reason: "available: expected a list of strings" };
      return { ok: true, message: { status: "missing", available: value.available } };
    default:
      return { ok: false, reason: `status: unknown status ${JSON.stringify(value.status)}` };
  }
}
