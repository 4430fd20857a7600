// The JSON-lines protocol on fd 3: what the parent sends, what a driver answers, and the answer's checks.
import type { StudentError, WireValue } from "../types.js";
import { wireValueProblem } from "./check-wire-value.js";

/** What every load request carries besides the submission. */
interface LoadCommon {
  readonly op: "load";
  readonly filename: string;
  /** The staged submission's path. */
  readonly path: string;
  /** The parent refuses longer reply lines; a driver may refuse first, saving the transfer ("too-large"). */
  readonly replyCapBytes?: number;
}

/** First message to a driver: what to load. Python gets the source; Node gets the bundle the bundling child made. */
export type LoadRequest =
  | (LoadCommon & { readonly mode: "module"; readonly source: string })
  | (LoadCommon & {
      readonly mode: "notebook";
      readonly cells: readonly { readonly cell: number; readonly source: string }[];
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
}

/** What a driver answers once the submission is loaded (or not). Warnings are shown with the output. */
export type LoadReply =
  | { readonly type: "ready"; readonly warnings: readonly string[] }
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
  return typeof value.line === "number" ? { ...base, line: value.line } : base;
}

function stringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** Checks a driver's answer to the load request. */
export function checkLoadReply(value: unknown): Checked<LoadReply> {
  if (!isRecord(value)) return { ok: false, reason: "expected a JSON object" };
  if (value.type === "ready") {
    if (!stringList(value.warnings)) return { ok: false, reason: "warnings: expected a list of strings" };
    return { ok: true, message: { type: "ready", warnings: value.warnings } };
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
