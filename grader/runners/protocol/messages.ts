// The JSON-lines protocol on fd 3: what the parent sends, what a driver answers, and the answer's checks.
// Every answer is bounded (reply-bounds.ts), then validated by a schema compiled ahead (reply-schema.ts),
// then checked for what a schema cannot say (an array's data length, the arguments asked back).
import type { GraderNote, StudentError, TimeoutLocation, WireValue } from "../types.js";
import { wireValueProblem } from "./check-wire-value.js";
import type { CompiledError, CompiledValidator } from "./compiled-validator.js";
import * as compiled from "./generated/reply-validators.js";
import { measureReply } from "./reply-bounds.js";
import type { REPLY_SCHEMAS } from "./reply-schema.js";

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

/** A checked message and how many JSON values it holds, or the reason it was refused. */
export type Checked<T> =
  | { readonly ok: true; readonly message: T; readonly values: number }
  | { readonly ok: false; readonly reason: string };

type Json = Record<string, unknown>;

const VALIDATORS = compiled as unknown as Record<keyof typeof REPLY_SCHEMAS, CompiledValidator>;

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// "/error/traceback" → "error.traceback"; "/value/$list/0" → "value.$list[0]".
function dotted(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), "");
}

// The most specific errors, those deepest in the value; alternatives at one place are joined with "or".
function describeError(errors: readonly CompiledError[] | null | undefined): string {
  const list = errors ?? [];
  const depth = Math.max(-1, ...list.map((error) => error.instancePath.length));
  const deepest = list.filter((error) => error.instancePath.length === depth);
  if (deepest.length === 0) return "does not match the protocol";
  const where = dotted(deepest[0].instancePath) || "the message";
  const said = [...new Set(deepest.map((error) => error.message ?? "is not allowed here"))];
  const specific = said.length > 1 ? said.filter((text) => !text.startsWith("must match a schema in")) : said;
  return `${where}: ${specific.join(" or ")}`;
}

// Bounds, then the schema: the reason for the first that fails.
function validate(value: unknown, kind: keyof typeof REPLY_SCHEMAS): Checked<Json> {
  const measured = measureReply(value);
  if (!measured.ok) return measured;
  const validator = VALIDATORS[kind];
  if (!validator(value)) return { ok: false, reason: describeError(validator.errors) };
  return { ok: true, message: value as Json, values: measured.values };
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

function toNotes(value: unknown): GraderNote[] {
  return ((value ?? []) as Json[]).map((note) => ({
    kind: note.kind as string,
    message: note.message as string,
    ...(typeof note.location === "string" ? { location: note.location } : {}),
  }));
}

/**
 * Checks a line received during call `id` that may be the driver's "stack" line (where the call is, sent
 * shortly before its deadline); undefined when it is not one.
 */
export function checkStackLine(value: unknown, id: number): Checked<TimeoutLocation> | undefined {
  if (!isRecord(value) || value.type !== "stack") return undefined;
  const checked = validate(value, "stack");
  if (!checked.ok) return checked;
  if (value.id !== id) return { ok: false, reason: `id: expected ${id}, got ${JSON.stringify(value.id)}` };
  const { location, code, line } = value as { location: string; code: string; line?: number };
  return {
    ok: true,
    message: { location, code, ...(line === undefined ? {} : { line }) },
    values: checked.values,
  };
}

/** Checks a driver's answer to the load request. */
export function checkLoadReply(value: unknown): Checked<LoadReply> {
  if (!isRecord(value)) return { ok: false, reason: "expected a JSON object" };
  if (value.type !== "ready" && value.type !== "load-failed")
    return {
      ok: false,
      reason: `type: expected "ready" or "load-failed", got ${JSON.stringify(value.type)}`,
    };
  const checked = validate(value, value.type === "ready" ? "ready" : "loadFailed");
  if (!checked.ok) return checked;
  const message: LoadReply =
    value.type === "ready"
      ? { type: "ready", warnings: value.warnings as string[], notes: toNotes(value.notes) }
      : { type: "load-failed", error: toStudentError(value.error as Json) };
  return { ok: true, message, values: checked.values };
}

// What a schema cannot say: every array's data matches its shape; the arguments asked back are all there.
function returnedProblem(value: Json, argCount: number | undefined): string | undefined {
  const problem = wireValueProblem(value.value, "value");
  if (problem !== undefined) return problem;
  const after = value.argsAfter as unknown[] | undefined;
  for (let i = 0; i < (after?.length ?? 0); i++) {
    const argProblem = wireValueProblem((after as unknown[])[i], `argsAfter[${i}]`);
    if (argProblem !== undefined) return argProblem;
  }
  if (argCount === undefined) return undefined;
  if (after === undefined) return "argsAfter: missing (the call asked for the arguments back)";
  if (after.length !== argCount) return `argsAfter: expected ${argCount} values, got ${after.length}`;
  return undefined;
}

/**
 * Checks a driver's answer to call `id`: the right id, a known status and well-formed, bounded fields.
 * `argCount`: the number of arguments when the call asked for them back (returnArgs), else undefined.
 */
export function checkCallReply(value: unknown, id: number, argCount?: number): Checked<CallReply> {
  if (!isRecord(value)) return { ok: false, reason: "expected a JSON object" };
  if (value.type === "protocol-error")
    return { ok: false, reason: `the driver refused the request: ${String(value.message).slice(0, 200)}` };
  if (value.type !== "result")
    return { ok: false, reason: `type: expected "result", got ${JSON.stringify(value.type)?.slice(0, 60)}` };
  if (value.id !== id)
    return { ok: false, reason: `id: expected ${id}, got ${JSON.stringify(value.id)?.slice(0, 60)}` };
  const kind =
    value.status === "returned"
      ? "returned"
      : value.status === "raised" || value.status === "load-failed"
        ? "raised"
        : value.status === "missing"
          ? "missing"
          : undefined;
  if (kind === undefined)
    return { ok: false, reason: `status: unknown status ${JSON.stringify(value.status)?.slice(0, 60)}` };
  const checked = validate(value, kind);
  if (!checked.ok) {
    // A malformed value is named by the wire checker, which says what a wire value may be.
    const wire =
      kind === "returned" && checked.reason.match(/^(value|argsAfter)\b/)
        ? returnedProblem(value, undefined)
        : undefined;
    return wire === undefined ? checked : { ok: false, reason: wire };
  }
  const values = checked.values;
  switch (kind) {
    case "returned": {
      const problem = returnedProblem(value, argCount);
      if (problem !== undefined) return { ok: false, reason: problem };
      const base = {
        status: "returned",
        value: value.value as WireValue,
        durationMs: value.durationMs as number,
      };
      const message: CallReply =
        value.argsAfter === undefined
          ? (base as CallReply)
          : { ...base, status: "returned", argsAfter: value.argsAfter as WireValue[] };
      return { ok: true, message, values };
    }
    case "raised":
      return {
        ok: true,
        message: {
          status: value.status as "raised" | "load-failed",
          error: toStudentError(value.error as Json),
        },
        values,
      };
    case "missing":
      return { ok: true, message: { status: "missing", available: value.available as string[] }, values };
  }
}
